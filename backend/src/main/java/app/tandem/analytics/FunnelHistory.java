package app.tandem.analytics;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import app.tandem.shared.PeriodRange;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sums the analytics start from, for one month or several: leads, spend, all deals and
 * lead-sourced deals closed in the range, and each person's share of them. All GROUP BY in SQL.
 */
@Component
class FunnelHistory {

	private final JdbcClient jdbc;

	FunnelHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Sums sums(PeriodRange range) {
		long leads = this.jdbc.sql("SELECT COUNT(*) FROM sales_lead WHERE created_at >= :fromUtc AND created_at < :toUtc")
			.param("fromUtc", range.fromUtc())
			.param("toUtc", range.toUtc())
			.query(Long.class)
			.single();
		BigDecimal spend = money(this.jdbc
			.sql("SELECT SUM(amount) FROM marketing_spend WHERE spent_on >= :firstDay AND spent_on < :dayAfter")
			.param("firstDay", range.firstDay())
			.param("dayAfter", range.dayAfter())
			.query(BigDecimal.class)
			.optional()
			.orElse(null));
		Deals all = deals("SELECT COUNT(*) AS deals, SUM(revenue) AS revenue, SUM(revenue - cost) AS margin FROM deal "
				+ "WHERE closed_on >= :firstDay AND closed_on < :dayAfter", range);
		Deals fromLeads = deals("SELECT COUNT(*) AS deals, SUM(revenue) AS revenue, SUM(revenue - cost) AS margin FROM deal "
				+ "WHERE lead_id IS NOT NULL AND closed_on >= :firstDay AND closed_on < :dayAfter", range);
		return new Sums(leads, spend, all, fromLeads);
	}

	/** employee id → (turnover, margin) of their deals closed in the range. */
	Map<Long, Deals> salesByPerson(PeriodRange range) {
		Map<Long, Deals> sales = new HashMap<>();
		this.jdbc.sql("""
				SELECT salesperson_id, COUNT(*) AS deals, SUM(revenue) AS revenue, SUM(revenue - cost) AS margin FROM deal
				WHERE closed_on >= :firstDay AND closed_on < :dayAfter GROUP BY salesperson_id""")
			.param("firstDay", range.firstDay())
			.param("dayAfter", range.dayAfter())
			.query((rs, n) -> sales.put(rs.getLong("salesperson_id"), new Deals(rs.getLong("deals"),
					money(rs.getBigDecimal("revenue")), money(rs.getBigDecimal("margin")))))
			.list();
		return sales;
	}

	/** marketer id → leads created in the range. */
	Map<Long, Long> leadsByMarketer(PeriodRange range) {
		Map<Long, Long> leads = new HashMap<>();
		this.jdbc.sql("""
				SELECT marketer_id, COUNT(*) AS leads FROM sales_lead
				WHERE created_at >= :fromUtc AND created_at < :toUtc GROUP BY marketer_id""")
			.param("fromUtc", range.fromUtc())
			.param("toUtc", range.toUtc())
			.query((rs, n) -> leads.put(rs.getLong("marketer_id"), rs.getLong("leads")))
			.list();
		return leads;
	}

	private Deals deals(String sql, PeriodRange range) {
		return this.jdbc.sql(sql)
			.param("firstDay", range.firstDay())
			.param("dayAfter", range.dayAfter())
			.query((rs, n) -> new Deals(rs.getLong("deals"), money(rs.getBigDecimal("revenue")),
					money(rs.getBigDecimal("margin"))))
			.single();
	}

	private static BigDecimal money(BigDecimal value) {
		return value == null ? BigDecimal.ZERO.setScale(2) : value.setScale(2);
	}

	/** Deals: how many, their revenue and margin. */
	record Deals(long count, BigDecimal revenue, BigDecimal margin) {
	}

	/** A range's leads, spend, all deals and the deals that came from leads. */
	record Sums(long leads, BigDecimal spend, Deals all, Deals fromLeads) {
	}

}
