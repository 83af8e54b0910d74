package app.tandem.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import app.tandem.people.Position;

/** Who the demo company employs; Pavel left after the first three months. */
record DemoTeam(long owner, long anna, long dmitry, long ivan, long sergey, long pavel, long maria,
		LocalDate pavelLastDay) {

	static final String PASSWORD = "tandem-demo-1";

	static final String OWNER_EMAIL = "owner@demo.tandem";

	/** The logins SPEC §6 promises. */
	static final List<String> LOGINS = List.of(OWNER_EMAIL, "marketer@demo.tandem", "hunter@demo.tandem",
			"farmer@demo.tandem");

	/** A person with a position and how they do against plan. */
	record Member(long id, Position position, double performance) {
	}

	/**
	 * Plans are set so that actual ≈ performance × target: Ivan and Maria beat theirs,
	 * Anna just about, Dmitry's SMM misses, and Sergey's weak Direct conversion leaves
	 * him behind. Ivan is the first hunter: his plan is the benchmark for the others.
	 */
	List<Member> members() {
		return List.of(new Member(this.anna, Position.MARKETER, 1.06), new Member(this.dmitry, Position.MARKETER, 0.92),
				new Member(this.ivan, Position.HUNTER, 1.08), new Member(this.sergey, Position.HUNTER, 0.78),
				new Member(this.pavel, Position.HUNTER, 0.93), new Member(this.maria, Position.FARMER, 1.12));
	}

	boolean worksIn(long id, YearMonth month) {
		return id != this.pavel || !month.atDay(1).isAfter(this.pavelLastDay);
	}

	boolean worksOn(long id, LocalDate day) {
		return id != this.pavel || !day.isAfter(this.pavelLastDay);
	}

}
