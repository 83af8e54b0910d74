package app.tandem.digest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.tandem.analytics.VarianceService;
import app.tandem.analytics.VarianceViews.Responsibility;
import app.tandem.analytics.VarianceViews.VarianceDecomposition;
import app.tandem.analytics.VarianceViews.VariancePart;
import app.tandem.bonuses.Bonus;
import app.tandem.bonuses.BonusService;
import app.tandem.company.PeriodDays;
import app.tandem.company.WorkingDays;
import app.tandem.digest.DigestView.BonusView;
import app.tandem.digest.DigestView.KpiLine;
import app.tandem.digest.DigestView.MemberLine;
import app.tandem.digest.DigestView.OwnerView;
import app.tandem.goals.Metric;
import app.tandem.kpi.KpiService;
import app.tandem.kpi.KpiViews.Contribution;
import app.tandem.kpi.KpiViews.Dashboard;
import app.tandem.kpi.KpiViews.Kpi;
import app.tandem.kpi.KpiViews.MemberKpis;
import app.tandem.people.Employee;
import app.tandem.people.Language;
import app.tandem.people.Viewers;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.CompanySettings;
import app.tandem.shared.PeriodRange;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the signed-in person's digest from the services the GraphQL API answers with
 * (employeeKpis, bonus, dashboard, varianceDecomposition), so the e-mail shows the app's
 * figures, statuses and "too early to tell". The job calls it acting as each person in
 * turn; the preview as the viewer.
 */
@Component
class DigestComposer {

	private final KpiService kpis;

	private final BonusService bonuses;

	private final VarianceService variance;

	private final WorkingDays workingDays;

	private final Viewers viewers;

	private final app.tandem.people.EmployeeDirectory people;

	private final CompanyCalendar calendar;

	private final CompanySettings company;

	private final DigestTemplates templates;

	private final DigestProperties properties;

	private final String appUrl;

	DigestComposer(KpiService kpis, BonusService bonuses, VarianceService variance, WorkingDays workingDays,
			Viewers viewers, app.tandem.people.EmployeeDirectory people, CompanyCalendar calendar,
			CompanySettings company, DigestTemplates templates, DigestProperties properties,
			@Value("${tandem.public-url:}") String publicUrl) {
		this.kpis = kpis;
		this.bonuses = bonuses;
		this.variance = variance;
		this.workingDays = workingDays;
		this.viewers = viewers;
		this.people = people;
		this.calendar = calendar;
		this.company = company;
		this.templates = templates;
		this.properties = properties;
		this.appUrl = publicUrl.isBlank() ? "http://localhost:8080/"
				: publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
	}

	/** The signed-in person's digest as it would be sent now. */
	@Transactional(readOnly = true)
	public Digest compose(boolean mailConfigured) {
		Employee me = this.people.require(this.viewers.current().id(), "employeeId");
		Language language = me.getLanguage() != null ? me.getLanguage() : this.properties.defaultLanguage();
		Locale locale = language.locale();
		DigestWeek week = DigestWeek.before(this.calendar.today());
		DigestView view = view(me, week, new DigestFormat(locale, this.company.currency()), locale);
		String dates = new DigestFormat(locale, this.company.currency()).days(week.firstDay(), week.lastDay());
		String subject = this.templates.message(me.isOwner() ? "subject.owner" : "subject", locale, dates);
		return new Digest(subject, this.templates.html(view, locale, mailConfigured),
				this.templates.text(view, locale, mailConfigured), language, week, mailConfigured);
	}

	private DigestView view(Employee me, DigestWeek week, DigestFormat format, Locale locale) {
		String id = me.getId().toString();
		PeriodDays days = this.workingDays.days(this.calendar.range(week.period()), this.calendar.today());
		MemberKpis mine = this.kpis.employeeKpis(id, week.period(), null);
		Map<Metric, BigDecimal> lastWeek = this.kpis.actuals(me.getId(),
				PeriodRange.ofDays(week.firstDay(), week.dayAfter(), this.calendar.zone()));
		List<KpiLine> lines = mine.kpis()
			.stream()
			.map((kpi) -> line(kpi, lastWeek.get(kpi.metric()), format, locale))
			.toList();
		Bonus bonus = this.bonuses.bonus(id, week.period());
		BonusView bonusView = bonus.reason() != null
				? new BonusView(null, null, this.templates.message("bonus." + bonus.reason().name(), locale))
				: new BonusView(format.money(bonus.payout()), format.money(bonus.forecastPayout()), null);
		return new DigestView(me.getFullName(), me.isOwner(), format.days(week.firstDay(), week.lastDay()),
				format.month(week.period()), format.percent(days.fraction()), days.early(), lines,
				contribution(mine.contribution(), format, locale), bonusView,
				me.isOwner() ? owner(week, format, locale) : null, this.appUrl);
	}

