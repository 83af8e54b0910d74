package app.tandem.notifications;

import app.tandem.goals.PlanChanged;
import app.tandem.notifications.Inbox.Notice;
import app.tandem.people.Employee;
import app.tandem.people.EmployeeDirectory;
import app.tandem.records.LeadAssigned;
import app.tandem.shared.CompanyCalendar;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Notices that follow from one write alone (a lead handed over, a plan changed): written
 * inside that write's transaction, so they exist exactly when the write does, once, on
 * the instance that made it. Nobody is told what they did themselves.
 */
@Component
class DirectNotices {

	private final Inbox inbox;

	private final EmployeeDirectory people;

	private final CompanyCalendar calendar;

	DirectNotices(Inbox inbox, EmployeeDirectory people, CompanyCalendar calendar) {
		this.inbox = inbox;
		this.people = people;
		this.calendar = calendar;
	}

	@EventListener
	void leadAssigned(LeadAssigned event) {
		this.inbox.add(event.assigneeId(),
				new Notice(NotificationKind.LEAD_ASSIGNED, event.period(), null, null, event.leadId()),
				"LEAD:" + event.changeId(), this.calendar.now());
	}

	/**
	 * A personal plan tells its person; the shared goal tells everyone active but the
	 * owner who set it.
	 */
	@EventListener
	void planChanged(PlanChanged event) {
		if (!event.sharedGoal()) {
			if (event.employeeId() != event.changedBy()) {
				this.inbox.add(event.employeeId(),
						new Notice(NotificationKind.PLAN_CHANGED, event.period(), event.metric(), null, null),
						"PLAN:" + event.changeId(), event.at());
			}
			return;
		}
		for (Employee employee : this.people.all()) {
			if (employee.isActive() && employee.getId() != event.changedBy()) {
				this.inbox.add(employee.getId(),
						new Notice(NotificationKind.GOAL_CHANGED, event.period(), event.metric(), null, null),
						"GOAL:" + event.changeId(), event.at());
			}
		}
	}

}
