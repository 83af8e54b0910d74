package app.tandem.people;

public enum Role {

	OWNER, EMPLOYEE

}