	private KpiLine line(Kpi kpi, BigDecimal week, DigestFormat format, Locale locale) {
		Metric metric = kpi.metric();
		return new KpiLine(this.templates.message("metric." + metric.name(), locale),
				this.templates.message("status." + kpi.status().name(), locale), kpi.status().name(),
				format.value(metric, kpi.actual()), format.value(metric, kpi.target()),
				format.percent(kpi.completion()), format.value(metric, kpi.forecast()), format.value(metric, week));
	}

	private List<String> contribution(Contribution c, DigestFormat format, Locale locale) {
		List<String> lines = new ArrayList<>();
		if (c.turnover() != null) {
			lines.add(c.shareOfTarget() != null
					? this.templates.message("contribution.sales", locale, format.money(c.turnover()),
							format.percent(c.turnoverShare()), format.percent(c.shareOfTarget()))
					: this.templates.message("contribution.salesNoGoal", locale, format.money(c.turnover()),
							format.percent(c.turnoverShare())));
		}
		if (c.attributedTurnover() != null) {
			lines.add(c.attributedShareOfTarget() != null
					? this.templates.message("contribution.marketing", locale, format.money(c.attributedTurnover()),
							format.percent(c.attributedTurnoverShare()), format.percent(c.attributedShareOfTarget()))
					: this.templates.message("contribution.marketingNoGoal", locale,
							format.money(c.attributedTurnover()), format.percent(c.attributedTurnoverShare())));
		}
		if (lines.isEmpty()) {
			lines.add(this.templates.message("contribution.none", locale));
		}
		return lines;
	}

	private OwnerView owner(DigestWeek week, DigestFormat format, Locale locale) {
		Dashboard dashboard = this.kpis.dashboard(week.period(), null);
		List<KpiLine> plan = List.of(line(dashboard.turnoverKpi(), null, format, locale),
				line(dashboard.grossMarginKpi(), null, format, locale));
		List<MemberLine> members = dashboard.members()
			.stream()
			.filter((m) -> m.employee().isActive())
			.map((m) -> new MemberLine(m.employee().getFullName(),
					this.templates.message(m.employee().getPosition() == null ? "position.none"
							: "position." + m.employee().getPosition().name(), locale),
					m.kpis().stream().map((kpi) -> line(kpi, null, format, locale)).toList()))
			.toList();
		return new OwnerView(plan, members, verdict(this.variance.decompose(week.period()), format, locale));
	}

	/**
	 * The gap by cause in words, as the Analytics screen reads it: blame only for an
	 * EXPLAINED month.
	 */
	private List<String> verdict(VarianceDecomposition v, DigestFormat format, Locale locale) {
		return switch (v.reading()) {
			case EARLY -> List.of(this.templates.message("verdict.early", locale, format.percent(v.elapsedFraction())));
			case NO_BASELINE -> List.of(this.templates.message("verdict.noBaseline", locale));
			case EXPLAINED -> {
				BigDecimal marketing = part(v, Responsibility.MARKETING);
				BigDecimal sales = part(v, Responsibility.SALES);
				String against = "verdict.against." + v.baselineSource().name()
						+ (v.basis().name().equals("FULL_PERIOD") && v.baselineSource().name().equals("APPLIED_PLAN")
								? ".closed" : "");
				String lead = marketing.min(sales).signum() >= 0 ? "NONE"
						: marketing.compareTo(sales) < 0 ? "MARKETING" : "SALES";
				yield List.of(
						this.templates.message("verdict.gap", locale, this.templates.message(against, locale),
								signed(format, v.turnover().difference())),
						this.templates.message("verdict.marketing", locale, signed(format, marketing)),
						this.templates.message("verdict.sales", locale, signed(format, sales)),
						this.templates.message("verdict.lead." + lead, locale));
			}
		};
	}

	private static BigDecimal part(VarianceDecomposition v, Responsibility who) {
		return v.turnover()
			.parts()
			.stream()
			.filter((p) -> p.responsibility() == who)
			.map(VariancePart::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static String signed(DigestFormat format, BigDecimal amount) {
		return (amount.signum() > 0 ? "+" : "") + format.money(amount);
	}

}
