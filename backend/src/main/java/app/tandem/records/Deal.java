package app.tandem.records;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A won sale. Gross margin = revenue − cost, negative when sold at a loss. */
@Entity
@Table(name = "deal")
public class Deal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String externalId;

	private Long clientId;

	private Long leadId;

	private Long salespersonId;

	private LocalDate closedOn;

	private BigDecimal revenue;

	private BigDecimal cost;

	private Long recordedBy;

	private LocalDateTime recordedAt;

	@Embedded
	private Voiding voiding;

	@Version
	private long version;

	protected Deal() {
	}

	Deal(String externalId, Long clientId, Long leadId, Long salespersonId, LocalDate closedOn, BigDecimal revenue,
			BigDecimal cost, Long recordedBy, LocalDateTime recordedAt) {
		this.externalId = externalId;
		this.clientId = clientId;
		this.leadId = leadId;
		this.salespersonId = salespersonId;
		this.closedOn = closedOn;
		this.revenue = revenue;
		this.cost = cost;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getExternalId() {
		return this.externalId;
	}

	public Long getClientId() {
		return this.clientId;
	}

	public Long getLeadId() {
		return this.leadId;
	}

	public Long getSalespersonId() {
		return this.salespersonId;
	}

	public LocalDate getClosedOn() {
		return this.closedOn;
	}

	public BigDecimal getRevenue() {
		return this.revenue;
	}

	public BigDecimal getCost() {
		return this.cost;
	}

	public BigDecimal getGrossMargin() {
		return this.revenue.subtract(this.cost);
	}

	public long getVersion() {
		return this.version;
	}

	public boolean isVoided() {
		return this.voiding != null && this.voiding.isVoided();
	}

	void correct(DealFields fields) {
		this.externalId = fields.externalId();
		this.clientId = fields.clientId();
		this.leadId = fields.leadId();
		this.salespersonId = fields.salespersonId();
		this.closedOn = fields.closedOn();
		this.revenue = fields.revenue();
		this.cost = fields.cost();
	}

	DealFields fields() {
		return new DealFields(this.externalId, this.clientId, this.leadId, this.salespersonId, this.closedOn,
				this.revenue, this.cost);
	}

	void voidBy(Voiding voiding) {
		this.voiding = voiding;
	}

}
