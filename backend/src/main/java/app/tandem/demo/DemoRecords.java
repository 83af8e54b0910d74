package app.tandem.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import app.tandem.records.LostReason;

/**
 * The story as it will have happened by the end of the current month; {@link SoFar} tells
 * which part has happened by now.
 */
final class DemoRecords {

	private DemoRecords() {
	}

	/**
	 * A lead and its fate: won on {@code decidedOn} when {@code lostReason} is null.
	 * Until that day it is open, and a fresh one may still wait for an assignee.
	 */
	record Lead(Instant createdAt, LocalDate createdOn, DemoChannel channel, long marketerId, long assigneeId,
			LocalDate decidedOn, LostReason lostReason, boolean assignedLate) {

		boolean won() {
			return this.lostReason == null;
		}

	}

	/**
	 * Every client comes from a won lead; {@code farmed} clients pass to the farmer after
	 * a month.
	 */
	record Client(String name, int leadIndex, long acquiredBy, LocalDate firstDealOn, boolean farmed) {
	}

	/** {@code leadIndex} is -1 for a repeat deal. */
	record Deal(int clientIndex, int leadIndex, long salespersonId, LocalDate closedOn, BigDecimal revenue,
			BigDecimal cost) {

		BigDecimal margin() {
			return this.revenue.subtract(this.cost);
		}

	}

	record Spend(DemoChannel channel, long marketerId, LocalDate day, BigDecimal amount) {
	}

}
