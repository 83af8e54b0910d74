package app.tandem.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.tandem.analytics.FunnelHistory.Deals;
import app.tandem.analytics.FunnelHistory.Sums;
import app.tandem.analytics.PlanSuggestion.PlanShare;
import app.tandem.goals.GoalService;
import app.tandem.goals.GoalService.PlannedTarget;
import app.tandem.goals.Metric;
import app.tandem.people.Employee;
import app.tandem.people.EmployeeDirectory;
import app.tandem.people.Position;
import app.tandem.people.Viewer;
import app.tandem.people.Viewers;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.InputCheck;
import app.tandem.shared.PeriodRange;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plan from the goal (SPEC §4): the reverse funnel from a turnover target, and applying it as
 * the shared goal plus personal plans split by each person's share of the same three months.
 */
@Service
public class PlanFromGoalService {

	private final FunnelHistory history;

	private final EmployeeDirectory people;

	private final GoalService goals;

	private final PlanBaselineRepository baselines;

	private final Viewers viewers;

	private final CompanyCalendar calendar;

	PlanFromGoalService(FunnelHistory history, EmployeeDirectory people, GoalService goals,
			PlanBaselineRepository baselines, Viewers viewers, CompanyCalendar calendar) {
		this.history = history;
		this.people = people;
		this.goals = goals;
		this.baselines = baselines;
		this.viewers = viewers;
		this.calendar = calendar;
	}

	@Transactional(readOnly = true)
	public PlanSuggestion suggest(YearMonth period, BigDecimal turnoverTarget) {
		this.viewers.currentOwner();
		check(turnoverTarget);
		return compute(period, turnoverTarget);
	}

	@Transactional
	public PlanSuggestion apply(YearMonth period, BigDecimal turnoverTarget) {
		Viewer owner = this.viewers.currentOwner();
		check(turnoverTarget);
		PlanSuggestion plan = compute(period, turnoverTarget);
		this.goals.applyPlan(period, turnoverTarget,
				plan.expectedMargin() != null && plan.expectedMargin().signum() > 0 ? plan.expectedMargin() : null,
				plan.split().stream().map((s) -> new PlannedTarget(s.employee().getId(), s.metric(), s.target())).toList());
		if (plan.complete()) {
			PlanBaseline baseline = this.baselines.findByMonth(period.toString()).orElseGet(() -> new PlanBaseline(period));
			baseline.set(plan, owner.id(), CompanyCalendar.toUtc(this.calendar.now()));
			this.baselines.save(baseline);
		}
		return plan;
	}

	private PlanSuggestion compute(YearMonth period, BigDecimal target) {
		YearMonth current = this.calendar.currentPeriod();
		YearMonth last = (period.isBefore(current) ? period : current).minusMonths(1);
		YearMonth first = last.minusMonths(2);
		PeriodRange range = PeriodRange.ofMonths(first, last, this.calendar.zone());
		Sums sums = this.history.sums(range);
		Deals all = sums.all();
		BigDecimal averageDeal = all.count() > 0 && all.revenue().signum() > 0
				? all.revenue().divide(BigDecimal.valueOf(all.count()), 2, RoundingMode.HALF_UP) : null;
		BigDecimal conversion = sums.leads() > 0 && sums.fromLeads().count() > 0 ? BigDecimal
			.valueOf(sums.fromLeads().count())
			.divide(BigDecimal.valueOf(sums.leads()), 8, RoundingMode.HALF_UP) : null;
		BigDecimal costPerLead = sums.leads() > 0
				? sums.spend().divide(BigDecimal.valueOf(sums.leads()), 2, RoundingMode.HALF_UP) : null;
		BigDecimal marginPercent = all.revenue().signum() > 0
				? all.margin().divide(all.revenue(), 8, RoundingMode.HALF_UP) : null;
		Long deals = averageDeal == null ? null : target.divide(averageDeal, 0, RoundingMode.CEILING).longValueExact();
		Long leads = deals == null || conversion == null ? null
				: BigDecimal.valueOf(deals * sums.leads())
					.divide(BigDecimal.valueOf(sums.fromLeads().count()), 0, RoundingMode.CEILING)
					.longValueExact();
		BigDecimal budget = leads == null || costPerLead == null ? null : costPerLead.multiply(BigDecimal.valueOf(leads));
		BigDecimal margin = marginPercent == null ? null
				: target.multiply(all.margin()).divide(all.revenue(), 2, RoundingMode.HALF_UP);
		List<PlanShare> split = split(range, target, margin, leads, costPerLead, conversion);
		return new PlanSuggestion(period, target.setScale(2), first, last, averageDeal != null, averageDeal, conversion,
				costPerLead, marginPercent, deals, leads, budget, margin, split);
	}

