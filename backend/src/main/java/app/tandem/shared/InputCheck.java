package app.tandem.shared;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of one input before anything is written, so the client learns
 * about all bad fields at once.
 */
public final class InputCheck {

	private final List<FieldError> errors = new ArrayList<>();

	public InputCheck require(@Nullable Object value, String field) {
		if (value == null || (value instanceof String s && s.isBlank())) {
			add(field, field + " is required");
		}
		return this;
	}

	public InputCheck when(boolean problem, String field, String message) {
		if (problem) {
			add(field, message);
		}
		return this;
	}

	/**
	 * The largest amount Tandem takes (one hundred billion in the company currency): far
	 * above any deal, budget or monthly goal of the companies it serves, and low enough
	 * that one mistyped figure cannot swamp every total (issue 14).
	 */
	public static final BigDecimal MAX_MONEY = new BigDecimal("100000000000.00");

	/** Money: at least zero, at most two decimal places, at most {@link #MAX_MONEY}. */
	public InputCheck money(@Nullable BigDecimal value, String field) {
		if (value == null) {
			return require(null, field);
		}
		if (value.signum() < 0) {
			add(field, field + " must not be negative");
		}
		else if (value.stripTrailingZeros().scale() > 2) {
			add(field, field + " must have at most 2 decimal places");
		}
		else if (value.compareTo(MAX_MONEY) > 0) {
			add(field, field + " must be at most " + MAX_MONEY.toPlainString());
		}
		return this;
	}

	public InputCheck maxLength(@Nullable String value, int max, String field) {
		return when(value != null && value.length() > max, field, field + " must be at most " + max + " characters");
	}

	public boolean hasErrorFor(String field) {
		return this.errors.stream().anyMatch((e) -> e.field().equals(field));
	}

	public void add(String field, String message) {
		if (!hasErrorFor(field)) {
			this.errors.add(new FieldError(field, message));
		}
	}

	public void throwIfInvalid() {
		if (!this.errors.isEmpty()) {
			throw TandemException.badInput(this.errors);
		}
	}

}
