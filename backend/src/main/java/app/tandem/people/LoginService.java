package app.tandem.people;

import java.util.Locale;

import app.tandem.security.AccessTokens;
import app.tandem.security.AccessTokens.IssuedToken;
import app.tandem.security.LoginThrottle;
import app.tandem.shared.TandemException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Exchanges an e-mail and password for a bearer token. */
@Service
class LoginService {

	private static final String WRONG_CREDENTIALS = "Wrong e-mail or password";

	private final EmployeeRepository employees;

	private final PasswordEncoder passwordEncoder;

	private final AccessTokens tokens;

	private final LoginThrottle throttle;

	private final String dummyHash;

	LoginService(EmployeeRepository employees, PasswordEncoder passwordEncoder, AccessTokens tokens,
			LoginThrottle throttle) {
		this.employees = employees;
		this.passwordEncoder = passwordEncoder;
		this.tokens = tokens;
		this.throttle = throttle;
		this.dummyHash = passwordEncoder.encode("not-a-real-password-at-all");
	}

	/**
	 * Not one transaction: the throttle's rows commit on their own, so a failure is recorded even
	 * though the sign-in is then refused, and no connection is held while bcrypt runs.
	 */
	AuthPayload login(String email, String password, String clientAddress) {
		String account = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
		this.throttle.check(account, clientAddress);
		Employee employee = email == null ? null : this.employees.findByEmail(account).orElse(null);
		String candidate = password == null ? "" : password;
		if (employee == null) {
			// Spend the same time as a real check, so response times do not reveal who has an account.
			this.passwordEncoder.matches(candidate, this.dummyHash);
			this.throttle.failed(account, clientAddress);
			throw TandemException.unauthorized(WRONG_CREDENTIALS);
		}
		if (!this.passwordEncoder.matches(candidate, employee.getPasswordHash())) {
			this.throttle.failed(account, clientAddress);
			throw TandemException.unauthorized(WRONG_CREDENTIALS);
		}
		this.throttle.succeeded(account);
		if (!employee.isActive()) {
			throw TandemException.unauthorized("This account is deactivated; ask an owner");
		}
		IssuedToken token = this.tokens.issue(employee.getId());
		return new AuthPayload(token.value(), token.expiresAt(), employee);
	}

	record AuthPayload(String accessToken, java.time.Instant expiresAt, Employee employee) {
	}

}
