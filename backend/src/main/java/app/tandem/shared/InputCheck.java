package app.tandem.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of one input before anything is written, so the client learns about
 * all bad fields at once.
 */
public final class InputCheck {

	private final List<FieldError> errors = new ArrayList<>();

	public InputCheck require(Object value, String field) {
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

	/** Money: at least zero, at most two decimal places, within DECIMAL(19,2). */
	public InputCheck money(BigDecimal value, String field) {
		if (value == null) {
			return require(null, field);
		}
		if (value.signum() < 0) {
			add(field, field + " must not be negative");
		}
		else if (value.stripTrailingZeros().scale() > 2) {
			add(field, field + " must have at most 2 decimal places");
		}
		else if (value.precision() - value.scale() > 17) {
			add(field, field + " is too large");
		}
		return this;
	}

	public InputCheck maxLength(String value, int max, String field) {
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
