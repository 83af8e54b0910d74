package app.tandem.digest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.Locale;

import app.tandem.goals.Metric;

/**
 * Numbers and dates the way a reader of {@code locale} writes them, as the app does: "1
 * 234 567 ₽" in Russian, "₽1,234,567" in English (the currency's own symbol, like Intl's
 * narrowSymbol, not "RUB").
 */
final class DigestFormat {

	private final Locale locale;

	private final Currency currency;

	private final String symbol;

	DigestFormat(Locale locale, Currency currency) {
		this.locale = locale;
		this.currency = currency;
		this.symbol = homeSymbol(currency);
	}

	String money(BigDecimal amount) {
		if (amount == null) {
			return null;
		}
		java.text.DecimalFormat format = (java.text.DecimalFormat) NumberFormat.getCurrencyInstance(this.locale);
		format.setCurrency(this.currency);
		java.text.DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
		symbols.setCurrencySymbol(this.symbol);
		format.setDecimalFormatSymbols(symbols);
		boolean whole = amount.stripTrailingZeros().scale() <= 0;
		format.setMinimumFractionDigits(whole ? 0 : 2);
		format.setMaximumFractionDigits(whole ? 0 : 2);
		return format.format(amount);
	}

	/**
	 * The symbol the currency's own country writes (₽ for RUB, $ for USD), else its code.
	 */
	private static String homeSymbol(Currency currency) {
		for (Locale candidate : Locale.getAvailableLocales()) {
			if (!candidate.getCountry().isEmpty() && candidate.getVariant().isEmpty()) {
				try {
					if (currency.equals(Currency.getInstance(candidate))) {
						return currency.getSymbol(candidate);
					}
				}
				catch (IllegalArgumentException ex) {
					// a region without a currency
				}
			}
		}
		return currency.getCurrencyCode();
	}

	String count(BigDecimal value) {
		return value == null ? null
				: NumberFormat.getIntegerInstance(this.locale).format(value.setScale(0, RoundingMode.HALF_UP));
	}

	/** A ratio (1.0 = 100 %) as a percentage with up to one decimal. */
	String percent(Number ratio) {
		if (ratio == null) {
			return null;
		}
		NumberFormat format = NumberFormat.getPercentInstance(this.locale);
		format.setMaximumFractionDigits(1);
		return format.format(ratio.doubleValue());
	}

	String value(Metric metric, BigDecimal value) {
		return switch (metric.kind()) {
			case COUNT -> count(value);
			case MONEY, MONEY_RATIO -> money(value);
			case RATIO -> percent(value);
		};
	}

	String days(LocalDate first, LocalDate last) {
		DateTimeFormatter dayMonth = DateTimeFormatter.ofPattern("d MMMM", this.locale);
		if (first.getMonth() == last.getMonth()) {
			return first.getDayOfMonth() + "–" + last.format(dayMonth);
		}
		return first.format(dayMonth) + " – " + last.format(dayMonth);
	}

	String month(YearMonth month) {
		return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, this.locale) + " " + month.getYear();
	}

}
