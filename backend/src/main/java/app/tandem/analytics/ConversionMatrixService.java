package app.tandem.analytics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import app.tandem.analytics.MatrixViews.ChannelConversion;
import app.tandem.analytics.MatrixViews.Comparison;
import app.tandem.analytics.MatrixViews.ConversionCell;
import app.tandem.analytics.MatrixViews.ConversionMatrix;
import app.tandem.analytics.MatrixViews.Tally;
import app.tandem.kpi.KpiQueries;
import app.tandem.kpi.LeadCounts;
import app.tandem.kpi.LeadFigures;
import app.tandem.kpi.LeadFigures.ChannelAssignee;
import app.tandem.people.Employee;
import app.tandem.people.EmployeeDirectory;
import app.tandem.people.Viewers;
import app.tandem.records.Channel;
import app.tandem.records.ChannelService;
import app.tandem.shared.CompanyCalendar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Channel × salesperson conversion of a period's leads, with Fisher's exact test telling
 * lead quality (a channel converting poorly for everyone: marketing) from sales skill
 * (one person converting a channel's leads worse than colleagues: sales). The counts come
 * from the kpi module's lead cohort.
 */
@Service
public class ConversionMatrixService {

	private final KpiQueries queries;

	private final ChannelService channels;

	private final EmployeeDirectory people;

	private final Viewers viewers;

	private final CompanyCalendar calendar;

	ConversionMatrixService(KpiQueries queries, ChannelService channels, EmployeeDirectory people, Viewers viewers,
			CompanyCalendar calendar) {
		this.queries = queries;
		this.channels = channels;
		this.people = people;
		this.viewers = viewers;
		this.calendar = calendar;
	}

	@Transactional(readOnly = true)
	public ConversionMatrix matrix(YearMonth period) {
		this.viewers.requireSignedIn();
		LeadFigures leads = this.queries.leads(this.calendar.range(period));
		TreeSet<Long> assigneeIds = new TreeSet<>();
		leads.byChannelAndAssignee()
			.keySet()
			.stream()
			.map(ChannelAssignee::assignee)
			.filter(Objects::nonNull)
			.forEach(assigneeIds::add);
		Map<Long, Employee> employees = this.people.byIds(assigneeIds);
		List<Employee> assignees = assigneeIds.stream()
			.map(employees::get)
			.sorted(Comparator.comparing(Employee::getFullName))
			.toList();
		Tally all = Tally.of(leads.total());
		List<ChannelConversion> result = new ArrayList<>();
		for (Channel channel : this.channels.all()) {
			LeadCounts counts = leads.ofChannel(channel.getId());
			if (counts.leads() == 0) {
				continue;
			}
			Tally own = Tally.of(counts);
			Tally others = all.minus(own);
			result.add(new ChannelConversion(channel, counts, others, Comparison.of(own, others),
					tally(leads, channel.getId(), null).leads(), cells(leads, channel.getId(), assignees)));
		}
		return new ConversionMatrix(period, assignees, result, all);
	}

	/**
	 * A cell per salesperson of the matrix, zero-lead cells included, each against the
	 * channel's other salespeople.
	 */
	private static List<ConversionCell> cells(LeadFigures leads, long channel, List<Employee> assignees) {
		Tally assigned = Tally.NONE;
		for (Employee assignee : assignees) {
			assigned = assigned.plus(tally(leads, channel, assignee.getId()));
		}
		List<ConversionCell> cells = new ArrayList<>();
		for (Employee assignee : assignees) {
			Tally own = tally(leads, channel, assignee.getId());
			Tally others = assigned.minus(own);
			cells.add(new ConversionCell(assignee, own, others, Comparison.of(own, others)));
		}
		return cells;
	}

	private static Tally tally(LeadFigures leads, long channel, Long assignee) {
		return Tally
			.of(leads.byChannelAndAssignee().getOrDefault(new ChannelAssignee(channel, assignee), LeadCounts.NONE));
	}

}
