package app.tandem.kpi;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import app.tandem.kpi.DealFigures.SalesCounts;
import app.tandem.kpi.LeadFigures.Row;
import app.tandem.shared.PeriodRange;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every lead, spend and deal aggregate of a period in six GROUP BY queries over indexed
 * ranges: leads by their UTC creation instant, spend and deals by their calendar day.
 * Voided records count nowhere. Rows come back per (marketer, channel, assignee) or per
 * salesperson, so Java only adds up a few dozen rows. The kpi module owns these sums;
 * analytics asks for them here.
 */
@Component
public class KpiQueries {

	/**
	 * A NOT_TARGET mark counts against the channel unless it is under an open dispute
	 * (SPEC §12).
	 */
	private static final String LEADS = """
			SELECT l.marketer_id, l.channel_id, l.assignee_id, COUNT(*) AS leads,
			       SUM(CASE WHEN l.assignee_id IS NOT NULL THEN 1 ELSE 0 END) AS assigned,
			       SUM(CASE WHEN l.status = 'WON' THEN 1 ELSE 0 END) AS won,
			       SUM(CASE WHEN l.status IN ('WON', 'LOST') THEN 1 ELSE 0 END) AS closed,
			       SUM(CASE WHEN l.lost_reason = 'NOT_TARGET' AND (l.dispute_status IS NULL OR l.dispute_status <> 'OPEN')
			                THEN 1 ELSE 0 END) AS not_target,
			       SUM(CASE WHEN l.lost_reason = 'NOT_TARGET' AND l.dispute_status = 'OPEN' THEN 1 ELSE 0 END) AS contested,
			       SUM(CASE WHEN l.converted THEN 1 ELSE 0 END) AS converted
			FROM sales_lead l
			WHERE l.created_at >= :fromUtc AND l.created_at < :toUtc AND l.voided_at IS NULL
			GROUP BY l.marketer_id, l.channel_id, l.assignee_id""";

	private static final String SPEND = """
			SELECT s.marketer_id, s.channel_id, SUM(s.amount) AS amount
			FROM marketing_spend s
			WHERE s.spent_on >= :firstDay AND s.spent_on < :dayAfter AND s.voided_at IS NULL
			GROUP BY s.marketer_id, s.channel_id""";

	private static final String ATTRIBUTED = """
			SELECT l.marketer_id, l.channel_id, COUNT(*) AS deals, SUM(d.revenue) AS revenue,
			       SUM(d.revenue - d.cost) AS margin
			FROM deal d JOIN sales_lead l ON l.id = d.lead_id
			WHERE d.closed_on >= :firstDay AND d.closed_on < :dayAfter AND d.voided_at IS NULL
			GROUP BY l.marketer_id, l.channel_id""";

	private static final String SALES = """
			SELECT d.salesperson_id, COUNT(*) AS deals, SUM(d.revenue) AS revenue, SUM(d.revenue - d.cost) AS margin,
			       COUNT(DISTINCT CASE WHEN c.first_deal_on < :firstDay THEN d.client_id END) AS active_clients
			FROM deal d JOIN client c ON c.id = d.client_id
			WHERE d.closed_on >= :firstDay AND d.closed_on < :dayAfter AND d.voided_at IS NULL
			GROUP BY d.salesperson_id""";

	private static final String NEW_CLIENTS = """
			SELECT c.acquired_by, COUNT(*) AS clients
			FROM client c
			WHERE c.first_deal_on >= :firstDay AND c.first_deal_on < :dayAfter
			GROUP BY c.acquired_by""";

	private static final String COHORT_DEALS = """
			SELECT COUNT(*) AS deals, COALESCE(SUM(d.revenue), 0) AS revenue, COALESCE(SUM(d.revenue - d.cost), 0) AS margin
			FROM deal d JOIN sales_lead l ON l.id = d.lead_id
			WHERE l.created_at >= :fromUtc AND l.created_at < :toUtc AND l.converted = TRUE AND l.voided_at IS NULL
			  AND d.voided_at IS NULL""";

	private final JdbcClient jdbc;

	KpiQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public PeriodFigures figures(PeriodRange range) {
		return new PeriodFigures(leads(range), spend(range), deals(range));
	}

	/** Only the period's lead cohort (the conversion matrix needs no more). */
	@Transactional(readOnly = true)
	public LeadFigures leads(PeriodRange range) {
		return LeadFigures
			.of(query(LEADS, range).query((rs, n) -> new Row(rs.getLong("marketer_id"), rs.getLong("channel_id"),
					rs.getObject("assignee_id", Long.class),
					new LeadCounts(rs.getLong("leads"), rs.getLong("assigned"), rs.getLong("won"), rs.getLong("closed"),
							rs.getLong("not_target"), rs.getLong("contested"), rs.getLong("converted"))))
				.list());
	}

	private SpendFigures spend(PeriodRange range) {
		Map<Long, BigDecimal> byMarketer = new HashMap<>();
		Map<Long, BigDecimal> byChannel = new HashMap<>();
		BigDecimal[] total = { DealTotals.NONE.revenue() };
		query(SPEND, range).query((rs, n) -> {
			BigDecimal amount = money(rs.getBigDecimal("amount"));
			byMarketer.merge(rs.getLong("marketer_id"), amount, BigDecimal::add);
			byChannel.merge(rs.getLong("channel_id"), amount, BigDecimal::add);
			total[0] = total[0].add(amount);
			return amount;
		}).list();
		return new SpendFigures(byMarketer, byChannel, total[0]);
	}

	private DealFigures deals(PeriodRange range) {
		Map<Long, DealTotals> attributedByMarketer = new HashMap<>();
		Map<Long, DealTotals> attributedByChannel = new HashMap<>();
		query(ATTRIBUTED, range).query((rs, n) -> {
			DealTotals deals = totals(rs);
			attributedByMarketer.merge(rs.getLong("marketer_id"), deals, DealTotals::plus);
			attributedByChannel.merge(rs.getLong("channel_id"), deals, DealTotals::plus);
			return deals;
		}).list();
		Map<Long, SalesCounts> bySalesperson = new HashMap<>();
		query(SALES, range)
			.query((rs, n) -> bySalesperson.put(rs.getLong("salesperson_id"),
					new SalesCounts(totals(rs), rs.getLong("active_clients"))))
			.list();
		Map<Long, Long> newClients = new HashMap<>();
		query(NEW_CLIENTS, range).query((rs, n) -> newClients.put(rs.getLong("acquired_by"), rs.getLong("clients")))
			.list();
		DealTotals cohort = query(COHORT_DEALS, range).query((rs, n) -> totals(rs)).single();
		return new DealFigures(bySalesperson, attributedByMarketer, attributedByChannel, newClients, cohort);
	}

	private JdbcClient.StatementSpec query(String sql, PeriodRange range) {
		return this.jdbc.sql(sql)
			.param("fromUtc", range.fromUtc())
			.param("toUtc", range.toUtc())
			.param("firstDay", range.firstDay())
			.param("dayAfter", range.dayAfter());
	}

	private static DealTotals totals(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new DealTotals(rs.getLong("deals"), money(rs.getBigDecimal("revenue")),
				money(rs.getBigDecimal("margin")));
	}

	private static BigDecimal money(BigDecimal value) {
		return value == null ? DealTotals.NONE.revenue() : value.setScale(2);
	}

}
