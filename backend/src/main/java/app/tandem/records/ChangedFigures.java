package app.tandem.records;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import app.tandem.records.RecordChange.FieldChange;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.FiguresChanged;
import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Which months and people a lead, deal or spend write touched, told as
 * {@link FiguresChanged} events: the month the record counts in now and the one it
 * counted in before (a moved date), the people it counts for now and before (a new
 * assignee, another marketer); and {@link LeadAssigned} when a lead is handed to someone
 * by someone else. Called by {@link RecordHistory} for every write, inside its
 * transaction, where the record is already in the persistence context, so this costs no
 * query.
 */
@Component
class ChangedFigures {

	private final EntityManager entities;

	private final ApplicationEventPublisher events;

	private final CompanyCalendar calendar;

	ChangedFigures(EntityManager entities, ApplicationEventPublisher events, CompanyCalendar calendar) {
		this.entities = entities;
		this.events = events;
		this.calendar = calendar;
	}

	void written(RecordKind kind, long id, long by, long changeId, List<FieldChange> fields) {
		Set<YearMonth> periods = new HashSet<>();
		Set<Long> people = new HashSet<>();
		switch (kind) {
			case LEAD -> {
				Lead lead = this.entities.find(Lead.class, id);
				periods.add(YearMonth.from(lead.getCreatedAt().atZone(this.calendar.zone())));
				people.add(lead.getMarketerId());
				people.add(lead.getAssigneeId());
				handedOver(lead, by, changeId, fields);
			}
			case DEAL -> {
				Deal deal = this.entities.find(Deal.class, id);
				periods.add(YearMonth.from(deal.getClosedOn()));
				people.add(deal.getSalespersonId());
				if (deal.getLeadId() != null) {
					// Attributed turnover and margin count for the lead's marketer too.
					people.add(this.entities.find(Lead.class, deal.getLeadId()).getMarketerId());
				}
			}
			case SPEND -> {
				Spend spend = this.entities.find(Spend.class, id);
				periods.add(YearMonth.from(spend.getDay()));
				people.add(spend.getMarketerId());
			}
			default -> {
				return;
			}
		}
		for (FieldChange field : fields) {
			before(field, periods, people);
		}
		people.remove(null);
		for (YearMonth period : periods) {
			this.events.publishEvent(new FiguresChanged(period, people));
		}
	}

	/**
	 * A lead given to someone by someone else: {@link LeadAssigned}, so the new assignee
	 * hears of it.
	 */
	private void handedOver(Lead lead, long by, long changeId, List<FieldChange> fields) {
		Long assignee = lead.getAssigneeId();
		boolean assigned = fields.stream()
			.anyMatch((field) -> "assigneeId".equals(field.field()) && field.to() != null);
		if (assigned && assignee != null && assignee != by) {
			this.events.publishEvent(new LeadAssigned(lead.getId(), assignee,
					YearMonth.from(lead.getCreatedAt().atZone(this.calendar.zone())), by, changeId));
		}
	}

	/**
	 * What a changed field was: the month and the people the record counted for before
	 * this write.
	 */
	private void before(FieldChange field, Set<YearMonth> periods, Set<Long> people) {
		String from = field.from();
		if (from == null) {
			return;
		}
		try {
			switch (field.field()) {
				case "createdAt" ->
					periods.add(YearMonth.from(OffsetDateTime.parse(from).atZoneSameInstant(this.calendar.zone())));
				case "closedOn", "day" -> periods.add(YearMonth.from(LocalDate.parse(from)));
				case "marketerId", "assigneeId", "salespersonId" -> people.add(Long.valueOf(from));
				default -> {
					// Amounts, statuses and reasons change figures, never which month or
					// whom.
				}
			}
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			// Written by FieldChanges itself, so never; a value it cannot read places
			// nothing.
		}
	}

}
