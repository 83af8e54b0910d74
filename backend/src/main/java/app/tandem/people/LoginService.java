package app.tandem.people;

import java.time.Instant;
import java.util.Locale;

import app.tandem.security.LoginThrottle;
import app.tandem.security.LoginThrottle.Attempt;
import app.tandem.security.Sessions;
import app.tandem.security.Sessions.Session;
import app.tandem.shared.InputCheck;
import app.tandem.shared.ErrorCode;
import app.tandem.shared.TandemException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Exchanges an e-mail and password for a session, a refresh token for a new one; changes
 * the signed-in person's password.
 */
@Service
class LoginService {

	private static final String WRONG_CREDENTIALS = "Wrong e-mail or password";

	private final EmployeeRepository employees;

	private final PasswordEncoder passwordEncoder;

	private final Sessions sessions;

	private final LoginThrottle throttle;

	private final Viewers viewers;

	private final EmployeeService people;

	private final String dummyHash;

	LoginService(EmployeeRepository employees, PasswordEncoder passwordEncoder, Sessions sessions,
			LoginThrottle throttle, Viewers viewers, EmployeeService people) {
		this.employees = employees;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
		this.throttle = throttle;
		this.viewers = viewers;
		this.people = people;
		this.dummyHash = passwordEncoder.encode("not-a-real-password-at-all");
	}

	/**
	 * Not one transaction: the throttle counts the attempt in a transaction of its own
	 * before the password is checked, so a failure stays counted although the sign-in is
	 * then refused, and no connection is held while bcrypt runs. The account is looked up
	 * first so that the throttle counts by the person the database finds (its collation
	 * ignores case and accents), and the sign-in itself then needs the address exactly as
	 * stored (lower-case), on every database.
	 */
	AuthPayload login(String email, String password, String clientAddress, boolean webApp) {
		String typed = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
		Employee found = typed.isEmpty() ? null : this.employees.findByEmail(typed).orElse(null);
		Attempt attempt = this.throttle.start(LoginThrottle.account(found == null ? null : found.getEmail(), typed),
				clientAddress);
		Employee employee = found != null && found.getEmail().equals(typed) ? found : null;
		String candidate = password == null ? "" : password;
		if (employee == null) {
			// Spend the same time as a real check, so response times do not reveal who
			// has an account.
			this.passwordEncoder.matches(candidate, this.dummyHash);
			throw TandemException.unauthorized(WRONG_CREDENTIALS).withCode(ErrorCode.WRONG_CREDENTIALS);
		}
		if (!this.passwordEncoder.matches(candidate, employee.getPasswordHash())) {
			throw TandemException.unauthorized(WRONG_CREDENTIALS).withCode(ErrorCode.WRONG_CREDENTIALS);
		}
		this.throttle.succeeded(attempt);
		if (!employee.isActive()) {
			throw TandemException.unauthorized("This account is deactivated; ask an owner")
				.withCode(ErrorCode.ACCOUNT_INACTIVE);
		}
		// The credential version read with the hash: if a reset commits meanwhile, these
		// tokens are refused.
		Session session = this.sessions.start(employee.getId(), employee.getCredentialVersion(), webApp);
		return AuthPayload.of(session, employee);
	}

	/**
	 * A rotated session for a refresh token (docs/security.md "Sessions"). Open to
	 * anyone, like login: the token is the credential. Every refusal is
	 * INVALID_REFRESH_TOKEN.
	 */
	AuthPayload refresh(String refreshToken) {
		Sessions.Refreshed refreshed = this.sessions.refresh(refreshToken);
		Employee employee = this.employees.findById(refreshed.employeeId()).orElseThrow();
		return AuthPayload.of(refreshed.session(), employee);
	}

	/**
	 * The signed-in person's new password. The current one is checked like a sign-in: a
	 * wrong one counts against the throttle, so a stolen token cannot be used to guess
	 * the password. The new password and the end of every token the person holds commit
	 * together; the answer carries a fresh token (the only one that still works).
	 */
	AuthPayload changePassword(String currentPassword, String newPassword, String clientAddress, boolean webApp) {
		Viewer viewer = this.viewers.current();
		InputCheck check = new InputCheck().require(currentPassword, "currentPassword");
		EmployeeService.checkPassword(check, newPassword, "newPassword");
		check.when(currentPassword != null && currentPassword.equals(newPassword), "newPassword",
				"newPassword must differ from the current password");
		check.throwIfInvalid();
		Employee employee = this.employees.findById(viewer.id()).orElseThrow();
		Attempt attempt;
		try {
			attempt = this.throttle.start(LoginThrottle.account(employee.getEmail(), null), clientAddress);
		}
		catch (TandemException ex) {
			// The same words as at sign-in, but not UNAUTHORIZED: the person is signed in
			// and stays so.
			throw TandemException.badInput("currentPassword", ex.getMessage()).withCode(ex.code());
		}
		if (!this.passwordEncoder.matches(currentPassword, employee.getPasswordHash())) {
			throw TandemException.badInput("currentPassword", "The current password is wrong")
				.withCode(ErrorCode.WRONG_CREDENTIALS);
		}
		this.throttle.succeeded(attempt);
		Employee changed = this.people.changeOwnPassword(employee.getId(), newPassword);
		return AuthPayload.of(this.sessions.start(changed.getId(), changed.getCredentialVersion(), webApp), employee);
	}

	/**
	 * {@code refreshToken} and {@code refreshExpiresAt} are null for the web app, whose
	 * session is its cookie.
	 */
	record AuthPayload(String accessToken, Instant expiresAt, String refreshToken, Instant refreshExpiresAt,
			Employee employee) {

		static AuthPayload of(Session session, Employee employee) {
			return new AuthPayload(session.accessToken().value(), session.accessToken().expiresAt(),
					session.refreshToken() == null ? null : session.refreshToken().value(),
					session.refreshToken() == null ? null : session.refreshToken().expiresAt(), employee);
		}

	}

}
