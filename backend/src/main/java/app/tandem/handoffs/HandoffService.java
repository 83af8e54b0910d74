package app.tandem.handoffs;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.tandem.people.Viewers;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.PeriodRange;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The handoff ledger (SPEC §12): for the leads created in a month and handed to a
 * salesperson, per marketer × salesperson pair, how many converted, how many were marked
 * NOT_TARGET, contested and overturned, and the median hours from creation to hand-over
 * and to closing.
 */
@Service
public class HandoffService {

	/**
	 * One row per handed-over lead of the month; medians need the individual durations.
	 */
	private static final String LEADS = """
			SELECT l.marketer_id, l.assignee_id, l.created_at, l.assigned_at, l.closed_at, l.converted, l.lost_reason,
			       (SELECT COUNT(*) FROM lead_dispute d WHERE d.lead_id = l.id) AS disputes,
			       (SELECT COUNT(*) FROM lead_dispute d WHERE d.lead_id = l.id AND d.verdict = 'OVERTURNED') AS overturned
			FROM sales_lead l
			WHERE l.created_at >= :fromUtc AND l.created_at < :toUtc AND l.voided_at IS NULL
			  AND l.assignee_id IS NOT NULL
			ORDER BY l.marketer_id, l.assignee_id""";

	private final JdbcClient jdbc;

	private final Viewers viewers;

	private final CompanyCalendar calendar;

	HandoffService(JdbcClient jdbc, Viewers viewers, CompanyCalendar calendar) {
		this.jdbc = jdbc;
		this.viewers = viewers;
		this.calendar = calendar;
	}

	/**
	 * Everyone signed in: it is team evidence, counts and medians only. Sorted by
	 * marketer, then salesperson.
	 */
	@Transactional(readOnly = true)
	public List<Handoff> handoffs(YearMonth period) {
		this.viewers.requireSignedIn();
		PeriodRange range = this.calendar.range(period);
		Map<List<Long>, Pair> pairs = new LinkedHashMap<>();
		this.jdbc.sql(LEADS).param("fromUtc", range.fromUtc()).param("toUtc", range.toUtc()).query((rs) -> {
			long marketer = rs.getLong("marketer_id");
			long salesperson = rs.getLong("assignee_id");
			LocalDateTime created = rs.getObject("created_at", LocalDateTime.class);
			pairs.computeIfAbsent(List.of(marketer, salesperson), (key) -> new Pair(marketer, salesperson))
				.add(rs.getBoolean("converted"), "NOT_TARGET".equals(rs.getString("lost_reason")),
						rs.getLong("disputes") > 0, rs.getLong("overturned") > 0,
						hours(created, rs.getObject("assigned_at", LocalDateTime.class)),
						hours(created, rs.getObject("closed_at", LocalDateTime.class)));
		});
		return pairs.values().stream().map(Pair::handoff).toList();
	}

	/**
	 * Hours between two moments, never negative (a creation time corrected to after the
	 * hand-over); null if unknown.
	 */
	private static @Nullable Double hours(LocalDateTime from, @Nullable LocalDateTime to) {
		if (to == null) {
			return null;
		}
		return Math.max(0, Duration.between(from, to).toMillis() / 3_600_000.0);
	}

	/**
	 * The median of known values, 2 places; the mean of the middle two for an even count;
	 * null when none.
	 */
	static @Nullable Double median(List<@Nullable Double> values) {
		List<Double> known = values.stream().filter((v) -> v != null).sorted(Comparator.naturalOrder()).toList();
		if (known.isEmpty()) {
			return null;
		}
		int middle = known.size() / 2;
		double median = known.size() % 2 == 1 ? known.get(middle) : (known.get(middle - 1) + known.get(middle)) / 2;
		return BigDecimal.valueOf(median).setScale(2, RoundingMode.HALF_UP).doubleValue();
	}

	private static final class Pair {

		private final long marketer;

		private final long salesperson;

		private int leads;

		private int won;

		private int notTarget;

		private int contested;

		private int overturned;

		private final List<@Nullable Double> toAssign = new ArrayList<>();

		private final List<@Nullable Double> toClose = new ArrayList<>();

		Pair(long marketer, long salesperson) {
			this.marketer = marketer;
			this.salesperson = salesperson;
		}

		void add(boolean converted, boolean notTarget, boolean contested, boolean overturned, @Nullable Double toAssign,
				@Nullable Double toClose) {
			this.leads++;
			this.won += converted ? 1 : 0;
			this.notTarget += notTarget ? 1 : 0;
			this.contested += contested ? 1 : 0;
			this.overturned += overturned ? 1 : 0;
			this.toAssign.add(toAssign);
			this.toClose.add(toClose);
		}

		Handoff handoff() {
			return new Handoff(this.marketer, this.salesperson, this.leads, this.won, this.notTarget, this.contested,
					this.overturned, median(this.toAssign), median(this.toClose));
		}

	}

}
