package app.tandem.goals;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One person's target for one metric in one month. */
@Entity
@Table(name = "personal_plan")
public class PersonalPlan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long employeeId;

	@Column(name = "plan_month")
	private String month;

	@Enumerated(EnumType.STRING)
	private Metric metric;

	private BigDecimal target;

	@Version
	private long version;

	private Long updatedBy;

	private LocalDateTime updatedAt;

	protected PersonalPlan() {
	}

	PersonalPlan(long employeeId, YearMonth period, Metric metric) {
		this.employeeId = employeeId;
		this.month = period.toString();
		this.metric = metric;
	}

	public Long getId() {
		return this.id;
	}

	public Long getEmployeeId() {
		return this.employeeId;
	}

	public YearMonth getPeriod() {
		return YearMonth.parse(this.month);
	}

	public Metric getMetric() {
		return this.metric;
	}

	/**
	 * Shown with the metric's own precision: "12" leads, "150000.00" roubles, "0.2500"
	 * conversion.
	 */
	public BigDecimal getTarget() {
		return PlanTargets.scaled(this.metric, this.target);
	}

	/**
	 * 1 once set, then one more with every change; 0 stands for "not set yet" in
	 * expectedVersion.
	 */
	public long getVersion() {
		return this.version + 1;
	}

	void set(BigDecimal target, long by, LocalDateTime at) {
		this.target = target;
		this.updatedBy = by;
		this.updatedAt = at;
	}

}
