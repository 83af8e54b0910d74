package app.tandem.people;

import java.util.Locale;

import app.tandem.security.AccessTokens;
import app.tandem.security.AccessTokens.IssuedToken;
import app.tandem.shared.TandemException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Exchanges an e-mail and password for a bearer token. */
@Service
class LoginService {

	private static final String WRONG_CREDENTIALS = "Wrong e-mail or password";

	private final EmployeeRepository employees;

	private final PasswordEncoder passwordEncoder;

	private final AccessTokens tokens;

	private final String dummyHash;

	LoginService(EmployeeRepository employees, PasswordEncoder passwordEncoder, AccessTokens tokens) {
		this.employees = employees;
		this.passwordEncoder = passwordEncoder;
		this.tokens = tokens;
		this.dummyHash = passwordEncoder.encode("not-a-real-password-at-all");
	}

	@Transactional(readOnly = true)
	AuthPayload login(String email, String password) {
		Employee employee = email == null ? null
				: this.employees.findByEmail(email.trim().toLowerCase(Locale.ROOT)).orElse(null);
		String candidate = password == null ? "" : password;
		if (employee == null) {
			// Spend the same time as a real check, so response times do not reveal who has an account.
			this.passwordEncoder.matches(candidate, this.dummyHash);
			throw TandemException.unauthorized(WRONG_CREDENTIALS);
		}
		if (!this.passwordEncoder.matches(candidate, employee.getPasswordHash())) {
			throw TandemException.unauthorized(WRONG_CREDENTIALS);
		}
		if (!employee.isActive()) {
			throw TandemException.unauthorized("This account is deactivated; ask an owner");
		}
		IssuedToken token = this.tokens.issue(employee.getId());
		return new AuthPayload(token.value(), token.expiresAt(), employee);
	}

	record AuthPayload(String accessToken, java.time.Instant expiresAt, Employee employee) {
	}

}
