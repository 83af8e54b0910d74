package app.tandem.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.tandem.imports.PlannedRow.LeadRow;
import app.tandem.imports.PlannedRow.Sale;
import app.tandem.people.Employee;
import app.tandem.people.Position;
import app.tandem.records.Channel;
import app.tandem.records.LeadStatus;
import app.tandem.records.LostReason;

/**
 * Tandem's own lead template (docs/imports.md): the fields of recordLead by name, a
 * status, and for a WON row the deal it records (client, closedOn, revenue, cost).
 */
final class TandemLeadsPreset implements Preset {

	static final Column EXTERNAL_ID = Column.required("externalId");

	static final Column CREATED_AT = Column.required("createdAt");

	static final Column CHANNEL = Column.required("channel");

	static final Column MARKETER = Column.optional("marketer");

	static final Column ASSIGNEE = Column.optional("assignee");

	static final Column STATUS = Column.optional("status");

	static final Column LOST_REASON = Column.optional("lostReason");

	static final Column CLIENT = Column.optional("client");

	static final Column CLOSED_ON = Column.optional("closedOn");

	static final Column REVENUE = Column.optional("revenue");

	static final Column COST = Column.optional("cost");

	@Override
	public String source() {
		return "tandem-leads";
	}

	@Override
	public List<Column> columns() {
		return List.of(EXTERNAL_ID, CREATED_AT, CHANNEL, MARKETER, ASSIGNEE, STATUS, LOST_REASON, CLIENT, CLOSED_ON,
				REVENUE, COST);
	}

	@Override
	public PlannedRow plan(SourceRow row, Context context) {
		Map<String, String> columns = new HashMap<>();
		for (Column column : columns()) {
			columns.put(column.name(), row.header(column));
		}
		columns.put("channelId", row.header(CHANNEL));
		columns.put("marketerId", row.header(MARKETER));
		columns.put("assigneeId", row.header(ASSIGNEE));
		columns.put("salespersonId", row.header(ASSIGNEE));
		columns.put("clientId", row.header(CLIENT));
		columns.put("name", row.header(CLIENT));
		columns.put("leadId", row.header(EXTERNAL_ID));
		String externalId = row.required(EXTERNAL_ID);
		if (externalId.length() > 100) {
			throw new RowProblem(row.header(EXTERNAL_ID), row.header(EXTERNAL_ID) + " is longer than 100 characters");
		}
		Instant createdAt = CellValues.moment(row.required(CREATED_AT), row.header(CREATED_AT), context.zone());
		Channel channel = context.directory().channel(row.required(CHANNEL), row.header(CHANNEL));
		Employee marketer = context.directory().person(row, MARKETER, Position.MARKETER);
		long marketerId = marketer != null ? marketer.getId() : Directory.marketerOf(channel, row.header(CHANNEL));
		Employee assignee = context.directory().person(row, ASSIGNEE, Position.HUNTER, Position.FARMER);
		LeadStatus status = enumValue(row, STATUS, LeadStatus.class, LeadStatus.OPEN);
		LostReason reason = enumValue(row, LOST_REASON, LostReason.class, null);
		if (status == LeadStatus.LOST && reason == null) {
			throw new RowProblem(row.header(LOST_REASON), row.header(LOST_REASON) + " is required for a LOST lead");
		}
		if (status != LeadStatus.LOST && reason != null) {
			throw new RowProblem(row.header(LOST_REASON), row.header(LOST_REASON) + " is only for LOST leads");
		}
		Sale sale = null;
		if (status == LeadStatus.WON) {
			if (assignee == null) {
				throw new RowProblem(row.header(ASSIGNEE),
						"A WON lead needs its salesperson in " + row.header(ASSIGNEE));
			}
			BigDecimal revenue = CellValues.money(row.required(REVENUE), row.header(REVENUE));
			sale = new Sale(externalId, row.required(CLIENT), assignee.getId(),
					CellValues.day(row.required(CLOSED_ON), row.header(CLOSED_ON), context.zone()), revenue,
					context.cost(row, COST, revenue));
		}
		return new LeadRow(externalId, createdAt, channel.getId(), marketerId,
				assignee == null ? null : assignee.getId(), status, reason, sale, columns);
	}

	static <E extends Enum<E>> E enumValue(SourceRow row, Column column, Class<E> type, E otherwise) {
		String text = row.text(column);
		if (text == null) {
			return otherwise;
		}
		try {
			return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace(' ', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw new RowProblem(row.header(column), row.header(column) + " must be one of "
					+ java.util.Arrays.toString(type.getEnumConstants()) + ", not " + text);
		}
	}

}
