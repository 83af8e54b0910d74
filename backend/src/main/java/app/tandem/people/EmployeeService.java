package app.tandem.people;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import app.tandem.people.EmployeeInputs.CreateEmployeeInput;
import app.tandem.people.EmployeeInputs.UpdateEmployeeInput;
import app.tandem.security.TokenRevocations;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.Ids;
import app.tandem.shared.InputCheck;
import app.tandem.shared.TandemException;
import app.tandem.shared.Versions;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Managing people: owners create, edit and deactivate; everyone sees the team list. */
@Service
public class EmployeeService {

	static final int MIN_PASSWORD_LENGTH = 12;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final EmployeeRepository employees;

	private final Viewers viewers;

	private final PasswordEncoder passwordEncoder;

	private final CompanyCalendar calendar;

	private final TokenRevocations revocations;

	EmployeeService(EmployeeRepository employees, Viewers viewers, PasswordEncoder passwordEncoder,
			CompanyCalendar calendar, TokenRevocations revocations) {
		this.employees = employees;
		this.viewers = viewers;
		this.passwordEncoder = passwordEncoder;
		this.calendar = calendar;
		this.revocations = revocations;
	}

	@Transactional(readOnly = true)
	public Employee me() {
		return this.employees.findById(this.viewers.current().id()).orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<Employee> employees() {
		this.viewers.requireSignedIn();
		return this.employees.findAllByOrderByFullNameAsc();
	}

	@Transactional
	public Employee create(CreateEmployeeInput input) {
		this.viewers.requireOwner();
		return createWithoutViewer(input);
	}

	/**
	 * Also used at first start, when no one can be signed in yet (bootstrap owner, demo
	 * company).
	 */
	@Transactional
	public Employee createWithoutViewer(CreateEmployeeInput input) {
		String email = input.email() == null ? null : input.email().trim().toLowerCase(Locale.ROOT);
		InputCheck check = new InputCheck();
		checkProfile(check, input.fullName(), input.role(), input.position());
		check.require(email, "email")
			.maxLength(email, 254, "email")
			.when(email != null && !email.isBlank() && !EMAIL.matcher(email).matches(), "email",
					"email must be an e-mail address such as anna@example.com");
		checkPassword(check, input.password(), "password");
		check.throwIfInvalid();
		if (this.employees.existsByEmail(email)) {
			throw TandemException.conflict("email", "Someone already signs in with " + email);
		}
		Employee employee = new Employee(input.fullName().trim(), email, this.passwordEncoder.encode(input.password()),
				input.role(), input.position(), CompanyCalendar.toUtc(this.calendar.now()));
		return this.employees.save(employee);
	}

	@Transactional
	public Employee update(UpdateEmployeeInput input) {
		this.viewers.requireOwner();
		Employee employee = find(input.id());
		InputCheck check = new InputCheck();
		checkProfile(check, input.fullName(), input.role(), input.position());
		check.when(input.role() == Role.EMPLOYEE && isLastActiveOwner(employee), "role",
				"The company needs at least one active owner");
		check.throwIfInvalid();
		Versions.expect(input.expectedVersion(), employee.getVersion(), "person");
		employee.update(input.fullName().trim(), input.role(), input.position());
		return employee;
	}

	@Transactional
	public Employee deactivate(String id) {
		this.viewers.requireOwner();
		Employee employee = find(id);
		if (isLastActiveOwner(employee)) {
			throw TandemException.badInput("id", "The company needs at least one active owner");
		}
		employee.deactivate();
		this.revocations.revokeAllOf(employee.getId());
		return employee;
	}

	/**
	 * Owner only: a new password for someone who forgot theirs; every token they hold
	 * stops working. Owners change their own with changePassword, which proves the
	 * current one.
	 */
	@Transactional
	public Employee resetPassword(String employeeId, String newPassword) {
		Viewer owner = this.viewers.requireOwner();
		InputCheck check = new InputCheck().require(employeeId, "employeeId");
		checkPassword(check, newPassword, "newPassword");
		check.throwIfInvalid();
		Employee employee = this.employees.findById(Ids.parse(employeeId, "employeeId"))
			.orElseThrow(() -> TandemException.notFound("employeeId", "No employee with id " + employeeId));
		if (owner.isSelf(employee.getId())) {
			throw TandemException.badInput("employeeId", "Change your own password with changePassword");
		}
		setPassword(employee, newPassword);
		return employee;
	}

	/**
	 * The signed-in person's new password, already checked against the current one; ends
	 * all their tokens.
	 */
	@Transactional
	Employee changeOwnPassword(long employeeId, String newPassword) {
		Employee employee = this.employees.findById(employeeId).orElseThrow();
		setPassword(employee, newPassword);
		return employee;
	}

	private void setPassword(Employee employee, String newPassword) {
		// The credential version moves on with the password, in the same transaction:
		// every token
		// issued against the old one stops working when this commits
		// (TokenRevocations.isRevoked).
		employee.changePassword(this.passwordEncoder.encode(newPassword));
		// Refresh tokens end too; a refresh racing this is refused by their credential
		// version all the same.
		this.revocations.credentialsChanged(employee.getId());
	}

	/**
	 * The signed-in person's own language, for their e-mails (the app keeps its own copy
	 * in the browser).
	 */
	@Transactional
	public Employee setLanguage(Language language) {
		long id = this.viewers.current().id();
		new InputCheck().require(language, "language").throwIfInvalid();
		this.employees.setLanguage(id, language.tag());
		return this.employees.findById(id).orElseThrow();
	}

	/** The signed-in person turns their weekly digest on or off; no one else can. */
	@Transactional
	public Employee setDigestSubscription(Boolean enabled) {
		long id = this.viewers.current().id();
		new InputCheck().require(enabled, "enabled").throwIfInvalid();
		this.employees.setDigestSubscribed(id, enabled);
		return this.employees.findById(id).orElseThrow();
	}

	public boolean noOneExists() {
		return this.employees.count() == 0;
	}

	private Employee find(String id) {
		return this.employees.findById(Ids.parse(id, "id"))
			.orElseThrow(() -> TandemException.notFound("id", "No employee with id " + id));
	}

	/**
	 * Whether {@code employee} is the only active owner, decided under a row lock on the
	 * active owners (issue 14: two owners demoting each other at once must leave one).
	 */
	private boolean isLastActiveOwner(Employee employee) {
		List<Employee> owners = this.employees.lockActiveOwners();
		return owners.size() <= 1 && owners.stream().anyMatch((o) -> o.getId().equals(employee.getId()));
	}

	private static void checkProfile(InputCheck check, String fullName, Role role, Position position) {
		check.require(fullName, "fullName").maxLength(fullName, 200, "fullName").require(role, "role");
		check.when(role == Role.EMPLOYEE && position == null, "position",
				"An employee needs a position: MARKETER, HUNTER or FARMER");
	}

	static void checkPassword(InputCheck check, String password, String field) {
		check.require(password, field)
			.when(password != null && password.length() < MIN_PASSWORD_LENGTH, field,
					field + " must be at least " + MIN_PASSWORD_LENGTH + " characters")
			.when(password != null && password.length() > 128, field, field + " must be at most 128 characters")
			// bcrypt reads at most 72 bytes; longer would be silently cut (Spring
			// Security refuses it outright).
			.when(password != null && password.getBytes(StandardCharsets.UTF_8).length > 72, field,
					field + " must be at most 72 bytes (about 72 Latin or 36 Cyrillic letters)");
	}

}
