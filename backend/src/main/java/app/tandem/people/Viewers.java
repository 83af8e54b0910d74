package app.tandem.people;

import app.tandem.security.AccessTokens;
import app.tandem.shared.ErrorCode;
import app.tandem.shared.TandemException;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is asking. Read from the database on every request, so a changed role or a
 * deactivation takes effect at once, whatever the token says.
 */
@Component
public class Viewers {

	private static final String CACHE = Viewers.class.getName() + ".viewer";

	private final EmployeeRepository employees;

	Viewers(EmployeeRepository employees) {
		this.employees = employees;
	}

	/**
	 * Looked up once per HTTP request and kept for its other resolvers (e.g. the e-mail
	 * of every employee in a list), instead of one SELECT per resolver call.
	 */
	@Transactional(readOnly = true)
	public Viewer current() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST) instanceof Viewer viewer) {
			return viewer;
		}
		Viewer viewer = load();
		if (request != null) {
			request.setAttribute(CACHE, viewer, RequestAttributes.SCOPE_REQUEST);
		}
		return viewer;
	}

	private Viewer load() {
		Long id = AccessTokens.currentEmployeeId()
			.orElseThrow(() -> TandemException.unauthorized("Sign in first: send Authorization: Bearer <accessToken>")
				.withCode(ErrorCode.SIGN_IN_REQUIRED));
		Employee employee = this.employees.findById(id)
			.filter(Employee::isActive)
			.orElseThrow(() -> TandemException.unauthorized("This account is no longer active; sign in again")
				.withCode(ErrorCode.ACCOUNT_INACTIVE));
		return new Viewer(employee.getId(), employee.getRole(), employee.getPosition());
	}

	/**
	 * The access check of a signed-in-only operation: UNAUTHORIZED
	 * ({@code SIGN_IN_REQUIRED} or {@code ACCOUNT_INACTIVE}) unless an active person
	 * asks. Returns who it checked.
	 */
	public Viewer requireSignedIn() {
		return current();
	}

	/**
	 * The access check of an owner-only operation, the one place that rule lives:
	 * UNAUTHORIZED as {@link #requireSignedIn()}, FORBIDDEN for an employee. Returns the
	 * owner it checked.
	 */
	public Viewer requireOwner() {
		Viewer viewer = current();
		if (!viewer.isOwner()) {
			throw TandemException.forbidden("Only an owner may do this");
		}
		return viewer;
	}

}
