package app.tandem.people;

/** Decides an employee's KPI set and what they record (SPEC §1). */
public enum Position {

	MARKETER, HUNTER, FARMER;

	public boolean sells() {
		return this == HUNTER || this == FARMER;
	}

}
