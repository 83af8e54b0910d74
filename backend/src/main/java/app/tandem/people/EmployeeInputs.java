package app.tandem.people;

/** Inputs of the people mutations, as in SPEC §5. */
public final class EmployeeInputs {

	private EmployeeInputs() {
	}

	public record CreateEmployeeInput(String fullName, String email, String password, Role role, Position position) {
	}

	record UpdateEmployeeInput(String id, String fullName, Role role, Position position, Integer expectedVersion) {
	}

}
