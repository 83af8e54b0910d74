package app.tandem.bonuses;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.tandem.bonuses.BonusInputs.BonusWeightInput;
import app.tandem.bonuses.BonusInputs.SetBonusSchemeInput;
import app.tandem.bonuses.BonusScheme.BonusWeight;
import app.tandem.goals.Metric;
import app.tandem.kpi.KpiService;
import app.tandem.kpi.MonthStandings;
import app.tandem.people.Employee;
import app.tandem.people.EmployeeDirectory;
import app.tandem.people.Position;
import app.tandem.people.Viewer;
import app.tandem.people.Viewers;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.Ids;
import app.tandem.shared.InputCheck;
import app.tandem.shared.TandemException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bonuses tied to the one shared plan (SPEC §9): owners set a scheme per position and
 * run, close and read everyone's bonuses; each person reads only their own.
 */
@Service
public class BonusService {

	private static final BigDecimal MAX_CAP = BigDecimal.TEN;

	private static final int RATIO_PLACES = 4;

	private final BonusSchemes schemes;

	private final ClosedBonusRuns closedRuns;

	private final KpiService kpis;

	private final EmployeeDirectory people;

	private final Viewers viewers;

	private final CompanyCalendar calendar;

	BonusService(BonusSchemes schemes, ClosedBonusRuns closedRuns, KpiService kpis, EmployeeDirectory people,
			Viewers viewers, CompanyCalendar calendar) {
		this.schemes = schemes;
		this.closedRuns = closedRuns;
		this.kpis = kpis;
		this.people = people;
		this.viewers = viewers;
		this.calendar = calendar;
	}

	@Transactional(readOnly = true)
	public List<BonusScheme> schemes() {
		this.viewers.requireOwner();
		return this.schemes.all();
	}

	/** Owner only: every change to the schemes (or one position's), newest first. */
	@Transactional(readOnly = true)
	public List<BonusSchemeChange> schemeHistory(Position position) {
		this.viewers.requireOwner();
		return this.schemes.history(position);
	}

	@Transactional
	public BonusScheme setScheme(SetBonusSchemeInput input) {
		Viewer owner = this.viewers.requireOwner();
		BonusScheme scheme = checked(input);
		return this.schemes.save(scheme, input.expectedVersion(), owner.id(), this.calendar.now());
	}

	/** The person themself and owners; a colleague's bonus is never shown. */
	@Transactional(readOnly = true)
	public Bonus bonus(String employeeId, YearMonth period) {
		Viewer viewer = this.viewers.current();
		Long id = Ids.parse(employeeId, "employeeId");
		if (!viewer.isOwner() && !viewer.isSelf(id)) {
			throw TandemException.forbidden("employeeId", "A bonus is seen only by its person and owners");
		}
		Employee employee = this.people.require(id, "employeeId");
		var frozen = this.closedRuns.run(period);
		if (frozen.isPresent()) {
			return frozen.get()
				.bonuses()
				.stream()
				.filter((b) -> b.employeeId() == id)
				.findFirst()
				.orElseGet(() -> live(employee, period, this.kpis.standings(period)).frozen());
		}
		return live(employee, period, this.kpis.standings(period));
	}

	@Transactional(readOnly = true)
	public BonusRun run(YearMonth period) {
		this.viewers.requireOwner();
		return this.closedRuns.run(period).orElseGet(() -> liveRun(period));
	}

	/**
	 * Freezes a closed month's run: later corrections of its records change no payout.
	 */
	@Transactional
	public BonusRun close(YearMonth period) {
		Viewer owner = this.viewers.requireOwner();
		new InputCheck().require(period, "period").throwIfInvalid();
		if (!period.isBefore(this.calendar.currentPeriod())) {
			throw TandemException.badInput("period", "Only a month that is over can be closed; " + period + " is not");
		}
		if (this.closedRuns.isClosed(period)) {
			throw TandemException.conflict("period", "The bonus run of " + period + " is closed already");
		}
		BonusRun run = liveRun(period);
		this.closedRuns.freeze(run, owner.id(), this.calendar.now());
		return this.closedRuns.run(period).orElseThrow();
	}

