package app.tandem.authz;

import java.util.List;
import java.util.Map;

import app.tandem.support.Company;
import app.tandem.support.Company.Member;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notifications module (SPEC §10 alerts): everyone reads and marks their own
 * notifications only; another person's id is left alone.
 */
final class NotificationOperations {

	private NotificationOperations() {
	}

	static void addTo(Map<String, Operation> ops, Calls calls, JdbcClient jdbc) {
		Company c = calls.company();
		ops.put("notifications",
				new Operation("notifications",
						(who) -> calls.run(who,
								"{ notifications(first: 100) { totalCount unreadCount edges { node { id kind } } } }",
								Map.of()),
						(who, r) -> {
							r.path("notifications.totalCount")
								.entity(Long.class)
								.isEqualTo(notificationsOf(jdbc, calls.member(who), false));
							r.path("notifications.edges[*].node.id")
								.entityList(String.class)
								.containsExactly(notificationIds(jdbc, calls.member(who)).toArray(String[]::new));
						}));
		// The hunter's own notification, asked for by everyone: only the hunter's call
		// touches it.
		ops.put("markNotificationsRead",
				new Operation("markNotificationsRead",
						(who) -> calls.run(who,
								"mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id read } }",
								Map.of("ids", List.of(notificationIds(jdbc, c.hunter).get(0)))),
						(who, r) -> {
							if (who == Who.HUNTER) {
								r.path("markNotificationsRead[0].read").entity(Boolean.class).isEqualTo(true);
								assertThat(notificationsOf(jdbc, c.hunter, true))
									.isEqualTo(notificationIds(jdbc, c.hunter).size() - 1);
							}
							else {
								r.path("markNotificationsRead").entityList(Object.class).hasSize(0);
								assertThat(notificationsOf(jdbc, c.hunter, true))
									.isEqualTo(notificationIds(jdbc, c.hunter).size());
							}
						}, () -> notificationsOf(jdbc, c.hunter, true)));
		ops.put("markAllNotificationsRead", new Operation("markAllNotificationsRead", (who) -> {
			return calls.run(who, "mutation { markAllNotificationsRead }", Map.of());
		}, (who, r) -> {
			assertThat(notificationsOf(jdbc, calls.member(who), true)).isZero();
			assertThat(notificationsOf(jdbc, c.hunter, true))
				.isEqualTo(who == Who.HUNTER ? 0 : notificationIds(jdbc, c.hunter).size());
		}, () -> notificationsOf(jdbc, c.hunter, true)));
	}

	/**
	 * How many notifications {@code member} has (only the unread ones when
	 * {@code unread}), read from the table.
	 */
	private static long notificationsOf(JdbcClient jdbc, Member member, boolean unread) {
		return jdbc
			.sql("SELECT COUNT(*) FROM notification WHERE employee_id = :e" + (unread ? " AND read_at IS NULL" : ""))
			.param("e", member.id())
			.query(Long.class)
			.single();
	}

	private static List<String> notificationIds(JdbcClient jdbc, Member member) {
		return jdbc.sql("SELECT id FROM notification WHERE employee_id = :e ORDER BY id DESC")
			.param("e", member.id())
			.query(Long.class)
			.list()
			.stream()
			.map(String::valueOf)
			.toList();
	}

}
