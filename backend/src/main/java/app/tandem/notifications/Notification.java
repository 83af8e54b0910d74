package app.tandem.notifications;

import java.time.Instant;
import java.time.YearMonth;

import app.tandem.goals.Metric;
import app.tandem.kpi.PaceStatus;

/**
 * One notice to one person. {@code metric}, {@code status} and {@code leadId} are the
 * parameters its kind uses (null otherwise); {@code readAt} is null while unread.
 */
record Notification(long id, long employeeId, NotificationKind kind, YearMonth period, Metric metric, PaceStatus status,
		Long leadId, Instant createdAt, Instant readAt) {

	boolean read() {
		return this.readAt != null;
	}

}
