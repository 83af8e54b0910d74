package app.tandem.people;

/** The signed-in, active employee a request acts for. */
public record Viewer(long id, Role role, Position position) {

	public boolean isOwner() {
		return this.role == Role.OWNER;
	}

	public boolean is(Position position) {
		return this.position == position;
	}

	public boolean sells() {
		return this.position != null && this.position.sells();
	}

	public boolean isSelf(Long employeeId) {
		return employeeId != null && employeeId == this.id;
	}

}
