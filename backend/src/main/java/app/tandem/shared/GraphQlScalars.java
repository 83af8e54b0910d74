package app.tandem.shared;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The scalars of SPEC §5: Decimal (a JSON string), YearMonth, Date and DateTime (ISO-8601
 * with offset).
 */
@Configuration(proxyBeanMethods = false)
class GraphQlScalars {

	private static final String DECIMAL = "a decimal number such as \"1234.50\"";

	/**
	 * Dates Tandem reads: a business's records and plans, never the year 999999999 (issue
	 * 14: such a month overflowed date arithmetic and was too long for the month
	 * columns).
	 */
	static final int FIRST_YEAR = 1900;

	static final int LAST_YEAR = 2200;

	@Bean
	RuntimeWiringConfigurer tandemScalars(CompanyCalendar calendar) {
		return (wiring) -> wiring.scalar(decimal())
			.scalar(textual("YearMonth", "a month such as \"2026-11\", years " + FIRST_YEAR + " to " + LAST_YEAR,
					(s) -> inRange(YearMonth.parse(s), YearMonth::getYear), YearMonth.class, Object::toString))
			.scalar(textual("Date", "a calendar day such as \"2026-11-05\", years " + FIRST_YEAR + " to " + LAST_YEAR,
					(s) -> inRange(LocalDate.parse(s), LocalDate::getYear), LocalDate.class, Object::toString))
			.scalar(textual("DateTime",
					"an ISO-8601 date-time with offset such as \"2026-11-05T10:15:00+03:00\", years " + FIRST_YEAR
							+ " to " + LAST_YEAR,
					(s) -> inRange(OffsetDateTime.parse(s), OffsetDateTime::getYear).toInstant(), Instant.class,
					(v) -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(calendar.toOffsetDateTime((Instant) v))));
	}

	private static GraphQLScalarType decimal() {
		return GraphQLScalarType.newScalar()
			.name("Decimal")
			.description("An exact decimal number as a JSON string, such as \"1234.50\"")
			.coercing(new Coercing<Object, String>() {
				@Override
				public String serialize(Object value, GraphQLContext context, Locale locale) {
					if (value instanceof BigDecimal d) {
						return d.toPlainString();
					}
					if (value instanceof Integer || value instanceof Long) {
						return value.toString();
					}
					throw new CoercingSerializeException("Not a Decimal: " + value.getClass().getSimpleName());
				}

				@Override
				public Object parseValue(Object input, GraphQLContext context, Locale locale) {
					return parseDecimal(input);
				}

				@Override
				public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
						Locale locale) {
					if (input instanceof StringValue s) {
						return parseDecimal(s.getValue());
					}
					if (input instanceof IntValue i) {
						return new BigDecimal(i.getValue());
					}
					if (input instanceof FloatValue f) {
						return f.getValue();
					}
					return new InvalidScalar("Decimal", DECIMAL, null);
				}
			})
			.build();
	}

	private static Object parseDecimal(@Nullable Object input) {
		if (!(input instanceof Number || input instanceof String)) {
			return new InvalidScalar("Decimal", DECIMAL, null);
		}
		String text = input.toString();
		try {
			BigDecimal value = new BigDecimal(text.trim());
			if (Math.abs(value.scale()) > 50 || value.precision() > 60) {
				return new InvalidScalar("Decimal", "a number of at most 60 digits", abbreviate(text));
			}
			return value;
		}
		catch (NumberFormatException ex) {
			return new InvalidScalar("Decimal", DECIMAL, abbreviate(text));
		}
	}

	private static <T> GraphQLScalarType textual(String name, String description, Function<String, T> parser,
			Class<T> type, Function<Object, String> printer) {
		return GraphQLScalarType.newScalar()
			.name(name)
			.description(description)
			.coercing(new Coercing<Object, String>() {
				@Override
				public String serialize(Object value, GraphQLContext context, Locale locale) {
					if (type.isInstance(value)) {
						return printer.apply(value);
					}
					throw new CoercingSerializeException("Not a " + name + ": " + value.getClass().getSimpleName());
				}

				@Override
				public Object parseValue(Object input, GraphQLContext context, Locale locale) {
					return parse(input);
				}

				@Override
				public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
						Locale locale) {
					return parse(input instanceof StringValue s ? s.getValue() : null);
				}

				private Object parse(@Nullable Object input) {
					if (input instanceof String s) {
						try {
							return parser.apply(s.trim());
						}
						catch (DateTimeParseException ex) {
							return new InvalidScalar(name, description, abbreviate(s));
						}
					}
					return new InvalidScalar(name, description, null);
				}
			})
			.build();
	}

	/**
	 * {@code value} when its year is one Tandem reads; else the same refusal as an
	 * unreadable text.
	 */
	private static <T> T inRange(T value, java.util.function.ToIntFunction<T> year) {
		int y = year.applyAsInt(value);
		if (y < FIRST_YEAR || y > LAST_YEAR) {
			throw new DateTimeParseException("year " + y + " is out of range", String.valueOf(value), 0);
		}
		return value;
	}

	private static String abbreviate(String text) {
		return text.length() > 40 ? text.substring(0, 40) + "…" : text;
	}

}
