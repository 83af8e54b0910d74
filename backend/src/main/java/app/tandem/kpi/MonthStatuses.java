package app.tandem.kpi;

import java.time.YearMonth;
import java.util.Map;

import app.tandem.goals.Metric;

/**
 * A month's KPI statuses for every active person and for the shared goal, with no viewer
 * rule applied: for modules that act on a status changing (notifications), which decide
 * themselves who is told what.
 *
 * @param goal the shared goal's turnover and gross margin (NO_PLAN without a goal)
 * @param people active employee id → the status of each metric they are measured on
 */
public record MonthStatuses(YearMonth period, Map<Metric, PaceStatus> goal, Map<Long, Map<Metric, PaceStatus>> people) {
}
