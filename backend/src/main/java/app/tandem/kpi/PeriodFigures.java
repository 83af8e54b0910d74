package app.tandem.kpi;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The raw sums of one period, aggregated in SQL: per marketer, per salesperson, per channel
 * and for the whole company. Everything else (ratios, pace, shares) is derived from these.
 */
record PeriodFigures(Map<Long, LeadCounts> leadsByMarketer, Map<Long, LeadCounts> leadsByChannel, LeadCounts leads,
		Map<Long, BigDecimal> spendByMarketer, Map<Long, BigDecimal> spendByChannel, BigDecimal spend,
		Map<Long, Money> attributedByMarketer, Map<Long, Money> attributedByChannel,
		Map<Long, SalesCounts> salesByPerson, SalesCounts sales, Map<Long, Long> newClientsByPerson, long newClients,
		Money cohortDeals) {

	/** Leads created in the period and what became of them. */
	record LeadCounts(long leads, long assigned, long won, long closed, long notTarget, long converted) {

		static final LeadCounts NONE = new LeadCounts(0, 0, 0, 0, 0, 0);

		LeadCounts plus(LeadCounts other) {
			return new LeadCounts(this.leads + other.leads, this.assigned + other.assigned, this.won + other.won,
					this.closed + other.closed, this.notTarget + other.notTarget, this.converted + other.converted);
		}

	}

	/** Revenue and margin of a set of deals, and how many there were. */
	record Money(long deals, BigDecimal revenue, BigDecimal margin) {

		static final Money NONE = new Money(0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));

		Money plus(Money other) {
			return new Money(this.deals + other.deals, this.revenue.add(other.revenue), this.margin.add(other.margin));
		}

	}

	/** A salesperson's deals closed in the period. */
	record SalesCounts(Money money, long activeClients) {

		static final SalesCounts NONE = new SalesCounts(Money.NONE, 0);

	}

	LeadCounts leadsOf(long marketer) {
		return this.leadsByMarketer.getOrDefault(marketer, LeadCounts.NONE);
	}

	BigDecimal spendOf(long marketer) {
		return this.spendByMarketer.getOrDefault(marketer, Money.NONE.revenue());
	}

	Money attributedTo(long marketer) {
		return this.attributedByMarketer.getOrDefault(marketer, Money.NONE);
	}

	SalesCounts salesOf(long salesperson) {
		return this.salesByPerson.getOrDefault(salesperson, SalesCounts.NONE);
	}

	long newClientsOf(long salesperson) {
		return this.newClientsByPerson.getOrDefault(salesperson, 0L);
	}

	/** Whether this person has any number at all in the period. */
	boolean involves(long employee) {
		return this.leadsByMarketer.containsKey(employee) || this.spendByMarketer.containsKey(employee)
				|| this.attributedByMarketer.containsKey(employee) || this.salesByPerson.containsKey(employee)
				|| this.newClientsByPerson.containsKey(employee);
	}

}
