package app.tandem.goals;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The month's one turnover and gross-margin target that everyone shares. */
@Entity
@Table(name = "shared_goal")
public class SharedGoal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "plan_month")
	private String month;

	private BigDecimal turnoverTarget;

	private BigDecimal grossMarginTarget;

	@Version
	private long version;

	private Long updatedBy;

	private LocalDateTime updatedAt;

	protected SharedGoal() {
	}

	SharedGoal(YearMonth period) {
		this.month = period.toString();
	}

	/** The goal of several months together, for quarter and year views; never stored. */
	static SharedGoal sum(YearMonth first, BigDecimal turnoverTarget, BigDecimal grossMarginTarget) {
		SharedGoal goal = new SharedGoal(first);
		goal.turnoverTarget = turnoverTarget;
		goal.grossMarginTarget = grossMarginTarget;
		return goal;
	}

	public YearMonth getPeriod() {
		return YearMonth.parse(this.month);
	}

	public BigDecimal getTurnoverTarget() {
		return this.turnoverTarget;
	}

	public BigDecimal getGrossMarginTarget() {
		return this.grossMarginTarget;
	}

	/**
	 * 1 once set, then one more with every change; 0 stands for "not set yet" in
	 * expectedVersion.
	 */
	public long getVersion() {
		return this.version + 1;
	}

	void set(BigDecimal turnoverTarget, BigDecimal grossMarginTarget, long by, LocalDateTime at) {
		this.turnoverTarget = turnoverTarget;
		this.grossMarginTarget = grossMarginTarget;
		this.updatedBy = by;
		this.updatedAt = at;
	}

}
