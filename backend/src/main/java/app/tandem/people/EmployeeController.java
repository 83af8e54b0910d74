package app.tandem.people;

import java.util.List;

import app.tandem.people.EmployeeInputs.CreateEmployeeInput;
import app.tandem.people.EmployeeInputs.UpdateEmployeeInput;
import app.tandem.people.LoginService.AuthPayload;

import app.tandem.security.AccessTokens;
import app.tandem.security.ClientAddresses;
import app.tandem.security.TokenRevocations;
import app.tandem.security.WebSession;
import graphql.GraphQLContext;
import graphql.execution.ExecutionStepInfo;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class EmployeeController {

	private final EmployeeService employees;

	private final LoginService login;

	private final Viewers viewers;

	private final TokenRevocations revocations;

	EmployeeController(EmployeeService employees, LoginService login, Viewers viewers, TokenRevocations revocations) {
		this.employees = employees;
		this.login = login;
		this.viewers = viewers;
		this.revocations = revocations;
	}

	@MutationMapping
	AuthPayload login(@Argument String email, @Argument String password, GraphQLContext context) {
		AuthPayload payload = this.login.login(email, password, ClientAddresses.of(context),
				WebSession.fromTheWebApp(context));
		WebSession.issued(context, new AccessTokens.IssuedToken(payload.accessToken(), payload.expiresAt()));
		return payload;
	}

	/**
	 * Open to anyone, like login: the refresh token is the credential (docs/security.md
	 * "Sessions").
	 */
	@MutationMapping
	AuthPayload refreshSession(@Argument String refreshToken) {
		return this.login.refresh(refreshToken);
	}

	/**
	 * A fresh token (and, for the web app, a fresh session cookie): every older one was
	 * revoked.
	 */
	@MutationMapping
	AuthPayload changePassword(@Argument String currentPassword, @Argument String newPassword, GraphQLContext context) {
		AuthPayload payload = this.login.changePassword(currentPassword, newPassword, ClientAddresses.of(context),
				WebSession.fromTheWebApp(context));
		WebSession.issued(context, new AccessTokens.IssuedToken(payload.accessToken(), payload.expiresAt()));
		return payload;
	}

	@MutationMapping
	Employee resetPassword(@Argument String employeeId, @Argument String newPassword) {
		return this.employees.resetPassword(employeeId, newPassword);
	}

	@MutationMapping
	boolean logout(GraphQLContext context) {
		this.revocations.revokeCurrent();
		WebSession.ended(context);
		return true;
	}

	@QueryMapping
	Employee me() {
		return this.employees.me();
	}

	@QueryMapping
	List<Employee> employees() {
		return this.employees.employees();
	}

	@MutationMapping
	Employee createEmployee(@Argument CreateEmployeeInput input) {
		return this.employees.create(input);
	}

	@MutationMapping
	Employee updateEmployee(@Argument UpdateEmployeeInput input) {
		return this.employees.update(input);
	}

	@MutationMapping
	Employee deactivateEmployee(@Argument String id) {
		return this.employees.deactivate(id);
	}

	@MutationMapping
	Employee setLanguage(@Argument Language language) {
		return this.employees.setLanguage(language);
	}

	@MutationMapping
	Employee setDigestSubscription(@Argument Boolean enabled) {
		return this.employees.setDigestSubscription(enabled);
	}

	/**
	 * A person's own settings are theirs alone: a colleague, even an owner, reads null.
	 */
	@SchemaMapping
	Language language(Employee employee, DataFetchingEnvironment env) {
		return isLoginAnswer(env) || this.viewers.current().isSelf(employee.getId()) ? employee.getLanguage() : null;
	}

	@SchemaMapping
	Boolean digestSubscription(Employee employee, DataFetchingEnvironment env) {
		return isLoginAnswer(env) || this.viewers.current().isSelf(employee.getId()) ? employee.isDigestSubscribed()
				: null;
	}

	/** E-mail addresses are for owners and the person themself (SPEC §1). */
	@SchemaMapping
	String email(Employee employee, DataFetchingEnvironment env) {
		if (isLoginAnswer(env)) {
			// The person has just proved who they are (password or refresh token); no
			// token exists on this request.
			return employee.getEmail();
		}
		Viewer viewer = this.viewers.current();
		return viewer.isOwner() || viewer.isSelf(employee.getId()) ? employee.getEmail() : null;
	}

	private static boolean isLoginAnswer(DataFetchingEnvironment env) {
		ExecutionStepInfo step = env.getExecutionStepInfo();
		while (step.getParent() != null && step.getParent().getParent() != null) {
			step = step.getParent();
		}
		String field = step.getFieldDefinition().getName();
		return "login".equals(field) || "refreshSession".equals(field);
	}

}
