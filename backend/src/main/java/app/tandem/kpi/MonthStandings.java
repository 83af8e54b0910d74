package app.tandem.kpi;

import java.time.YearMonth;
import java.util.Map;

import app.tandem.goals.Metric;

/**
 * A month's standings for everyone measured in it and for the company against the shared
 * goal. No viewer rule is applied: the caller decides who may see what (bonuses show a
 * person only their own).
 *
 * @param current the month is under way (forecasts mean something)
 * @param closed the month is over
 * @param turnover the company's turnover against the shared goal's target
 * @param grossMargin the company's gross margin against the shared goal's target
 * @param people employee id → each metric they are measured on
 */
public record MonthStandings(YearMonth period, boolean current, boolean closed, Standing turnover, Standing grossMargin,
		Map<Long, Map<Metric, Standing>> people) {
}
