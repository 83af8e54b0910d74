package app.tandem.bonuses;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.tandem.bonuses.Bonus.Component;
import app.tandem.bonuses.Bonus.Reason;
import app.tandem.goals.Metric;
import app.tandem.shared.CompanyCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Frozen bonus runs (bonus_period, bonus_payout*, V8): once an owner closes a month its
 * payouts are read from here, so a later correction of that month's records changes no
 * paid bonus.
 */
@Repository
class ClosedBonusRuns {

	private final JdbcClient jdbc;

	ClosedBonusRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean isClosed(YearMonth period) {
		return this.jdbc.sql("SELECT COUNT(*) FROM bonus_period WHERE period_month = :p")
			.param("p", period.toString())
			.query(Long.class)
			.single() > 0;
	}

	/** The frozen run, bonuses in the order they were frozen (by name). */
	Optional<BonusRun> run(YearMonth period) {
		Optional<BigDecimal> margin = this.jdbc.sql("SELECT gross_margin FROM bonus_period WHERE period_month = :p")
			.param("p", period.toString())
			.query(BigDecimal.class)
			.optional();
		if (margin.isEmpty()) {
			return Optional.empty();
		}
		Map<Long, List<Component>> components = new HashMap<>();
		this.jdbc.sql("""
				SELECT employee_id, metric, weight, completion, capped FROM bonus_payout_component
				WHERE period_month = :p ORDER BY employee_id, weight DESC, metric""")
			.param("p", period.toString())
			.query((rs, n) -> components.computeIfAbsent(rs.getLong("employee_id"), (k) -> new ArrayList<>())
				.add(new Component(Metric.valueOf(rs.getString("metric")), rs.getBigDecimal("weight"),
						rs.getBigDecimal("completion"), rs.getBigDecimal("capped"))))
			.list();
		List<Bonus> bonuses = this.jdbc.sql("""
				SELECT b.employee_id, b.target_bonus, b.shared_completion, b.shared_factor, b.personal_score, b.payout,
				       b.reason
				FROM bonus_payout b JOIN employee e ON e.id = b.employee_id
				WHERE b.period_month = :p ORDER BY e.full_name, e.id""")
			.param("p", period.toString())
			.query((rs, n) -> new Bonus(rs.getLong("employee_id"), period, rs.getBigDecimal("target_bonus"),
					rs.getBigDecimal("shared_completion"), rs.getBigDecimal("shared_factor"),
					rs.getBigDecimal("personal_score"), rs.getBigDecimal("payout"), null,
					rs.getString("reason") == null ? null : Reason.valueOf(rs.getString("reason")),
					components.getOrDefault(rs.getLong("employee_id"), List.of()), true))
			.list();
		return Optional.of(new BonusRun(period, bonuses, margin.get(), true));
	}

	/**
	 * Freezes {@code run} in the caller's transaction; a second close of the month fails
	 * on the primary key.
	 */
	void freeze(BonusRun run, long by, Instant at) {
		String p = run.period().toString();
		this.jdbc.sql("""
				INSERT INTO bonus_period (period_month, gross_margin, closed_by, closed_at)
				VALUES (:p, :margin, :by, :at)""")
			.param("p", p)
			.param("margin", run.grossMargin())
			.param("by", by)
			.param("at", CompanyCalendar.toUtc(at))
			.update();
		for (Bonus bonus : run.bonuses()) {
			this.jdbc.sql("""
					INSERT INTO bonus_payout (period_month, employee_id, target_bonus, shared_completion, shared_factor,
					  personal_score, payout, reason)
					VALUES (:p, :e, :targetBonus, :s, :factor, :score, :payout, :reason)""")
				.param("p", p)
				.param("e", bonus.employeeId())
				.param("targetBonus", bonus.targetBonus())
				.param("s", bonus.sharedCompletion())
				.param("factor", bonus.sharedFactor())
				.param("score", bonus.personalScore())
				.param("payout", bonus.payout())
				.param("reason", bonus.reason() == null ? null : bonus.reason().name())
				.update();
			for (Component c : bonus.components()) {
				this.jdbc
					.sql("""
							INSERT INTO bonus_payout_component (period_month, employee_id, metric, weight, completion, capped)
							VALUES (:p, :e, :metric, :weight, :completion, :capped)""")
					.param("p", p)
					.param("e", bonus.employeeId())
					.param("metric", c.metric().name())
					.param("weight", c.weight())
					.param("completion", c.completion())
					.param("capped", c.capped())
					.update();
			}
		}
	}

}
