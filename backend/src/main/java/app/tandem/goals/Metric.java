package app.tandem.goals;

import java.util.List;

import app.tandem.people.Position;

/** Every number a person can be measured on (SPEC §3). */
public enum Metric {

	LEADS(Kind.COUNT), SPEND(Kind.MONEY), COST_PER_LEAD(Kind.MONEY_RATIO), LEAD_CONVERSION(Kind.RATIO),
	ATTRIBUTED_TURNOVER(Kind.MONEY), ATTRIBUTED_MARGIN(Kind.MONEY), TURNOVER(Kind.MONEY), GROSS_MARGIN(Kind.MONEY),
	NEW_CLIENTS(Kind.COUNT), ACTIVE_CLIENTS(Kind.COUNT);

	/** How a metric adds up over time, which decides its pace and formatting. */
	public enum Kind {

		/** Whole numbers that add up over the month. */
		COUNT,
		/** Money that adds up over the month. */
		MONEY,
		/** Money per unit (cost per lead): does not add up. */
		MONEY_RATIO,
		/** A share such as 0.2500: does not add up. */
		RATIO

	}

	private final Kind kind;

	Metric(Kind kind) {
		this.kind = kind;
	}

	public Kind kind() {
		return this.kind;
	}

	public boolean additive() {
		return this.kind == Kind.COUNT || this.kind == Kind.MONEY;
	}

	public boolean lowerIsBetter() {
		return this == COST_PER_LEAD;
	}

	/** The position's KPI set, in the seed's order. */
	public static List<Metric> kpiSet(Position position) {
		if (position == null) {
			return List.of();
		}
		return switch (position) {
			case MARKETER -> List.of(LEADS, COST_PER_LEAD, LEAD_CONVERSION);
			case HUNTER -> List.of(NEW_CLIENTS, TURNOVER, GROSS_MARGIN);
			case FARMER -> List.of(TURNOVER, GROSS_MARGIN, ACTIVE_CLIENTS);
		};
	}

	/**
	 * What may be planned for a position: its KPI set, plus attributed money for
	 * marketers.
	 */
	public static List<Metric> plannable(Position position) {
		if (position == Position.MARKETER) {
			return List.of(LEADS, COST_PER_LEAD, LEAD_CONVERSION, ATTRIBUTED_TURNOVER, ATTRIBUTED_MARGIN);
		}
		return kpiSet(position);
	}

}
