package app.tandem.goals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;

import app.tandem.shared.CompanyCalendar;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One audited change of a shared goal or personal plan: who, when, old → new. */
@Entity
@Table(name = "plan_change")
public class PlanChange {

	/** What a change touched. */
	public enum Subject {

		SHARED_GOAL, PERSONAL_PLAN

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "plan_month")
	private String month;

	@Enumerated(EnumType.STRING)
	private Subject subject;

	private Long employeeId;

	@Enumerated(EnumType.STRING)
	private Metric metric;

	private BigDecimal oldValue;

	private BigDecimal newValue;

	private Long changedBy;

	private LocalDateTime changedAt;

	protected PlanChange() {
	}

	PlanChange(YearMonth period, Subject subject, Long employeeId, Metric metric, BigDecimal oldValue,
			BigDecimal newValue, long changedBy, LocalDateTime changedAt) {
		this.month = period.toString();
		this.subject = subject;
		this.employeeId = employeeId;
		this.metric = metric;
		this.oldValue = oldValue;
		this.newValue = newValue;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	public Long getId() {
		return this.id;
	}

	public YearMonth getPeriod() {
		return YearMonth.parse(this.month);
	}

	public Subject getSubject() {
		return this.subject;
	}

	public Long getEmployeeId() {
		return this.employeeId;
	}

	public Metric getMetric() {
		return this.metric;
	}

	public BigDecimal getOldValue() {
		return this.oldValue == null ? null : PlanTargets.scaled(this.metric, this.oldValue);
	}

	public BigDecimal getNewValue() {
		return PlanTargets.scaled(this.metric, this.newValue);
	}

	public Long getChangedBy() {
		return this.changedBy;
	}

	public Instant getChangedAt() {
		return CompanyCalendar.fromUtc(this.changedAt);
	}

}
