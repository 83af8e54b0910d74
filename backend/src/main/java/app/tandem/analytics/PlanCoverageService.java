package app.tandem.analytics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

import app.tandem.goals.Metric;
import app.tandem.goals.PlanBook;
import app.tandem.goals.SharedGoal;
import app.tandem.people.Viewers;
import app.tandem.shared.Ratios;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plan coverage (SPEC §7): do the personal plans add up to the shared goal? The sellers'
 * turnover and margin plans against the goal, and the marketers' lead plans against the
 * leads the goal needs by the reverse funnel. Everyone green while the company misses
 * starts here.
 */
@Service
public class PlanCoverageService {

	private final PlanBook plans;

	private final PlanFromGoalService planFromGoal;

	private final Viewers viewers;

	PlanCoverageService(PlanBook plans, PlanFromGoalService planFromGoal, Viewers viewers) {
		this.plans = plans;
		this.planFromGoal = planFromGoal;
		this.viewers = viewers;
	}

	@Transactional(readOnly = true)
	public PlanCoverage coverage(YearMonth period) {
		this.viewers.requireOwner();
		SharedGoal goal = this.plans.goal(period).orElse(null);
		BigDecimal turnover = BigDecimal.ZERO.setScale(2);
		BigDecimal margin = BigDecimal.ZERO.setScale(2);
		long leads = 0;
		for (Map<Metric, BigDecimal> targets : this.plans.targets(period).values()) {
			turnover = turnover.add(targets.getOrDefault(Metric.TURNOVER, BigDecimal.ZERO));
			margin = margin.add(targets.getOrDefault(Metric.GROSS_MARGIN, BigDecimal.ZERO));
			leads += targets.getOrDefault(Metric.LEADS, BigDecimal.ZERO).longValue();
		}
		Long requiredLeads = goal == null ? null
				: ReverseFunnel.of(this.planFromGoal.history(period), goal.getTurnoverTarget()).requirements().leads();
		return new PlanCoverage(period, goal, turnover.setScale(2), margin.setScale(2), leads, requiredLeads);
	}

	/** The month's goal against the sum of the personal plans. */
	record PlanCoverage(YearMonth period, SharedGoal goal, BigDecimal plannedTurnover, BigDecimal plannedGrossMargin,
			long plannedLeads, Long requiredLeads) {

		public BigDecimal turnoverTarget() {
			return this.goal == null ? null : this.goal.getTurnoverTarget();
		}

		public Double turnoverCoverage() {
			return Ratios.of(this.plannedTurnover, turnoverTarget());
		}

		public BigDecimal grossMarginTarget() {
			return this.goal == null ? null : this.goal.getGrossMarginTarget();
		}

		public Double grossMarginCoverage() {
			return Ratios.of(this.plannedGrossMargin, grossMarginTarget());
		}

		public Double leadsCoverage() {
			return this.requiredLeads == null ? null : Ratios.of(this.plannedLeads, this.requiredLeads);
		}

	}

}
