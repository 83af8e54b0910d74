package app.tandem.security.graphql;

import java.math.BigInteger;
import java.util.Map;

import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.IntValue;
import graphql.language.Value;
import graphql.language.VariableReference;

/**
 * Reads a field's {@code first} argument from the document or its variables, before
 * graphql-java coerces it.
 */
final class FirstArgument {

	private FirstArgument() {
	}

	/**
	 * The value asked for; null when absent, null or not a number (graphql-java reports
	 * the latter).
	 */
	static Long of(Field field, Map<String, Object> variables) {
		for (Argument argument : field.getArguments()) {
			if ("first".equals(argument.getName())) {
				return number(argument.getValue(), variables);
			}
		}
		return null;
	}

	private static Long number(Value<?> value, Map<String, Object> variables) {
		Object raw = value;
		if (value instanceof IntValue literal) {
			raw = literal.getValue();
		}
		else if (value instanceof VariableReference reference) {
			raw = variables.get(reference.getName());
		}
		if (raw instanceof BigInteger big) {
			// Clamped, not wrapped: 2^64 + 5 must not read as 5.
			return big.max(BigInteger.valueOf(Long.MIN_VALUE)).min(BigInteger.valueOf(Long.MAX_VALUE)).longValue();
		}
		return (raw instanceof Number number) ? Long.valueOf(number.longValue()) : null;
	}

}
