package app.tandem.analytics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

import app.tandem.analytics.FunnelHistory.Sums;
import app.tandem.analytics.VarianceViews.BaselineSource;
import app.tandem.analytics.VarianceViews.Decomposition;
import app.tandem.analytics.VarianceViews.FactorView;
import app.tandem.analytics.VarianceViews.VarianceDecomposition;
import app.tandem.analytics.VarianceViews.VarianceFactor;
import app.tandem.analytics.VarianceViews.VariancePart;
import app.tandem.people.Viewers;
import app.tandem.shared.CompanyCalendar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Why the plan was missed: lead-sourced turnover = leads × conversion × average deal (× margin
 * % for margin), each factor substituted in turn from the baseline to the actual. The last part
 * takes the rounding remainder, so the parts add up to the difference to the kopeck.
 */
@Service
public class VarianceService {

	private static final MathContext EXACT = MathContext.DECIMAL128;

	private final FunnelHistory history;

	private final PlanBaselineRepository baselines;

	private final Viewers viewers;

	private final CompanyCalendar calendar;

	VarianceService(FunnelHistory history, PlanBaselineRepository baselines, Viewers viewers, CompanyCalendar calendar) {
		this.history = history;
		this.baselines = baselines;
		this.viewers = viewers;
		this.calendar = calendar;
	}

	@Transactional(readOnly = true)
	public VarianceDecomposition decompose(YearMonth period) {
		this.viewers.current();
		Factors actual = Factors.of(this.history.sums(this.calendar.range(period)));
		PlanBaseline plan = this.baselines.findByMonth(period.toString()).orElse(null);
		Factors baseline = plan != null ? Factors.of(plan)
				: Factors.of(this.history.sums(this.calendar.range(period.minusMonths(1))));
		return new VarianceDecomposition(period, plan != null ? BaselineSource.APPLIED_PLAN : BaselineSource.PREVIOUS_PERIOD,
				plan != null ? null : period.minusMonths(1), baseline.view(), actual.view(),
				turnover(baseline, actual), margin(baseline, actual));
	}

	private static Decomposition turnover(Factors b, Factors a) {
		BigDecimal difference = a.turnover().subtract(b.turnover());
		BigDecimal volume = kopecks(a.leads.subtract(b.leads).multiply(b.conversion).multiply(b.averageDeal));
		BigDecimal conversion = kopecks(a.leads.multiply(a.conversion.subtract(b.conversion)).multiply(b.averageDeal));
		BigDecimal dealSize = difference.subtract(volume).subtract(conversion);
		return new Decomposition(b.turnover(), a.turnover(), difference,
				List.of(new VariancePart(VarianceFactor.LEAD_VOLUME, volume),
						new VariancePart(VarianceFactor.CONVERSION, conversion),
						new VariancePart(VarianceFactor.DEAL_SIZE, dealSize)));
	}

	private static Decomposition margin(Factors b, Factors a) {
		BigDecimal difference = a.margin().subtract(b.margin());
		BigDecimal volume = kopecks(
				a.leads.subtract(b.leads).multiply(b.conversion).multiply(b.averageDeal).multiply(b.marginPercent));
		BigDecimal conversion = kopecks(a.leads.multiply(a.conversion.subtract(b.conversion))
			.multiply(b.averageDeal)
			.multiply(b.marginPercent));
		BigDecimal dealSize = kopecks(a.leads.multiply(a.conversion)
			.multiply(a.averageDeal.subtract(b.averageDeal))
			.multiply(b.marginPercent));
		BigDecimal rate = difference.subtract(volume).subtract(conversion).subtract(dealSize);
		return new Decomposition(b.margin(), a.margin(), difference,
				List.of(new VariancePart(VarianceFactor.LEAD_VOLUME, volume),
						new VariancePart(VarianceFactor.CONVERSION, conversion),
						new VariancePart(VarianceFactor.DEAL_SIZE, dealSize),
						new VariancePart(VarianceFactor.MARGIN_RATE, rate)));
	}

	private static BigDecimal kopecks(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	/** L, C, A and M, exact; an undefined ratio (nothing to divide by) is 0. */
	private record Factors(BigDecimal leads, BigDecimal conversion, BigDecimal averageDeal, BigDecimal marginPercent) {

		static Factors of(Sums sums) {
			BigDecimal leads = BigDecimal.valueOf(sums.leads());
			BigDecimal deals = BigDecimal.valueOf(sums.fromLeads().count());
			BigDecimal revenue = sums.fromLeads().revenue();
			return new Factors(leads, ratio(deals, leads), ratio(revenue, deals), ratio(sums.fromLeads().margin(), revenue));
		}

		static Factors of(PlanBaseline plan) {
			return new Factors(BigDecimal.valueOf(plan.leads()), plan.leadConversion(), plan.averageDeal(),
					plan.marginPercent());
		}

		private static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
			return whole.signum() == 0 ? BigDecimal.ZERO : part.divide(whole, EXACT);
		}

		BigDecimal turnover() {
			return kopecks(this.leads.multiply(this.conversion).multiply(this.averageDeal));
		}

		BigDecimal margin() {
			return kopecks(this.leads.multiply(this.conversion).multiply(this.averageDeal).multiply(this.marginPercent));
		}

		FactorView view() {
			return new FactorView(this.leads.longValue(), this.conversion.doubleValue(), kopecks(this.averageDeal),
					this.marginPercent.doubleValue(), turnover(), margin());
		}

	}

}
