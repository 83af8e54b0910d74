package app.tandem.people;

import app.tandem.people.EmployeeInputs.CreateEmployeeInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Production's first start: the first owner comes from TANDEM_OWNER_EMAIL /
 * TANDEM_OWNER_PASSWORD.
 */
@Component
@Order(0)
class OwnerBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(OwnerBootstrap.class);

	private final EmployeeService employees;

	private final String email;

	private final String password;

	private final String fullName;

	OwnerBootstrap(EmployeeService employees, @Value("${tandem.bootstrap-owner.email:}") String email,
			@Value("${tandem.bootstrap-owner.password:}") String password,
			@Value("${tandem.bootstrap-owner.full-name:Owner}") String fullName) {
		this.employees = employees;
		this.email = email;
		this.password = password;
		this.fullName = fullName;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.email.isBlank() || !this.employees.noOneExists()) {
			return;
		}
		this.employees
			.createWithoutViewer(new CreateEmployeeInput(this.fullName, this.email, this.password, Role.OWNER, null));
		log.info("Created the first owner {} from TANDEM_OWNER_EMAIL", this.email);
	}

}
