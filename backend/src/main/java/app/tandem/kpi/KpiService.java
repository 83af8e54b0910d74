package app.tandem.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.tandem.company.WorkingDays;
import app.tandem.goals.Metric;
import app.tandem.goals.PlanBook;
import app.tandem.goals.SharedGoal;
import app.tandem.kpi.KpiViews.CompanyTotals;
import app.tandem.kpi.KpiViews.Contribution;
import app.tandem.kpi.KpiViews.Dashboard;
import app.tandem.kpi.KpiViews.Kpi;
import app.tandem.kpi.KpiViews.MemberKpis;
import app.tandem.kpi.KpiViews.Share;
import app.tandem.people.Employee;
import app.tandem.people.EmployeeDirectory;
import app.tandem.people.Position;
import app.tandem.people.Viewer;
import app.tandem.people.Viewers;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.Ids;
import app.tandem.shared.PeriodRange;
import app.tandem.shared.Ratios;
import app.tandem.shared.TandemException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The KPI engine: turns a period's SQL sums into every KPI of SPEC §3, with plans, pace
 * and contribution to the shared goal. Reads records, never writes them.
 */
@Service
public class KpiService {

	private static final int MAX_SPAN_MONTHS = 12;

	private final KpiQueries queries;

	private final PlanBook plans;

	private final EmployeeDirectory people;

	private final CompanyBreakdown breakdown;

	private final Viewers viewers;

	private final CompanyCalendar calendar;

	private final WorkingDays workingDays;

	KpiService(KpiQueries queries, PlanBook plans, EmployeeDirectory people, CompanyBreakdown breakdown,
			Viewers viewers, CompanyCalendar calendar, WorkingDays workingDays) {
		this.queries = queries;
		this.plans = plans;
		this.people = people;
		this.breakdown = breakdown;
		this.viewers = viewers;
		this.calendar = calendar;
		this.workingDays = workingDays;
	}

	@Transactional(readOnly = true)
	public Dashboard dashboard(YearMonth period, YearMonth to) {
		Viewer viewer = this.viewers.current();
		Month month = month(period, to);
		PeriodFigures f = month.figures;
		List<MemberKpis> members = new ArrayList<>();
		for (Employee employee : this.people.all()) {
			boolean measured = employee.isActive() && employee.getPosition() != null;
			if (measured || f.involves(employee.getId())) {
				members.add(member(employee, month, viewer));
			}
		}
		SharedGoal goal = month.goal;
		DealTotals closed = f.deals().closed();
		CompanyTotals totals = new CompanyTotals(closed, f.leads().total(), f.spend().total(), f.deals().newClients());
		return new Dashboard(period, goal, totals,
				month.pace.kpi(Metric.TURNOVER, closed.revenue(), goal == null ? null : goal.getTurnoverTarget()),
				month.pace.kpi(Metric.GROSS_MARGIN, closed.margin(), goal == null ? null : goal.getGrossMarginTarget()),
				members, this.breakdown.funnel(f), this.breakdown.channels(f));
	}

	@Transactional(readOnly = true)
	public MemberKpis employeeKpis(String employeeId, YearMonth period, YearMonth to) {
		Viewer viewer = this.viewers.current();
		Employee employee = this.people.require(Ids.parse(employeeId, "employeeId"), "employeeId");
		return member(employee, month(period, to), viewer);
	}

	/**
	 * One person's actuals over any whole days (the weekly digest's "last week"), by the
	 * same formulas as every KPI ({@link #actual}); the person themself and owners only.
	 */
	@Transactional(readOnly = true)
	public Map<Metric, BigDecimal> actuals(long employeeId, PeriodRange range) {
		Viewer viewer = this.viewers.current();
		if (!viewer.isOwner() && !viewer.isSelf(employeeId)) {
			throw TandemException.forbidden("employeeId", "Only the person and owners see their figures by day");
		}
		Employee employee = this.people.require(employeeId, "employeeId");
		PeriodFigures figures = this.queries.figures(range);
		Map<Metric, BigDecimal> actuals = new java.util.EnumMap<>(Metric.class);
		for (Metric metric : measuredMetrics(employee.getPosition())) {
			BigDecimal value = actual(metric, employeeId, figures);
			if (value != null) {
				actuals.put(metric, value);
			}
		}
		return actuals;
	}

	/**
	 * A month's standings for everyone with a position or numbers in it, with no viewer
	 * rule applied: for modules that compute on targets (bonuses), which authorize their
	 * own callers.
	 */
	@Transactional(readOnly = true)
	public MonthStandings standings(YearMonth period) {
		Month month = month(period, null);
		Map<Long, Map<Metric, Standing>> people = new java.util.LinkedHashMap<>();
		for (Employee employee : this.people.all()) {
			boolean measured = employee.isActive() && employee.getPosition() != null;
			if (!measured && !month.figures.involves(employee.getId())) {
				continue;
			}
			Map<Metric, BigDecimal> targets = month.targets.getOrDefault(employee.getId(), Map.of());
			Map<Metric, Standing> standings = new java.util.EnumMap<>(Metric.class);
			for (Metric metric : measuredMetrics(employee.getPosition())) {
				standings.put(metric, standing(
						month.pace.kpi(metric, actual(metric, employee.getId(), month.figures), targets.get(metric))));
			}
			people.put(employee.getId(), standings);
		}
		SharedGoal goal = month.goal;
		DealTotals closed = month.figures.deals().closed();
		return new MonthStandings(period, month.pace.current(), month.pace.closed(),
				standing(month.pace.kpi(Metric.TURNOVER, closed.revenue(),
						goal == null ? null : goal.getTurnoverTarget())),
				standing(month.pace.kpi(Metric.GROSS_MARGIN, closed.margin(),
						goal == null ? null : goal.getGrossMarginTarget())),
				people);
	}

