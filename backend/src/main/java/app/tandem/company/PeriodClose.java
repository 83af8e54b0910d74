package app.tandem.company;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import app.tandem.people.Viewer;
import app.tandem.people.Viewers;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.InputCheck;
import app.tandem.shared.TandemException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing and reopening months (issue 14 item 1): owners only, every step kept with who,
 * when and why.
 */
@Service
class PeriodClose {

	static final int MAX_REASON = 500;

	private final JdbcClient jdbc;

	private final Viewers viewers;

	private final CompanyCalendar calendar;

	PeriodClose(JdbcClient jdbc, Viewers viewers, CompanyCalendar calendar) {
		this.jdbc = jdbc;
		this.viewers = viewers;
		this.calendar = calendar;
	}

	/** Every signed-in person: the closed months, newest first. */
	@Transactional(readOnly = true)
	public List<ClosedPeriod> all() {
		this.viewers.requireSignedIn();
		return this.jdbc.sql("SELECT period_month, closed_by, closed_at FROM closed_period ORDER BY period_month DESC")
			.query((rs, n) -> new ClosedPeriod(YearMonth.parse(rs.getString(1)), rs.getLong(2),
					CompanyCalendar.fromUtc(rs.getObject(3, LocalDateTime.class))))
			.list();
	}

	/** Owner only: every close and reopen, newest first. */
	@Transactional(readOnly = true)
	public List<PeriodCloseChange> history() {
		this.viewers.requireOwner();
		return this.jdbc.sql("""
				SELECT id, period_month, action, reason, changed_by, changed_at FROM closed_period_change
				ORDER BY changed_at DESC, id DESC""")
			.query((rs, n) -> new PeriodCloseChange(rs.getLong(1), YearMonth.parse(rs.getString(2)),
					PeriodCloseChange.Action.valueOf(rs.getString(3)), rs.getString(4), rs.getLong(5),
					CompanyCalendar.fromUtc(rs.getObject(6, LocalDateTime.class))))
			.list();
	}

	/**
	 * Closes a month that is over; a month already closed, the current one or a future
	 * one is refused.
	 */
	@Transactional
	public ClosedPeriod close(YearMonth period) {
		Viewer owner = this.viewers.requireOwner();
		new InputCheck().require(period, "period").throwIfInvalid();
		if (!period.isBefore(this.calendar.currentPeriod())) {
			throw TandemException.badInput("period", "Only a month that is over can be closed; " + period + " is not");
		}
		Instant now = this.calendar.now();
		try {
			this.jdbc.sql("INSERT INTO closed_period (period_month, closed_by, closed_at) VALUES (:p, :by, :at)")
				.param("p", period.toString())
				.param("by", owner.id())
				.param("at", CompanyCalendar.toUtc(now))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw TandemException.badInput("period", period + " is closed already");
		}
		audit(period, PeriodCloseChange.Action.CLOSE, null, owner, now);
		return new ClosedPeriod(period, owner.id(), now);
	}

	/** Reopens a closed month; the reason is required and kept. */
	@Transactional
	public PeriodCloseChange reopen(YearMonth period, @Nullable String reason) {
		Viewer owner = this.viewers.requireOwner();
		String why = reason == null ? null : reason.strip();
		new InputCheck().require(period, "period")
			.require(why == null || why.isEmpty() ? null : why, "reason")
			.maxLength(why, MAX_REASON, "reason")
			.throwIfInvalid();
		int removed = this.jdbc.sql("DELETE FROM closed_period WHERE period_month = :p")
			.param("p", period.toString())
			.update();
		if (removed == 0) {
			throw TandemException.badInput("period", period + " is not closed");
		}
		Instant now = this.calendar.now();
		long id = audit(period, PeriodCloseChange.Action.REOPEN, why, owner, now);
		return new PeriodCloseChange(id, period, PeriodCloseChange.Action.REOPEN, why, owner.id(), now);
	}

	private long audit(YearMonth period, PeriodCloseChange.Action action, @Nullable String reason, Viewer by,
			Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO closed_period_change (period_month, action, reason, changed_by, changed_at)
				VALUES (:p, :action, :reason, :by, :at)""")
			.param("p", period.toString())
			.param("action", action.name())
			.param("reason", reason)
			.param("by", by.id())
			.param("at", CompanyCalendar.toUtc(at))
			.update(key, "id");
		return java.util.Objects.requireNonNull(key.getKey()).longValue();
	}

	/** A closed month: who closed it and when. */
	record ClosedPeriod(YearMonth period, long closedById, Instant closedAt) {
	}

	/** One close or reopen of a month. */
	record PeriodCloseChange(long id, YearMonth period, Action action, @Nullable String reason, long changedById,
			Instant changedAt) {

		enum Action {

			CLOSE, REOPEN

		}

	}

}