	private BonusRun liveRun(YearMonth period) {
		MonthStandings standings = this.kpis.standings(period);
		Map<Long, Employee> measured = this.people.byIds(standings.people().keySet());
		List<Bonus> bonuses = measured.values()
			.stream()
			.sorted(Comparator.comparing(Employee::getFullName).thenComparing(Employee::getId))
			.map((e) -> live(e, period, standings))
			.toList();
		return new BonusRun(period, bonuses, standings.grossMargin().actual(), false);
	}

	private Bonus live(Employee employee, YearMonth period, MonthStandings standings) {
		BonusScheme scheme = employee.getPosition() == null ? null
				: this.schemes.of(employee.getPosition()).orElse(null);
		return BonusCalculator.bonus(employee.getId(), period, scheme, standings);
	}

	private static BonusScheme checked(SetBonusSchemeInput input) {
		InputCheck check = new InputCheck();
		check.require(input.position(), "position")
			.money(input.targetBonus(), "targetBonus")
			.require(input.sharedMetric(), "sharedMetric")
			.when(input.sharedMetric() != null && input.sharedMetric() != Metric.TURNOVER
					&& input.sharedMetric() != Metric.GROSS_MARGIN, "sharedMetric",
					"sharedMetric must be TURNOVER or GROSS_MARGIN");
		BigDecimal gate = ratio(check, input.gate(), "gate", BigDecimal.ZERO, BigDecimal.ONE);
		BigDecimal cap = ratio(check, input.cap(), "cap", BigDecimal.ONE, MAX_CAP);
		List<BonusWeight> weights = weights(check, input);
		check.throwIfInvalid();
		return new BonusScheme(0, input.position(), input.targetBonus(), input.sharedMetric(), gate, cap, weights, 0);
	}

	private static List<BonusWeight> weights(InputCheck check, SetBonusSchemeInput input) {
		List<BonusWeightInput> given = input.weights();
		if (given == null || given.isEmpty()) {
			check.add("weights", "weights must name at least one of the position's KPIs");
			return List.of();
		}
		List<Metric> allowed = input.position() == null ? List.of() : Metric.plannable(input.position());
		List<BonusWeight> weights = new ArrayList<>();
		Set<Metric> seen = new HashSet<>();
		BigDecimal sum = BigDecimal.ZERO;
		for (BonusWeightInput weight : given) {
			if (weight == null || weight.metric() == null || weight.weight() == null) {
				check.add("weights", "Each weight needs a metric and a weight");
				continue;
			}
			if (input.position() != null && !allowed.contains(weight.metric())) {
				check.add("weights",
						weight.metric() + " is not a KPI of " + input.position() + " (allowed: " + allowed + ")");
			}
			if (!seen.add(weight.metric())) {
				check.add("weights", weight.metric() + " is weighted twice");
			}
			BigDecimal value = BigDecimal.valueOf(weight.weight());
			if (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0) {
				check.add("weights", "Each weight must be above 0 and at most 1");
			}
			else if (value.stripTrailingZeros().scale() > RATIO_PLACES) {
				check.add("weights", "A weight has at most " + RATIO_PLACES + " decimal places");
			}
			sum = sum.add(value);
			weights.add(new BonusWeight(weight.metric(), value));
		}
		if (!check.hasErrorFor("weights") && sum.compareTo(BigDecimal.ONE) != 0) {
			check.add("weights",
					"The weights must sum to 1 (they sum to " + sum.stripTrailingZeros().toPlainString() + ")");
		}
		return weights;
	}

	private static BigDecimal ratio(InputCheck check, Double value, String field, BigDecimal min, BigDecimal max) {
		check.require(value, field);
		if (value == null) {
			return null;
		}
		BigDecimal ratio = BigDecimal.valueOf(value);
		check
			.when(ratio.compareTo(min) < 0 || ratio.compareTo(max) > 0, field,
					field + " must be from " + min + " to " + max)
			.when(ratio.stripTrailingZeros().scale() > RATIO_PLACES, field,
					field + " has at most " + RATIO_PLACES + " decimal places");
		return ratio;
	}

}
