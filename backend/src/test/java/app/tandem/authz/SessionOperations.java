package app.tandem.authz;

import java.util.Map;

import app.tandem.support.Company;
import app.tandem.support.Company.Member;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security module's sessions (docs/security.md "Sessions"): signing in, signing out
 * and renewing a session are open to anonymous callers by design, since the password or
 * the refresh token is the credential and only ever yields its own person's session.
 */
final class SessionOperations {

	private SessionOperations() {
	}

	static void addTo(Map<String, Operation> ops, Calls calls) {
		Company c = calls.company();
		ops.put("login", new Operation("login", (who) -> {
			Member as = (who == Who.ANONYMOUS) ? c.owner : calls.member(who);
			return calls.run(who,
					"mutation($e: String!, $p: String!) { login(email: $e, password: $p) "
							+ "{ accessToken expiresAt employee { id email } } }",
					Map.of("e", as.email(), "p", Company.PASSWORD));
		}, (who, r) -> {
			Member as = (who == Who.ANONYMOUS) ? c.owner : calls.member(who);
			r.path("login.employee.id").entity(String.class).isEqualTo(as.idString());
			r.path("login.employee.email").entity(String.class).isEqualTo(as.email());
			String token = r.path("login.accessToken").entity(String.class).get();
			c.anonymous()
				.mutate()
				.header("Authorization", "Bearer " + token)
				.build()
				.document("{ me { id } }")
				.execute()
				.path("me.id")
				.entity(String.class)
				.isEqualTo(as.idString());
		}));
		ops.put("login with a wrong password",
				new Operation("login",
						(who) -> calls.run(who,
								"mutation { login(email: \"" + c.owner.email()
										+ "\", password: \"wrong-password-entirely\") { accessToken } }",
								Map.of()),
						(who, r) -> {
						}));
		ops.put("logout", new Operation("logout", (who) -> calls.run(who, "mutation { logout }", Map.of()),
				(who, r) -> r.path("logout").entity(Boolean.class).isEqualTo(true)));
		ops.put("refreshSession",
				new Operation("refreshSession",
						(who) -> calls.run(who, REFRESH,
								Map.of("t", refreshTokenOf(c, who == Who.ANONYMOUS ? c.hunter : calls.member(who)))),
						(who, r) -> {
							Member as = (who == Who.ANONYMOUS) ? c.hunter : calls.member(who);
							r.path("refreshSession.employee.id").entity(String.class).isEqualTo(as.idString());
							r.path("refreshSession.refreshToken")
								.entity(String.class)
								.satisfies((t) -> assertThat(t).hasSize(43));
							String token = r.path("refreshSession.accessToken").entity(String.class).get();
							c.anonymous()
								.mutate()
								.header("Authorization", "Bearer " + token)
								.build()
								.document("{ me { id } }")
								.execute()
								.path("me.id")
								.entity(String.class)
								.isEqualTo(as.idString());
						}));
		ops.put("refreshSession with a rotated token", new Operation("refreshSession", (who) -> {
			String first = refreshTokenOf(c, who == Who.ANONYMOUS ? c.hunter : calls.member(who));
			calls.run(who, REFRESH, Map.of("t", first)).errors().verify();
			return calls.run(who, REFRESH, Map.of("t", first));
		}, (who, r) -> {
		}));
		ops.put("refreshSession with a made-up token",
				new Operation("refreshSession",
						(who) -> calls.run(who, REFRESH, Map.of("t", "bm90LWEtcmVhbC1yZWZyZXNoLXRva2VuLWF0LWFsbC0x")),
						(who, r) -> {
						}));
	}

	private static final String REFRESH = "mutation($t: String!) { refreshSession(refreshToken: $t) "
			+ "{ accessToken refreshToken employee { id } } }";

	/** A fresh bearer sign-in's refresh token (signing in is open to anyone). */
	private static String refreshTokenOf(Company c, Member member) {
		return c.anonymous()
			.document("mutation($e: String!, $p: String!) { login(email: $e, password: $p) { refreshToken } }")
			.variable("e", member.email())
			.variable("p", Company.PASSWORD)
			.execute()
			.path("login.refreshToken")
			.entity(String.class)
			.get();
	}

}
