package app.tandem.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import app.tandem.imports.PlannedRow.SpendRow;
import app.tandem.people.Employee;
import app.tandem.people.Position;
import app.tandem.records.Channel;

/**
 * Spend files: a Yandex Direct report (Date, CampaignName, Cost; the campaign is matched
 * to a channel by name or alias, the spend is the channel's marketer's) and Tandem's
 * spend template (day, channel, amount, optional marketer). Spend has no external id, so
 * a row is known across imports by its key: source, day and campaign (Direct) or channel
 * and marketer (template).
 */
final class SpendPreset implements Preset {

	private final String source;

	private final Column day;

	private final Column channel;

	private final Column amount;

	private final Column marketer;

	private SpendPreset(String source, Column day, Column channel, Column amount, Column marketer) {
		this.source = source;
		this.day = day;
		this.channel = channel;
		this.amount = amount;
		this.marketer = marketer;
	}

	/**
	 * Direct's Reports API (TSV; ask for {@code returnMoneyInMicros: false}) and the web
	 * report wizard's Russian headers; its title line and "Total" line are skipped.
	 */
	static SpendPreset yandexDirect() {
		return new SpendPreset("yandex-direct", Column.required("Date", "Дата", "День"),
				Column.required("CampaignName", "Кампания", "Название кампании"),
				Column.required("Cost", "Расход", "Расход (руб.)", "Расход, руб.", "Расход (руб)"), null);
	}

	static SpendPreset tandemSpend() {
		return new SpendPreset("tandem-spend", Column.required("day"), Column.required("channel"),
				Column.required("amount"), Column.optional("marketer"));
	}

	@Override
	public String source() {
		return this.source;
	}

	@Override
	public List<Column> columns() {
		return this.marketer == null ? List.of(this.day, this.channel, this.amount)
				: List.of(this.day, this.channel, this.amount, this.marketer);
	}

	@Override
	public boolean isSummary(SourceRow row) {
		String first = Names.key(row.text(this.day));
		return first.startsWith("total") || first.startsWith("итого") || first.startsWith("всего");
	}

	@Override
	public PlannedRow plan(SourceRow row, Context context) {
		String dayHeader = row.header(this.day);
		String channelHeader = row.header(this.channel);
		LocalDate day = CellValues.day(row.required(this.day), dayHeader, context.zone());
		String name = row.required(this.channel);
		Channel channel = context.directory().channel(name, channelHeader);
		Employee person = this.marketer == null ? null
				: context.directory().person(row, this.marketer, Position.MARKETER);
		long marketerId = person != null ? person.getId() : Directory.marketerOf(channel, channelHeader);
		BigDecimal amount = CellValues.money(row.required(this.amount), row.header(this.amount));
		String key = this.marketer == null ? this.source + ":" + day + ":" + Names.key(name)
				: this.source + ":" + day + ":" + channel.getId() + ":" + marketerId;
		if (key.length() > 300) {
			throw new RowProblem(channelHeader, channelHeader + " is longer than 250 characters");
		}
		String marketerHeader = this.marketer == null ? channelHeader : row.header(this.marketer);
		return new SpendRow(key, channel.getId(), marketerId, day, amount, Map.of("day", dayHeader, "channelId",
				channelHeader, "marketerId", marketerHeader, "amount", row.header(this.amount), "id", channelHeader));
	}

}
