package app.tandem.records;

import java.time.YearMonth;

/**
 * A lead was handed to {@code assigneeId} by someone else (recorded with them as
 * assignee, or re-assigned to them), published inside the writing transaction. Taking a
 * lead oneself is not an event: nobody needs telling.
 *
 * @param period the month the lead counts in (its creation, company time)
 * @param changeId the history row ({@code record_change.id}) of the write
 */
public record LeadAssigned(long leadId, long assigneeId, YearMonth period, long assignedBy, long changeId) {
}
