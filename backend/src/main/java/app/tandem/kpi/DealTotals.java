package app.tandem.kpi;

import java.math.BigDecimal;

/** A set of deals: how many, their revenue (turnover) and gross margin. */
public record DealTotals(long count, BigDecimal revenue, BigDecimal margin) {

	public static final DealTotals NONE = new DealTotals(0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));

	public DealTotals plus(DealTotals other) {
		return new DealTotals(this.count + other.count, this.revenue.add(other.revenue), this.margin.add(other.margin));
	}

}
