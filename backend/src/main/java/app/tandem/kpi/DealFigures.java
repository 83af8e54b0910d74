package app.tandem.kpi;

import java.util.Map;

/**
 * A period's deals (not voided): closed in the period per salesperson (with their repeat
 * clients), closed in the period on each marketer's and channel's leads (attributed), new
 * clients per salesperson, and the deals of the period's lead cohort closed any time
 * (funnel).
 */
public record DealFigures(Map<Long, SalesCounts> bySalesperson, Map<Long, DealTotals> attributedByMarketer,
		Map<Long, DealTotals> attributedByChannel, Map<Long, Long> newClientsBySalesperson, DealTotals cohort) {

	/**
	 * A salesperson's deals closed in the period, and how many distinct clients of them
	 * had bought before.
	 */
	public record SalesCounts(DealTotals deals, long activeClients) {

		public static final SalesCounts NONE = new SalesCounts(DealTotals.NONE, 0);

	}

	public SalesCounts of(long salesperson) {
		return this.bySalesperson.getOrDefault(salesperson, SalesCounts.NONE);
	}

	public DealTotals attributedTo(long marketer) {
		return this.attributedByMarketer.getOrDefault(marketer, DealTotals.NONE);
	}

	public DealTotals attributedToChannel(long channel) {
		return this.attributedByChannel.getOrDefault(channel, DealTotals.NONE);
	}

	public long newClientsOf(long salesperson) {
		return this.newClientsBySalesperson.getOrDefault(salesperson, 0L);
	}

	/** Every deal closed in the period: the company's turnover and gross margin. */
	public DealTotals closed() {
		return this.bySalesperson.values().stream().map(SalesCounts::deals).reduce(DealTotals.NONE, DealTotals::plus);
	}

	/** The deals closed in the period that came from a lead. */
	public DealTotals leadSourced() {
		return this.attributedByMarketer.values().stream().reduce(DealTotals.NONE, DealTotals::plus);
	}

	public long newClients() {
		return this.newClientsBySalesperson.values().stream().mapToLong(Long::longValue).sum();
	}

}
