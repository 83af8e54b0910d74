package app.tandem.goals;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A target moved (published inside the writing transaction): a personal plan of
 * {@code employeeId}, or the shared goal when {@code employeeId} is null — once per write
 * of the goal, though it may move both its targets. Notifications tell the people it
 * concerns (docs/notifications.md).
 *
 * @param metric the target that moved; null when a goal write moved both turnover and
 * gross margin
 * @param changeId the (first) audit row ({@code plan_change.id}) that records it
 * @param changedBy the owner who changed it
 */
public record PlanChanged(YearMonth period, Long employeeId, Metric metric, long changeId, long changedBy, Instant at) {

	public boolean sharedGoal() {
		return this.employeeId == null;
	}

}
