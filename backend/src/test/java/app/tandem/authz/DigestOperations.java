package app.tandem.authz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.tandem.support.Company;
import app.tandem.support.Company.Member;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The digest module (SPEC §10 weekly digest): the preview is the caller's own (their
 * name, never a colleague's figures), and a setting changes the caller's row only, since
 * no argument can name someone else: every other person's stays as it was.
 */
final class DigestOperations {

	private DigestOperations() {
	}

	static void addTo(Map<String, Operation> ops, Calls calls, JdbcClient jdbc) {
		Company c = calls.company();
		ops.put("digestPreview", new Operation("digestPreview",
				(who) -> calls.run(who, "{ digestPreview { subject html mailConfigured } }", Map.of()), (who, r) -> {
					String html = r.path("digestPreview.html").entity(String.class).get();
					String name = jdbc.sql("SELECT full_name FROM employee WHERE id = :id")
						.param("id", calls.member(who).id())
						.query(String.class)
						.single();
					assertThat(html).contains(name);
					for (Member other : c.everyone()) {
						if (other.id() != calls.member(who).id() && who != Who.OWNER) {
							String otherName = jdbc.sql("SELECT full_name FROM employee WHERE id = :id")
								.param("id", other.id())
								.query(String.class)
								.single();
							assertThat(html).as("a colleague in " + who + "'s preview").doesNotContain(otherName);
						}
					}
				}));
		ops.put("setDigestSubscription",
				new Operation("setDigestSubscription", (who) -> calls.run(who,
						"mutation { setDigestSubscription(enabled: false) { id digestSubscription } }", Map.of()),
						(who, r) -> {
							r.path("setDigestSubscription.id")
								.entity(String.class)
								.isEqualTo(calls.member(who).idString());
							assertThat(employeesColumn(c, jdbc, "digest_subscribed")).containsExactly(
									c.everyone().stream().map((m) -> m.id() != calls.member(who).id()).toArray());
						}, () -> employeesColumn(c, jdbc, "digest_subscribed")));
		ops.put("setLanguage",
				new Operation("setLanguage",
						(who) -> calls.run(who, "mutation { setLanguage(language: RU) { id language } }", Map.of()),
						(who, r) -> {
							r.path("setLanguage.language").entity(String.class).isEqualTo("RU");
							assertThat(employeesColumn(c, jdbc, "language")).containsExactly(c.everyone()
								.stream()
								.map((m) -> m.id() == calls.member(who).id() ? "ru" : null)
								.toArray());
						}, () -> employeesColumn(c, jdbc, "language")));
	}

	/**
	 * A column of every person of the cast, in the order of {@link Company#everyone()}.
	 */
	private static List<Object> employeesColumn(Company c, JdbcClient jdbc, String column) {
		List<Object> values = new ArrayList<>();
		for (Member m : c.everyone()) {
			values.add(jdbc.sql("SELECT " + column + " FROM employee WHERE id = :id")
				.param("id", m.id())
				.query((rs, n) -> rs.getObject(1))
				.list()
				.get(0));
		}
		return values;
	}

}
