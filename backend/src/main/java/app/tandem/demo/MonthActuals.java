package app.tandem.demo;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import app.tandem.demo.DemoRecords.Client;
import app.tandem.demo.DemoRecords.Deal;
import app.tandem.demo.DemoRecords.Lead;
import app.tandem.goals.Metric;

/**
 * What each person's KPIs (SPEC §3) come to per month, so that plans can be set just
 * above or below them. Conversion counts every lead's eventual fate: plans aim at the
 * matured figure.
 *
 * <p>
 * The current month is extrapolated as {@code soFar + (1 − f) × wholeMonth}, f being the
 * elapsed fraction: late in the month that is close to the KPI engine's own pace forecast
 * (soFar / f), so today's statuses tell the intended story; early on, when a few days say
 * little, it leans on what the story's month will reach.
 */
final class MonthActuals {

	private final Map<String, Double> sums = new HashMap<>();

	private final Map<String, Set<Integer>> clientsSoFar = new HashMap<>();

	private final Map<String, Set<Integer>> clientsWholeMonth = new HashMap<>();

	private final YearMonth current;

	private final double rest;

	private MonthActuals(DemoTime time) {
		this.current = YearMonth.from(time.today());
		this.rest = 1 - (double) time.today().getDayOfMonth() / this.current.lengthOfMonth();
	}

	static MonthActuals of(DemoStory story) {
		SoFar soFar = new SoFar(story);
		MonthActuals actuals = new MonthActuals(story.time);
		for (Lead lead : story.leads) {
			double weight = actuals.weight(YearMonth.from(lead.createdOn()), soFar.happened(lead));
			actuals.add(YearMonth.from(lead.createdOn()), lead.marketerId(), "LEADS", weight);
			actuals.add(YearMonth.from(lead.createdOn()), lead.marketerId(), "WON", lead.won() ? weight : 0);
		}
		story.spend.forEach((spend) -> actuals.add(YearMonth.from(spend.day()), spend.marketerId(), "SPEND",
				actuals.weight(YearMonth.from(spend.day()), soFar.happened(spend)) * spend.amount().doubleValue()));
		for (Client client : story.clients) {
			YearMonth month = YearMonth.from(client.firstDealOn());
			actuals.add(month, client.acquiredBy(), "NEW_CLIENTS", actuals.weight(month, soFar.happened(client)));
		}
		for (Deal deal : story.deals) {
			actuals.countDeal(deal, story, soFar.happened(deal));
		}
		return actuals;
	}

	private void countDeal(Deal deal, DemoStory story, boolean happened) {
		YearMonth month = YearMonth.from(deal.closedOn());
		double weight = weight(month, happened);
		add(month, deal.salespersonId(), "TURNOVER", weight * deal.revenue().doubleValue());
		add(month, deal.salespersonId(), "GROSS_MARGIN", weight * deal.margin().doubleValue());
		add(month, 0, "COMPANY_TURNOVER", weight * deal.revenue().doubleValue());
		if (deal.leadIndex() >= 0) {
			add(month, story.leads.get(deal.leadIndex()).marketerId(), "ATTRIBUTED_TURNOVER",
					weight * deal.revenue().doubleValue());
		}
		if (story.clients.get(deal.clientIndex()).firstDealOn().isBefore(month.atDay(1))) {
			String key = key(month, deal.salespersonId(), "ACTIVE_CLIENTS");
			this.clientsWholeMonth.computeIfAbsent(key, (k) -> new HashSet<>()).add(deal.clientIndex());
			if (happened) {
				this.clientsSoFar.computeIfAbsent(key, (k) -> new HashSet<>()).add(deal.clientIndex());
			}
		}
	}

	/**
	 * What has happened counts in full; in the current month, the whole month adds its
	 * remaining share.
	 */
	private double weight(YearMonth month, boolean happened) {
		return (happened ? 1 : 0) + (month.equals(this.current) ? this.rest : 0);
	}

	BigDecimal companyTurnover(YearMonth month) {
		return BigDecimal.valueOf(sum(month, 0, "COMPANY_TURNOVER"));
	}

	/** Null when the metric is undefined (no leads for a ratio). */
	BigDecimal of(YearMonth month, long employee, Metric metric) {
		double leads = sum(month, employee, "LEADS");
		return switch (metric) {
			case COST_PER_LEAD -> leads == 0 ? null : BigDecimal.valueOf(sum(month, employee, "SPEND") / leads);
			case LEAD_CONVERSION -> leads == 0 ? null : BigDecimal.valueOf(sum(month, employee, "WON") / leads);
			case ACTIVE_CLIENTS -> BigDecimal.valueOf(activeClients(month, key(month, employee, metric.name())));
			default -> BigDecimal.valueOf(sum(month, employee, metric.name()));
		};
	}

	private double activeClients(YearMonth month, String key) {
		double soFar = this.clientsSoFar.getOrDefault(key, Set.of()).size();
		return month.equals(this.current)
				? soFar + this.rest * this.clientsWholeMonth.getOrDefault(key, Set.of()).size() : soFar;
	}

	private void add(YearMonth month, long employee, String figure, double amount) {
		this.sums.merge(key(month, employee, figure), amount, Double::sum);
	}

	private double sum(YearMonth month, long employee, String figure) {
		return this.sums.getOrDefault(key(month, employee, figure), 0.0);
	}

	private static String key(YearMonth month, long employee, String figure) {
		return month + "/" + employee + "/" + figure;
	}

}
