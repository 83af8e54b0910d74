package app.tandem.analytics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import app.tandem.analytics.MatrixViews.ChannelConversion;
import app.tandem.analytics.MatrixViews.ConversionCell;
import app.tandem.analytics.MatrixViews.ConversionMatrix;
import app.tandem.analytics.MatrixViews.Significance;
import app.tandem.people.Employee;
import app.tandem.people.EmployeeDirectory;
import app.tandem.people.Viewers;
import app.tandem.records.Channel;
import app.tandem.records.ChannelService;
import app.tandem.shared.CompanyCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Channel × salesperson conversion of a period's leads, with Fisher's exact test telling lead
 * quality (a channel converting poorly for everyone: marketing) from sales skill (one person
 * converting a channel's leads worse than colleagues: sales).
 */
@Service
public class ConversionMatrixService {

	private static final String CELLS = """
			SELECT l.channel_id, l.assignee_id, COUNT(*) AS leads,
			       SUM(CASE WHEN l.converted THEN 1 ELSE 0 END) AS won,
			       SUM(CASE WHEN l.status IN ('WON', 'LOST') THEN 1 ELSE 0 END) AS closed,
			       SUM(CASE WHEN l.lost_reason = 'NOT_TARGET' THEN 1 ELSE 0 END) AS not_target
			FROM sales_lead l
			WHERE l.created_at >= :fromUtc AND l.created_at < :toUtc
			GROUP BY l.channel_id, l.assignee_id""";

	private final JdbcClient jdbc;

	private final ChannelService channels;

	private final EmployeeDirectory people;

	private final Viewers viewers;

	private final CompanyCalendar calendar;

	ConversionMatrixService(JdbcClient jdbc, ChannelService channels, EmployeeDirectory people, Viewers viewers,
			CompanyCalendar calendar) {
		this.jdbc = jdbc;
		this.channels = channels;
		this.people = people;
		this.viewers = viewers;
		this.calendar = calendar;
	}

	@Transactional(readOnly = true)
	public ConversionMatrix matrix(YearMonth period) {
		this.viewers.current();
		var range = this.calendar.range(period);
		List<Row> rows = this.jdbc.sql(CELLS)
			.param("fromUtc", range.fromUtc())
			.param("toUtc", range.toUtc())
			.query((rs, n) -> new Row(rs.getLong("channel_id"), (Long) rs.getObject("assignee_id", Long.class),
					rs.getLong("leads"), rs.getLong("won"), rs.getLong("closed"), rs.getLong("not_target")))
			.list();
		TreeSet<Long> assigneeIds = new TreeSet<>();
		rows.stream().map(Row::assignee).filter(Objects::nonNull).forEach(assigneeIds::add);
		Map<Long, Employee> employees = this.people.byIds(assigneeIds);
		List<Employee> assignees = assigneeIds.stream()
			.map(employees::get)
			.sorted(Comparator.comparing(Employee::getFullName))
			.toList();
		Totals all = Totals.of(rows);
		List<ChannelConversion> result = new ArrayList<>();
		for (Channel channel : this.channels.all()) {
			List<Row> own = rows.stream().filter((r) -> r.channel() == channel.getId()).toList();
			if (own.isEmpty()) {
				continue;
			}
			Totals totals = Totals.of(own);
			Totals others = all.minus(totals);
			Comparison vsOtherChannels = Comparison.of(totals.won, totals.leads, others.won, others.leads);
			result.add(new ChannelConversion(channel, totals.leads, totals.won, ratio(totals.won, totals.leads),
					ratio(totals.notTarget, totals.closed), unassigned(own), ratio(others.won, others.leads),
					vsOtherChannels.pValue(), vsOtherChannels.significance(), cells(own, assignees)));
		}
		return new ConversionMatrix(period, assignees, result, all.leads, all.won, ratio(all.won, all.leads));
	}

	/** A cell per salesperson of the matrix, zero-lead cells included, each against the channel's other salespeople. */
	private static List<ConversionCell> cells(List<Row> channelRows, List<Employee> assignees) {
		Map<Long, Row> byAssignee = new LinkedHashMap<>();
		channelRows.stream().filter((r) -> r.assignee() != null).forEach((r) -> byAssignee.put(r.assignee(), r));
		Totals assigned = Totals.of(List.copyOf(byAssignee.values()));
		List<ConversionCell> cells = new ArrayList<>();
		for (Employee assignee : assignees) {
			Row row = byAssignee.getOrDefault(assignee.getId(), new Row(0, assignee.getId(), 0, 0, 0, 0));
			Totals others = assigned.minus(Totals.of(List.of(row)));
			Comparison comparison = Comparison.of(row.won(), row.leads(), others.won, others.leads);
			cells.add(new ConversionCell(assignee, row.leads(), row.won(), ratio(row.won(), row.leads()), others.leads,
					others.won, ratio(others.won, others.leads), comparison.pValue(), comparison.significance()));
		}
		return cells;
	}

	private static long unassigned(List<Row> rows) {
		return rows.stream().filter((r) -> r.assignee() == null).mapToLong(Row::leads).sum();
	}

	static Double ratio(long part, long whole) {
		return whole == 0 ? null : Math.round(part * 1_000_000.0 / whole) / 1_000_000.0;
	}

	private record Row(long channel, Long assignee, long leads, long won, long closed, long notTarget) {
	}

	private record Totals(long leads, long won, long closed, long notTarget) {

		static Totals of(List<Row> rows) {
			return new Totals(rows.stream().mapToLong(Row::leads).sum(), rows.stream().mapToLong(Row::won).sum(),
					rows.stream().mapToLong(Row::closed).sum(), rows.stream().mapToLong(Row::notTarget).sum());
		}

		Totals minus(Totals other) {
			return new Totals(this.leads - other.leads, this.won - other.won, this.closed - other.closed,
					this.notTarget - other.notTarget);
		}

	}

	/** One proportion against another: Fisher's exact p-value and what it means at 95 %. */
	record Comparison(Double pValue, Significance significance) {

		static Comparison of(long won, long leads, long otherWon, long otherLeads) {
			if (leads == 0 || otherLeads == 0) {
				return new Comparison(null, Significance.NO_DATA);
			}
			double p = FisherExactTest.pValue(won, leads, otherWon, otherLeads);
			if (p >= FisherExactTest.ALPHA) {
				return new Comparison(p, Significance.NOT_SIGNIFICANT);
			}
			boolean below = (double) won / leads < (double) otherWon / otherLeads;
			return new Comparison(p, below ? Significance.BELOW : Significance.ABOVE);
		}

	}

}
