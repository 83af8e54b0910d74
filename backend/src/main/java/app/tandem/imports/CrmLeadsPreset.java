package app.tandem.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import app.tandem.imports.PlannedRow.LeadRow;
import app.tandem.imports.PlannedRow.Sale;
import app.tandem.people.Employee;
import app.tandem.people.Position;
import app.tandem.records.Channel;
import app.tandem.records.LeadStatus;
import app.tandem.records.LostReason;

/**
 * A CRM's deal export read as leads (SPEC §8): amoCRM's "Сделки" and Bitrix24's deals.
 * Its ID becomes the lead's externalId ({@code amocrm:<ID>}); a won row also records its
 * deal under the same external id; the channel comes from the UTM source, else the CRM's
 * source field; the lead's marketer is its channel's.
 */
final class CrmLeadsPreset implements Preset {

	private final String source;

	private final String prefix;

	private final Column id;

	private final Column createdAt;

	private final Column assignee;

	private final Column status;

	private final Column lostReason;

	private final List<Column> channel;

	private final Column revenue;

	private final Column closedOn;

	private final Column cost;

	private final List<Column> client;

	private final Function<String, LeadStatus> statuses;

	private CrmLeadsPreset(String source, String prefix, Column id, Column createdAt, Column assignee, Column status,
			Column lostReason, List<Column> channel, Column revenue, Column closedOn, Column cost, List<Column> client,
			Function<String, LeadStatus> statuses) {
		this.source = source;
		this.prefix = prefix;
		this.id = id;
		this.createdAt = createdAt;
		this.assignee = assignee;
		this.status = status;
		this.lostReason = lostReason;
		this.channel = channel;
		this.revenue = revenue;
		this.closedOn = closedOn;
		this.cost = cost;
		this.client = client;
		this.statuses = statuses;
	}

	/**
	 * amoCRM: "Успешно реализовано" (142) is won, "Закрыто и не реализовано" (143) lost,
	 * any other stage open.
	 */
	static CrmLeadsPreset amoCrm() {
		return new CrmLeadsPreset("amocrm-leads", "amocrm", Column.required("ID"), Column.required("Дата создания"),
				Column.required("Ответственный"), Column.required("Статус сделки", "Этап сделки"),
				Column.optional("Причина отказа"), List.of(Column.optional("utm_source"), Column.optional("Источник")),
				Column.optional("Бюджет"), Column.optional("Дата закрытия"), Column.optional("Себестоимость"),
				List.of(Column.optional("Компания"), Column.optional("Основной контакт")), (stage) -> switch (stage) {
					case "успешно реализовано" -> LeadStatus.WON;
					case "закрыто и не реализовано" -> LeadStatus.LOST;
					default -> LeadStatus.OPEN;
				});
	}

	/**
	 * Bitrix24: the final stages "Сделка успешна" (semantic S, id WON or C<n>:WON) and
	 * "Сделка провалена" (F, LOSE) by their default titles or ids; every other stage is
	 * open.
	 */
	static CrmLeadsPreset bitrix24() {
		return new CrmLeadsPreset("bitrix24-deals", "bitrix24", Column.required("ID"), Column.required("Дата создания"),
				Column.required("Ответственный"), Column.required("Стадия сделки", "Стадия"),
				Column.optional("Причина отказа", "Причина провала"),
				List.of(Column.optional("UTM_SOURCE", "utm_source", "UTM Source"), Column.optional("Источник")),
				Column.optional("Сумма"), Column.optional("Дата закрытия", "Предполагаемая дата закрытия"),
				Column.optional("Себестоимость"), List.of(Column.optional("Компания"), Column.optional("Контакт")),
				CrmLeadsPreset::bitrixStage);
	}

	private static LeadStatus bitrixStage(String stage) {
		if (List.of("сделка успешна", "успешна", "успешно", "won", "s").contains(stage) || stage.endsWith(":won")) {
			return LeadStatus.WON;
		}
		if (List.of("сделка провалена", "провалена", "провал", "проиграна", "lose", "lost", "f").contains(stage)
				|| stage.endsWith(":lose")) {
			return LeadStatus.LOST;
		}
		return LeadStatus.OPEN;
	}

