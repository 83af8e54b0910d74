package app.tandem.kpi;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import app.tandem.kpi.PeriodFigures.LeadCounts;
import app.tandem.kpi.PeriodFigures.Money;
import app.tandem.kpi.PeriodFigures.SalesCounts;
import app.tandem.shared.PeriodRange;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every KPI's raw sums in a handful of GROUP BY queries over indexed ranges: leads by their
 * UTC creation instant, spend and deals by their calendar day. Rows come back per
 * (marketer, channel) or per salesperson, so Java only adds up a few dozen rows.
 */
@Component
class KpiQueries {

	private static final String LEADS = """
			SELECT l.marketer_id, l.channel_id, COUNT(*) AS leads,
			       SUM(CASE WHEN l.assignee_id IS NOT NULL THEN 1 ELSE 0 END) AS assigned,
			       SUM(CASE WHEN l.status = 'WON' THEN 1 ELSE 0 END) AS won,
			       SUM(CASE WHEN l.status IN ('WON', 'LOST') THEN 1 ELSE 0 END) AS closed,
			       SUM(CASE WHEN l.lost_reason = 'NOT_TARGET' THEN 1 ELSE 0 END) AS not_target,
			       SUM(CASE WHEN l.converted THEN 1 ELSE 0 END) AS converted
			FROM sales_lead l
			WHERE l.created_at >= :fromUtc AND l.created_at < :toUtc
			GROUP BY l.marketer_id, l.channel_id""";

	private static final String SPEND = """
			SELECT s.marketer_id, s.channel_id, SUM(s.amount) AS amount
			FROM marketing_spend s
			WHERE s.spent_on >= :firstDay AND s.spent_on < :dayAfter
			GROUP BY s.marketer_id, s.channel_id""";

	private static final String ATTRIBUTED = """
			SELECT l.marketer_id, l.channel_id, COUNT(*) AS deals, SUM(d.revenue) AS revenue,
			       SUM(d.revenue - d.cost) AS margin
			FROM deal d JOIN sales_lead l ON l.id = d.lead_id
			WHERE d.closed_on >= :firstDay AND d.closed_on < :dayAfter
			GROUP BY l.marketer_id, l.channel_id""";

	private static final String SALES = """
			SELECT d.salesperson_id, COUNT(*) AS deals, SUM(d.revenue) AS revenue, SUM(d.revenue - d.cost) AS margin,
			       COUNT(DISTINCT CASE WHEN c.first_deal_on < :firstDay THEN d.client_id END) AS active_clients
			FROM deal d JOIN client c ON c.id = d.client_id
			WHERE d.closed_on >= :firstDay AND d.closed_on < :dayAfter
			GROUP BY d.salesperson_id""";

	private static final String NEW_CLIENTS = """
			SELECT c.acquired_by, COUNT(*) AS clients
			FROM client c
			WHERE c.first_deal_on >= :firstDay AND c.first_deal_on < :dayAfter
			GROUP BY c.acquired_by""";

	private static final String COHORT_DEALS = """
			SELECT COUNT(*) AS deals, COALESCE(SUM(d.revenue), 0) AS revenue, COALESCE(SUM(d.revenue - d.cost), 0) AS margin
			FROM deal d JOIN sales_lead l ON l.id = d.lead_id
			WHERE l.created_at >= :fromUtc AND l.created_at < :toUtc AND l.converted = TRUE""";

	private final JdbcClient jdbc;

	KpiQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	PeriodFigures figures(PeriodRange range) {
		Map<Long, LeadCounts> leadsByMarketer = new HashMap<>();
		Map<Long, LeadCounts> leadsByChannel = new HashMap<>();
		LeadCounts[] leads = { LeadCounts.NONE };
		query(LEADS, range).query((rs, n) -> {
			LeadCounts counts = new LeadCounts(rs.getLong("leads"), rs.getLong("assigned"), rs.getLong("won"),
					rs.getLong("closed"), rs.getLong("not_target"), rs.getLong("converted"));
			leadsByMarketer.merge(rs.getLong("marketer_id"), counts, LeadCounts::plus);
			leadsByChannel.merge(rs.getLong("channel_id"), counts, LeadCounts::plus);
			leads[0] = leads[0].plus(counts);
			return counts;
		}).list();

		Map<Long, BigDecimal> spendByMarketer = new HashMap<>();
		Map<Long, BigDecimal> spendByChannel = new HashMap<>();
		query(SPEND, range).query((rs, n) -> {
			BigDecimal amount = money(rs.getBigDecimal("amount"));
			spendByMarketer.merge(rs.getLong("marketer_id"), amount, BigDecimal::add);
			spendByChannel.merge(rs.getLong("channel_id"), amount, BigDecimal::add);
			return amount;
		}).list();

		Map<Long, Money> attributedByMarketer = new HashMap<>();
		Map<Long, Money> attributedByChannel = new HashMap<>();
		query(ATTRIBUTED, range).query((rs, n) -> {
			Money money = new Money(rs.getLong("deals"), money(rs.getBigDecimal("revenue")),
					money(rs.getBigDecimal("margin")));
			attributedByMarketer.merge(rs.getLong("marketer_id"), money, Money::plus);
			attributedByChannel.merge(rs.getLong("channel_id"), money, Money::plus);
			return money;
		}).list();

		Map<Long, SalesCounts> salesByPerson = new HashMap<>();
		query(SALES, range).query((rs, n) -> salesByPerson.put(rs.getLong("salesperson_id"),
				new SalesCounts(new Money(rs.getLong("deals"), money(rs.getBigDecimal("revenue")),
						money(rs.getBigDecimal("margin"))), rs.getLong("active_clients"))))
			.list();
		Money sales = salesByPerson.values().stream().map(SalesCounts::money).reduce(Money.NONE, Money::plus);
		long activeClients = salesByPerson.values().stream().mapToLong(SalesCounts::activeClients).sum();

		Map<Long, Long> newClientsByPerson = new HashMap<>();
		query(NEW_CLIENTS, range).query((rs, n) -> newClientsByPerson.put(rs.getLong("acquired_by"), rs.getLong("clients")))
			.list();

		Money cohort = query(COHORT_DEALS, range).query((rs, n) -> new Money(rs.getLong("deals"),
				money(rs.getBigDecimal("revenue")), money(rs.getBigDecimal("margin")))).single();

		return new PeriodFigures(leadsByMarketer, leadsByChannel, leads[0], spendByMarketer, spendByChannel,
				sum(spendByMarketer, Function.identity(), BigDecimal::add, Money.NONE.revenue()), attributedByMarketer,
				attributedByChannel, salesByPerson, new SalesCounts(sales, activeClients), newClientsByPerson,
				newClientsByPerson.values().stream().mapToLong(Long::longValue).sum(), cohort);
	}

	private JdbcClient.StatementSpec query(String sql, PeriodRange range) {
		return this.jdbc.sql(sql)
			.param("fromUtc", range.fromUtc())
			.param("toUtc", range.toUtc())
			.param("firstDay", range.firstDay())
			.param("dayAfter", range.dayAfter());
	}

	private static BigDecimal money(BigDecimal value) {
		return value == null ? Money.NONE.revenue() : value.setScale(2);
	}

	private static <V, T> T sum(Map<Long, V> values, Function<V, T> part, BiFunction<T, T, T> add, T zero) {
		T total = zero;
		for (V value : values.values()) {
			total = add.apply(total, part.apply(value));
		}
		return total;
	}

}