	/**
	 * Every active person's KPI statuses and the shared goal's for one month, as
	 * {@code employeeKpis} and the dashboard read them, with no viewer rule applied: for
	 * notifications, which tell each person only their own.
	 */
	@Transactional(readOnly = true)
	public MonthStatuses statuses(YearMonth period) {
		Month month = month(period, null);
		Map<Long, Map<Metric, PaceStatus>> people = new java.util.LinkedHashMap<>();
		for (Employee employee : this.people.all()) {
			if (!employee.isActive()) {
				continue;
			}
			Map<Metric, BigDecimal> targets = month.targets.getOrDefault(employee.getId(), Map.of());
			Map<Metric, PaceStatus> statuses = new java.util.EnumMap<>(Metric.class);
			for (Metric metric : measuredMetrics(employee.getPosition())) {
				statuses.put(metric,
						month.pace.kpi(metric, actual(metric, employee.getId(), month.figures), targets.get(metric))
							.status());
			}
			people.put(employee.getId(), statuses);
		}
		SharedGoal goal = month.goal;
		DealTotals closed = month.figures.deals().closed();
		Map<Metric, PaceStatus> company = new java.util.EnumMap<>(Metric.class);
		company.put(Metric.TURNOVER,
				month.pace.kpi(Metric.TURNOVER, closed.revenue(), goal == null ? null : goal.getTurnoverTarget())
					.status());
		company.put(Metric.GROSS_MARGIN,
				month.pace.kpi(Metric.GROSS_MARGIN, closed.margin(), goal == null ? null : goal.getGrossMarginTarget())
					.status());
		return new MonthStatuses(period, company, people);
	}

	private static Standing standing(Kpi kpi) {
		return new Standing(kpi.actual(), kpi.target(), kpi.forecast());
	}

	/**
	 * A month, or with {@code to} several (a quarter, a year): sums over the span, ratios
	 * recomputed from them.
	 */
	private Month month(YearMonth period, YearMonth to) {
		YearMonth last = to == null ? period : to;
		if (last.isBefore(period) || last.isAfter(period.plusMonths(MAX_SPAN_MONTHS - 1))) {
			throw TandemException.badInput("to", "to must be from period up to " + MAX_SPAN_MONTHS + " months on");
		}
		PeriodRange range = PeriodRange.ofMonths(period, last, this.calendar.zone());
		return new Month(this.queries.figures(range), Pace.of(this.workingDays.days(range, this.calendar.today())),
				this.plans.goal(period, last).orElse(null), this.plans.targets(period, last));
	}

	private MemberKpis member(Employee employee, Month month, Viewer viewer) {
		long id = employee.getId();
		Map<Metric, BigDecimal> targets = month.targets.getOrDefault(id, Map.of());
		boolean seesTargets = viewer.isOwner() || viewer.isSelf(id);
		List<Kpi> kpis = new ArrayList<>();
		for (Metric metric : measuredMetrics(employee.getPosition())) {
			Kpi kpi = month.pace.kpi(metric, actual(metric, id, month.figures), targets.get(metric));
			kpis.add(seesTargets ? kpi : kpi.withoutTarget());
		}
		return new MemberKpis(employee, kpis, contribution(employee, month));
	}

	static List<Metric> measuredMetrics(Position position) {
		if (position == null) {
			return List.of(Metric.TURNOVER, Metric.GROSS_MARGIN);
		}
		List<Metric> metrics = new ArrayList<>(Metric.kpiSet(position));
		if (position == Position.MARKETER) {
			metrics.add(Metric.ATTRIBUTED_TURNOVER);
			metrics.add(Metric.ATTRIBUTED_MARGIN);
		}
		return metrics;
	}

	/**
	 * The actual of {@code metric} for one person: the one place every KPI formula of
	 * SPEC §3 is written.
	 */
	public static BigDecimal actual(Metric metric, long employee, PeriodFigures f) {
		LeadCounts leads = f.leads().of(employee);
		return switch (metric) {
			case LEADS -> BigDecimal.valueOf(leads.leads());
			case SPEND -> f.spend().of(employee);
			case COST_PER_LEAD -> Ratios.perUnit(f.spend().of(employee), leads.leads());
			case LEAD_CONVERSION -> Ratios.share(leads.converted(), leads.leads());
			case ATTRIBUTED_TURNOVER -> f.deals().attributedTo(employee).revenue();
			case ATTRIBUTED_MARGIN -> f.deals().attributedTo(employee).margin();
			case TURNOVER -> f.deals().of(employee).deals().revenue();
			case GROSS_MARGIN -> f.deals().of(employee).deals().margin();
			case NEW_CLIENTS -> BigDecimal.valueOf(f.deals().newClientsOf(employee));
			case ACTIVE_CLIENTS -> BigDecimal.valueOf(f.deals().of(employee).activeClients());
		};
	}

	private static Contribution contribution(Employee employee, Month month) {
		PeriodFigures f = month.figures;
		DealTotals company = f.deals().closed();
		BigDecimal turnoverTarget = month.goal == null ? null : month.goal.getTurnoverTarget();
		DealTotals own = f.deals().of(employee.getId()).deals();
		DealTotals attributed = f.deals().attributedTo(employee.getId());
		Position position = employee.getPosition();
		boolean sells = (position != null && position.sells()) || own.count() > 0;
		boolean markets = position == Position.MARKETER || attributed.count() > 0;
		return new Contribution(sells ? new Share(own, company, turnoverTarget) : null,
				markets ? new Share(attributed, company, turnoverTarget) : null);
	}

	private record Month(PeriodFigures figures, Pace pace, SharedGoal goal,
			Map<Long, Map<Metric, BigDecimal>> targets) {
	}

}