	@Override
	public String source() {
		return this.source;
	}

	@Override
	public List<Column> columns() {
		List<Column> columns = new ArrayList<>(List.of(this.id, this.createdAt, this.assignee, this.status,
				this.lostReason, this.revenue, this.closedOn, this.cost));
		columns.addAll(this.channel);
		columns.addAll(this.client);
		return columns;
	}

	@Override
	public PlannedRow plan(SourceRow row, Context context) {
		Map<String, String> columns = new HashMap<>();
		String externalId = this.prefix + ":" + row.required(this.id);
		if (externalId.length() > 100) {
			throw new RowProblem(row.header(this.id), row.header(this.id) + " is longer than 90 characters");
		}
		columns.put("externalId", row.header(this.id));
		Instant created = CellValues.moment(row.required(this.createdAt), row.header(this.createdAt), context.zone());
		columns.put("createdAt", row.header(this.createdAt));
		Column channelColumn = this.channel.stream().filter((c) -> row.text(c) != null).findFirst().orElse(null);
		if (channelColumn == null) {
			String header = row.header(this.channel.stream().filter(row::has).findFirst().orElse(this.channel.get(0)));
			throw new RowProblem(header, "No channel: "
					+ String.join(" and ", this.channel.stream().map(row::header).toList()) + " are empty");
		}
		String channelHeader = row.header(channelColumn);
		Channel channel = context.directory().channel(row.text(channelColumn), channelHeader);
		long marketer = Directory.marketerOf(channel, channelHeader);
		columns.put("channelId", channelHeader);
		columns.put("marketerId", channelHeader);
		Employee assignee = context.directory().person(row, this.assignee, Position.HUNTER, Position.FARMER);
		columns.put("assigneeId", row.header(this.assignee));
		columns.put("salespersonId", row.header(this.assignee));
		LeadStatus status = this.statuses.apply(Names.key(row.required(this.status)));
		columns.put("status", row.header(this.status));
		columns.put("leadId", row.header(this.status));
		LostReason reason = null;
		if (status == LeadStatus.LOST) {
			String text = row.text(this.lostReason);
			reason = text != null && context.notTargetReasons().contains(Names.key(text)) ? LostReason.NOT_TARGET
					: LostReason.OTHER;
			columns.put("lostReason", row.has(this.lostReason) ? row.header(this.lostReason) : row.header(this.status));
		}
		Sale sale = status == LeadStatus.WON ? sale(row, context, externalId, assignee, columns) : null;
		return new LeadRow(externalId, created, channel.getId(), marketer, assignee == null ? null : assignee.getId(),
				status, reason, sale, columns);
	}

	private Sale sale(SourceRow row, Context context, String externalId, Employee salesperson,
			Map<String, String> columns) {
		if (salesperson == null) {
			throw new RowProblem(row.header(this.assignee),
					"A won deal needs its salesperson: " + row.header(this.assignee) + " is empty");
		}
		java.math.BigDecimal revenue = CellValues.money(row.required(this.revenue), row.header(this.revenue));
		columns.put("revenue", row.header(this.revenue));
		String closed = row.required(this.closedOn);
		if (Names.key(closed).startsWith("не закрыт")) {
			throw new RowProblem(row.header(this.closedOn),
					"The deal is won but " + row.header(this.closedOn) + " says it is not closed");
		}
		LocalDate closedOn = CellValues.day(closed, row.header(this.closedOn), context.zone());
		columns.put("closedOn", row.header(this.closedOn));
		java.math.BigDecimal cost = context.cost(row, this.cost, revenue);
		columns.put("cost", row.header(this.cost));
		Column clientColumn = this.client.stream().filter((c) -> row.text(c) != null).findFirst().orElse(null);
		if (clientColumn == null) {
			throw new RowProblem(row.header(this.client.get(0)), "A won deal needs its client: "
					+ String.join(" and ", this.client.stream().map(row::header).toList()) + " are empty");
		}
		columns.put("clientId", row.header(clientColumn));
		columns.put("name", row.header(clientColumn));
		return new Sale(externalId, row.text(clientColumn), salesperson.getId(), closedOn, revenue, cost);
	}

}
