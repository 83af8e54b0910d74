package app.tandem.demo;

import java.math.BigDecimal;
import java.util.List;

/**
 * The demo company's bonus schemes (SPEC §9), so a newcomer sees a bonus on My month:
 * every position is gated on the shared turnover plan at 70 % and capped at 150 %;
 * marketers are paid on leads, their cost and the turnover of their leads, salespeople on
 * their own sales.
 */
final class DemoBonuses {

	private static final String SCHEME = """
			INSERT INTO bonus_scheme (position_name, target_bonus, shared_metric, gate, cap, version)
			VALUES (?, ?, 'TURNOVER', 0.7, 1.5, 1)""";

	private static final String WEIGHT = """
			INSERT INTO bonus_scheme_weight (scheme_id, metric, weight)
			VALUES ((SELECT id FROM bonus_scheme WHERE position_name = ?), ?, ?)""";

	private final Inserts inserts;

	DemoBonuses(Inserts inserts) {
		this.inserts = inserts;
	}

	void write() {
		this.inserts.rows(SCHEME,
				List.of(new Object[] { "MARKETER", new BigDecimal("40000.00") },
						new Object[] { "HUNTER", new BigDecimal("60000.00") },
						new Object[] { "FARMER", new BigDecimal("50000.00") }));
		this.inserts.rows(WEIGHT,
				List.of(weight("MARKETER", "LEADS", "0.4"), weight("MARKETER", "COST_PER_LEAD", "0.2"),
						weight("MARKETER", "ATTRIBUTED_TURNOVER", "0.4"), weight("HUNTER", "TURNOVER", "0.5"),
						weight("HUNTER", "GROSS_MARGIN", "0.3"), weight("HUNTER", "NEW_CLIENTS", "0.2"),
						weight("FARMER", "TURNOVER", "0.5"), weight("FARMER", "GROSS_MARGIN", "0.3"),
						weight("FARMER", "ACTIVE_CLIENTS", "0.2")));
	}

	private static Object[] weight(String position, String metric, String weight) {
		return new Object[] { position, metric, new BigDecimal(weight) };
	}

}
