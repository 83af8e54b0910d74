package app.tandem.kpi;

import java.math.BigDecimal;
import java.util.Map;

/** A period's marketing spend (not voided), per marketer and per channel. */
public record SpendFigures(Map<Long, BigDecimal> byMarketer, Map<Long, BigDecimal> byChannel, BigDecimal total) {

	public BigDecimal of(long marketer) {
		return this.byMarketer.getOrDefault(marketer, DealTotals.NONE.revenue());
	}

	public BigDecimal ofChannel(long channel) {
		return this.byChannel.getOrDefault(channel, DealTotals.NONE.revenue());
	}

}
