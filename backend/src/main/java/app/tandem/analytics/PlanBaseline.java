package app.tandem.analytics;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The assumptions an applied plan was built from: the baseline of "the gap, by cause".
 */
@Entity
@Table(name = "plan_baseline")
class PlanBaseline {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "plan_month")
	private String month;

	private BigDecimal turnoverTarget;

	private long leads;

	/** Deals per lead (the column keeps its first name). */
	@Column(name = "lead_conversion")
	private BigDecimal dealsPerLead;

	private BigDecimal averageDeal;

	private BigDecimal marginPercent;

	private String historyFrom;

	private String historyTo;

	private Long appliedBy;

	private LocalDateTime appliedAt;

	protected PlanBaseline() {
	}

	PlanBaseline(YearMonth period) {
		this.month = period.toString();
	}

	void set(PlanSuggestion plan, long by, LocalDateTime at) {
		this.turnoverTarget = plan.turnoverTarget();
		this.leads = plan.requiredLeads();
		this.dealsPerLead = plan.funnel().assumptions().dealsPerLead();
		this.averageDeal = plan.averageDeal();
		this.marginPercent = plan.funnel().assumptions().marginPercent();
		this.historyFrom = plan.historyFrom().toString();
		this.historyTo = plan.historyTo().toString();
		this.appliedBy = by;
		this.appliedAt = at;
	}

	long leads() {
		return this.leads;
	}

	BigDecimal dealsPerLead() {
		return this.dealsPerLead;
	}

	BigDecimal averageDeal() {
		return this.averageDeal;
	}

	BigDecimal marginPercent() {
		return this.marginPercent;
	}

}