	private List<PlanShare> split(PeriodRange range, BigDecimal turnover, BigDecimal margin, Long leads,
			BigDecimal costPerLead, BigDecimal conversion) {
		Map<Long, Deals> sales = this.history.salesByPerson(range);
		Map<Long, Long> leadsByMarketer = this.history.leadsByMarketer(range);
		Map<Long, Employee> sellers = new LinkedHashMap<>();
		Map<Long, Employee> marketers = new LinkedHashMap<>();
		for (Employee e : this.people.all()) {
			if (e.isActive() && e.getPosition() != null) {
				(e.getPosition() == Position.MARKETER ? marketers : sellers).put(e.getId(), e);
			}
		}
		sellers = sortedById(sellers);
		marketers = sortedById(marketers);
		List<PlanShare> shares = new ArrayList<>();
		Map<Long, BigDecimal> turnoverWeights = weights(sellers, (id) -> sales.containsKey(id) ? sales.get(id).revenue() : BigDecimal.ZERO);
		add(shares, sellers, Metric.TURNOVER, turnover, Splits.split(turnover, turnoverWeights, 2));
		if (margin != null && margin.signum() > 0) {
			Map<Long, BigDecimal> marginWeights = weights(sellers, (id) -> sales.containsKey(id) ? sales.get(id).margin() : BigDecimal.ZERO);
			add(shares, sellers, Metric.GROSS_MARGIN, margin, Splits.split(margin, marginWeights, 2));
		}
		if (leads != null && leads > 0) {
			BigDecimal total = BigDecimal.valueOf(leads);
			add(shares, marketers, Metric.LEADS, total, Splits.split(total,
					weights(marketers, (id) -> BigDecimal.valueOf(leadsByMarketer.getOrDefault(id, 0L))), 0));
		}
		for (Employee marketer : marketers.values()) {
			if (costPerLead != null && costPerLead.signum() > 0) {
				shares.add(new PlanShare(marketer, Metric.COST_PER_LEAD, null, costPerLead));
			}
			if (conversion != null) {
				shares.add(new PlanShare(marketer, Metric.LEAD_CONVERSION, null, conversion.setScale(4, RoundingMode.HALF_UP)));
			}
		}
		return shares;
	}

	private static void add(List<PlanShare> shares, Map<Long, Employee> people, Metric metric, BigDecimal total,
			Map<Long, BigDecimal> split) {
		split.forEach((id, target) -> {
			if (target.signum() > 0) {
				shares.add(new PlanShare(people.get(id), metric,
						target.divide(total, 6, RoundingMode.HALF_UP).doubleValue(), target));
			}
		});
	}

	private static Map<Long, BigDecimal> weights(Map<Long, Employee> people,
			java.util.function.Function<Long, BigDecimal> weight) {
		Map<Long, BigDecimal> weights = new LinkedHashMap<>();
		people.keySet().forEach((id) -> weights.put(id, weight.apply(id)));
		return weights;
	}

	private static Map<Long, Employee> sortedById(Map<Long, Employee> people) {
		Map<Long, Employee> sorted = new LinkedHashMap<>();
		people.keySet().stream().sorted().forEach((id) -> sorted.put(id, people.get(id)));
		return sorted;
	}

	private static void check(BigDecimal turnoverTarget) {
		new InputCheck().money(turnoverTarget, "turnoverTarget")
			.when(turnoverTarget != null && turnoverTarget.signum() == 0, "turnoverTarget",
					"turnoverTarget must be greater than 0")
			.throwIfInvalid();
	}

}
