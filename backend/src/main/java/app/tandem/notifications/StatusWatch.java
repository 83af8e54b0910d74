package app.tandem.notifications;

import java.time.Instant;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import app.tandem.kpi.KpiService;
import app.tandem.kpi.MonthStatuses;
import app.tandem.kpi.PaceStatus;
import app.tandem.notifications.Inbox.Notice;
import app.tandem.notifications.StatusesSeen.Subject;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.FiguresChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells people when a KPI of theirs, or the shared goal, changes status
 * (docs/notifications.md). The people whose figures a transaction changed in the month
 * under way are collected while it runs; once it commits, their statuses are read again
 * (one review per transaction, so an import is one review, not one per row) and compared
 * with the ones last seen. Only the instance that made the write reviews it
 * ({@link FiguresChanged} is never relayed between instances), and a notice's dedupe key
 * keeps it to one per person, KPI, month and status even when two writes are reviewed at
 * once.
 */
@Component
class StatusWatch {

	private static final Logger log = LoggerFactory.getLogger(StatusWatch.class);

	private static final Set<PaceStatus> TOLD = Set.of(PaceStatus.AT_RISK, PaceStatus.BEHIND, PaceStatus.ACHIEVED);

	private final TransactionTemplate transactions;

	private final KpiService kpis;

	private final StatusesSeen seen;

	private final Inbox inbox;

	private final CompanyCalendar calendar;

	StatusWatch(PlatformTransactionManager transactionManager, KpiService kpis, StatusesSeen seen, Inbox inbox,
			CompanyCalendar calendar) {
		this.transactions = new TransactionTemplate(transactionManager);
		// After the write's commit its transaction is over but still bound: the review
		// needs its own.
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.kpis = kpis;
		this.seen = seen;
		this.inbox = inbox;
		this.calendar = calendar;
	}

	/**
	 * Inside the writing transaction: remembers whose figures changed. Only the month
	 * under way is watched: a closed month's verdict is final on its page, and a future
	 * month has none yet.
	 */
	@EventListener
	void written(FiguresChanged event) {
		YearMonth period = event.period();
		if (!period.equals(this.calendar.currentPeriod())) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			reviewSafely(period, event.employeeIds());
			return;
		}
		Written written = (Written) TransactionSynchronizationManager.getResource(this);
		if (written == null) {
			written = new Written(period);
			TransactionSynchronizationManager.bindResource(this, written);
			TransactionSynchronizationManager.registerSynchronization(written);
		}
		written.people.addAll(event.employeeIds());
	}

	/** A rolled-back write changed nothing and is never reviewed. */
	private final class Written implements TransactionSynchronization {

		private final YearMonth period;

		private final Set<Long> people = new HashSet<>();

		Written(YearMonth period) {
			this.period = period;
		}

		@Override
		public void afterCommit() {
			reviewSafely(this.period, this.people);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(StatusWatch.this);
		}

	}

	/**
	 * Never fails the write, which has committed already: the next write of these people
	 * reviews them again.
	 */
	private void reviewSafely(YearMonth period, Set<Long> people) {
		try {
			this.transactions.executeWithoutResult((tx) -> review(period, people));
		}
		catch (RuntimeException ex) {
			log.warn("Could not review KPI statuses of {} for notifications: {}", period, ex.toString());
		}
	}

	private void review(YearMonth period, Set<Long> people) {
		MonthStatuses statuses = this.kpis.statuses(period);
		Map<Subject, PaceStatus> before = this.seen.of(period);
		Instant now = this.calendar.now();
		for (Long person : people) {
			statuses.people().getOrDefault(person, Map.of()).forEach((metric, status) -> {
				Subject subject = Subject.person(person, metric);
				if (changed(period, subject, before.get(subject), status, now)) {
					this.inbox.add(person, new Notice(NotificationKind.KPI_STATUS, period, metric, status, null),
							"KPI:" + period + ":" + metric + ":" + status, now);
				}
			});
		}
		statuses.goal().forEach((metric, status) -> {
			Subject subject = Subject.goal(metric);
			if (changed(period, subject, before.get(subject), status, now) && status == PaceStatus.ACHIEVED) {
				for (Long person : statuses.people().keySet()) {
					this.inbox.add(person, new Notice(NotificationKind.GOAL_ACHIEVED, period, metric, status, null),
							"GOAL_ACHIEVED:" + period + ":" + metric, now);
				}
			}
		});
	}

	/**
	 * Keeps {@code now} as the status seen; true when it is news worth telling: a change
	 * from a status seen before into AT_RISK, BEHIND or ACHIEVED. The first reading
	 * (nothing seen yet) is kept silently: the person had that status already, and the
	 * app shows it.
	 */
	private boolean changed(YearMonth period, Subject subject, PaceStatus was, PaceStatus now, Instant at) {
		if (was == now) {
			return false;
		}
		this.seen.put(period, subject, now, at);
		return was != null && TOLD.contains(now);
	}

}
