package app.tandem.analytics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

import app.tandem.analytics.VarianceViews.BaselineSource;
import app.tandem.analytics.VarianceViews.Decomposition;
import app.tandem.analytics.VarianceViews.FactorView;
import app.tandem.analytics.VarianceViews.Reading;
import app.tandem.analytics.VarianceViews.VarianceBasis;
import app.tandem.analytics.VarianceViews.VarianceDecomposition;
import app.tandem.analytics.VarianceViews.VarianceFactor;
import app.tandem.analytics.VarianceViews.VariancePart;
import app.tandem.analytics.VarianceViews.VarianceReading;
import app.tandem.company.PeriodDays;
import app.tandem.company.WorkingDays;
import app.tandem.kpi.DealTotals;
import app.tandem.kpi.KpiQueries;
import app.tandem.kpi.PeriodFigures;
import app.tandem.people.Viewers;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.PeriodRange;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Why the plan was missed: lead-sourced turnover = leads × deals per lead × average deal
 * (× margin % for margin), each factor substituted in turn from the baseline to the
 * actual. The last part takes the rounding remainder, so the parts add up to the
 * difference to the kopeck. The current month is compared with the plan to date (SPEC
 * §7): the baseline's leads × f.
 */
@Service
public class VarianceService {

	private static final MathContext EXACT = MathContext.DECIMAL128;

	private final KpiQueries queries;

	private final PlanBaselineRepository baselines;

	private final Viewers viewers;

	private final CompanyCalendar calendar;

	private final WorkingDays workingDays;

	VarianceService(KpiQueries queries, PlanBaselineRepository baselines, Viewers viewers, CompanyCalendar calendar,
			WorkingDays workingDays) {
		this.queries = queries;
		this.baselines = baselines;
		this.viewers = viewers;
		this.calendar = calendar;
		this.workingDays = workingDays;
	}

	@Transactional(readOnly = true)
	public VarianceDecomposition decompose(YearMonth period) {
		this.viewers.requireSignedIn();
		PeriodRange range = this.calendar.range(period);
		PeriodDays days = this.workingDays.days(range, this.calendar.today());
		BigDecimal f = days.fraction();
		Factors actual = Factors.of(this.queries.figures(range));
		PlanBaseline plan = this.baselines.findByMonth(period.toString()).orElse(null);
		Factors full = plan != null ? Factors.of(plan)
				: Factors.of(this.queries.figures(this.calendar.range(period.minusMonths(1))));
		Factors baseline = days.closed() ? full : full.toDate(f);
		VarianceReading reading = days.early() ? VarianceReading.EARLY
				: full.turnover().signum() == 0 ? VarianceReading.NO_BASELINE : VarianceReading.EXPLAINED;
		Reading how = new Reading(reading, days.closed() ? VarianceBasis.FULL_PERIOD : VarianceBasis.TO_DATE,
				f.doubleValue());
		return new VarianceDecomposition(period, how,
				plan != null ? BaselineSource.APPLIED_PLAN : BaselineSource.PREVIOUS_PERIOD,
				plan != null ? null : period.minusMonths(1), baseline.view(), actual.view(), turnover(baseline, actual),
				margin(baseline, actual));
	}

	private static Decomposition turnover(Factors b, Factors a) {
		BigDecimal difference = a.turnover().subtract(b.turnover());
		BigDecimal volume = kopecks(a.leads.subtract(b.leads).multiply(b.dealsPerLead).multiply(b.averageDeal));
		BigDecimal rate = kopecks(a.leads.multiply(a.dealsPerLead.subtract(b.dealsPerLead)).multiply(b.averageDeal));
		BigDecimal dealSize = difference.subtract(volume).subtract(rate);
		return new Decomposition(b.turnover(), a.turnover(), difference,
				List.of(new VariancePart(VarianceFactor.LEAD_VOLUME, volume),
						new VariancePart(VarianceFactor.CONVERSION, rate),
						new VariancePart(VarianceFactor.DEAL_SIZE, dealSize)));
	}

	private static Decomposition margin(Factors b, Factors a) {
		BigDecimal difference = a.margin().subtract(b.margin());
		BigDecimal volume = kopecks(
				a.leads.subtract(b.leads).multiply(b.dealsPerLead).multiply(b.averageDeal).multiply(b.marginPercent));
		BigDecimal rate = kopecks(a.leads.multiply(a.dealsPerLead.subtract(b.dealsPerLead))
			.multiply(b.averageDeal)
			.multiply(b.marginPercent));
		BigDecimal dealSize = kopecks(a.leads.multiply(a.dealsPerLead)
			.multiply(a.averageDeal.subtract(b.averageDeal))
			.multiply(b.marginPercent));
		BigDecimal marginRate = difference.subtract(volume).subtract(rate).subtract(dealSize);
		return new Decomposition(b.margin(), a.margin(), difference,
				List.of(new VariancePart(VarianceFactor.LEAD_VOLUME, volume),
						new VariancePart(VarianceFactor.CONVERSION, rate),
						new VariancePart(VarianceFactor.DEAL_SIZE, dealSize),
						new VariancePart(VarianceFactor.MARGIN_RATE, marginRate)));
	}

	private static BigDecimal kopecks(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * L, D/L (deals per lead), A and M, exact; an undefined ratio (nothing to divide by)
	 * is 0.
	 */
	private record Factors(BigDecimal leads, BigDecimal dealsPerLead, BigDecimal averageDeal,
			BigDecimal marginPercent) {

		static Factors of(PeriodFigures figures) {
			BigDecimal leads = BigDecimal.valueOf(figures.leads().total().leads());
			DealTotals fromLeads = figures.deals().leadSourced();
			BigDecimal deals = BigDecimal.valueOf(fromLeads.count());
			return new Factors(leads, ratio(deals, leads), ratio(fromLeads.revenue(), deals),
					ratio(fromLeads.margin(), fromLeads.revenue()));
		}

		static Factors of(PlanBaseline plan) {
			return new Factors(BigDecimal.valueOf(plan.leads()), plan.dealsPerLead(), plan.averageDeal(),
					plan.marginPercent());
		}

		/**
		 * The plan to date: only the leads scale with the elapsed fraction; rate and deal
		 * size do not.
		 */
		Factors toDate(BigDecimal fraction) {
			return new Factors(this.leads.multiply(fraction, EXACT), this.dealsPerLead, this.averageDeal,
					this.marginPercent);
		}

		private static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
			return whole.signum() == 0 ? BigDecimal.ZERO : part.divide(whole, EXACT);
		}

		BigDecimal turnover() {
			return kopecks(this.leads.multiply(this.dealsPerLead).multiply(this.averageDeal));
		}

		BigDecimal margin() {
			return kopecks(
					this.leads.multiply(this.dealsPerLead).multiply(this.averageDeal).multiply(this.marginPercent));
		}

		FactorView view() {
			return new FactorView(this.leads.doubleValue(), this.dealsPerLead.doubleValue(), kopecks(this.averageDeal),
					this.marginPercent.doubleValue(), turnover(), margin());
		}

	}

}
