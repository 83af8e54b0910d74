package app.tandem.hardening;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The attack documents of the security suite: each is a request body, the HTTP status it
 * must get and a piece of the refusal message. None may reach a resolver or the database.
 */
final class Attacks {

	record Attack(String name, String body, int status, String message) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	private static final String LEAD_PAGE = "(first: 100) { edges { node { id createdAt status channel { name } "
			+ "marketer { fullName } assignee { fullName } } } }";

	private Attacks() {
	}

	static List<Attack> all() {
		return List.of(
				refused("depth bomb (20 levels)",
						"{ deals { edges { node { lead { channel { " + nest(15) + " } } } } } }",
						"nests fields 20 levels deep; at most 12"),
				refused("introspection depth bomb",
						"{ __type(name: \"Lead\") { fields { type { fields { type { fields "
								+ "{ type { fields { name } } } } } } } } }",
						"ntrospection"),
				refused("first: 99999999", "{ channels(first: 99999999) { edges { node { id } } } }",
						"first must be between 1 and 100"),
				refused("first: 99999999 through a variable",
						"{\"query\":\"query($n: Int) { leads(first: $n) { edges { node { id } } } }\","
								+ "\"variables\":{\"n\":99999999}}",
						"first must be between 1 and 100", true),
				refused("first: 2^64 + 5 (must not wrap to 5)",
						"{ deals(first: 18446744073709551621) { edges { node { id } } } }",
						"first must be between 1 and 100"),
				refused("cost bomb: five pages of 100 leads",
						"{ " + IntStream.range(0, 5)
							.mapToObj((i) -> "l" + i + ": leads" + LEAD_PAGE)
							.collect(Collectors.joining(" ")) + " }",
						"at most 5000 is allowed"),
				refused("500 aliases at the root", "{ " + repeat(500, "a%d: company { name }") + " }",
						"top-level fields; at most 30"),
				refused("500 aliases inside one field", "{ company { " + repeat(500, "a%d: name") + " } }",
						"uses 500 aliases; at most 30"),
				refused("500 aliases through a named fragment",
						"query { ...Many } fragment Many on Query { " + repeat(500, "a%d: company { name }") + " }",
						"top-level fields; at most 30"),
				refused("2^40 fields through nested fragments", "query { ...F0 } " + fanOut(40),
						"asks for 1099511627776 top-level fields; at most 30"),
				refused("31 root fields without aliases", "{ " + repeat(31, "company { name }") + " }",
						"31 top-level fields; at most 30"),
				refused("fragment cycle",
						"query { ...A } fragment A on Query { company { name } ...B } "
								+ "fragment B on Query { ...A }",
						"fragment cycles are not allowed"),
				refused("fragment spreading itself", "query { ...A } fragment A on Query { ...A }",
						"fragment cycles are not allowed"),
				refused("100 aliased logins",
						"mutation { " + repeat(100,
								"l%d: login(email: \\\"ivan@test.tandem\\\", password: \\\"guess\\\") { accessToken }")
								+ " }",
						"signs in 100 times; at most 5", true),
				refused("6 aliased logins",
						"mutation { " + repeat(6,
								"l%d: login(email: \\\"ivan@test.tandem\\\", password: \\\"guess\\\") { accessToken }")
								+ " }",
						"signs in 6 times; at most 5", true),
				refused("20,000 tokens (parser limit)", "{ company { " + "name ".repeat(20_000) + "} }",
						"More than 15,000 'grammar' tokens"),
				new Attack("2 MB document", Http.query("{ company { name } } #" + "x".repeat(2 * 1024 * 1024)), 413,
						"larger than 262144 bytes"),
				new Attack("100 operations in a JSON array",
						"[" + repeat(100, "{\"query\":\"{ company { name } }\"}").replace("} {", "}, {") + "]", 400,
						null),
				new Attack("variables nested 5,000 deep", "{\"query\":\"{ company { name } }\",\"variables\":{\"v\":"
						+ "[".repeat(5000) + "]".repeat(5000) + "}}", 400, null));
	}

	private static Attack refused(String name, String document, String message) {
		return refused(name, document, message, false);
	}

	/**
	 * {@code raw}: the document is already a JSON body, or contains JSON escapes already.
	 */
	private static Attack refused(String name, String document, String message, boolean raw) {
		String body = raw ? (document.startsWith("{\"") ? document : "{\"query\":\"" + document + "\"}")
				: Http.query(document);
		return new Attack(name, body, 400, message);
	}

	private static String nest(int levels) {
		return "x { ".repeat(levels - 1) + "x" + " }".repeat(levels - 1);
	}

	private static String repeat(int times, String pattern) {
		return IntStream.range(0, times)
			.mapToObj((i) -> pattern.replace("%d", Integer.toString(i)))
			.collect(Collectors.joining(" "));
	}

	private static String fanOut(int levels) {
		StringBuilder fragments = new StringBuilder();
		for (int i = 0; i < levels; i++) {
			fragments.append("fragment F")
				.append(i)
				.append(" on Query { ...F")
				.append(i + 1)
				.append(" ...F")
				.append(i + 1)
				.append(" } ");
		}
		return fragments.append("fragment F").append(levels).append(" on Query { company { name } }").toString();
	}

}
