package app.tandem.records;

import java.time.Instant;
import java.time.LocalDateTime;

import app.tandem.shared.CompanyCalendar;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A potential customer brought by a marketer through a channel. */
@Entity
@Table(name = "sales_lead")
public class Lead {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String externalId;

	/** UTC. */
	private LocalDateTime createdAt;

	private Long channelId;

	private Long marketerId;

	private Long assigneeId;

	@Enumerated(EnumType.STRING)
	private LeadStatus status;

	/** Has a deal (set with the deal); the KPI queries count converted leads without looking at deals. */
	private boolean converted;

	@Enumerated(EnumType.STRING)
	private LostReason lostReason;

	private Long recordedBy;

	private LocalDateTime recordedAt;

	@Version
	private long version;

	protected Lead() {
	}

	Lead(String externalId, Instant createdAt, Long channelId, Long marketerId, Long assigneeId, Long recordedBy,
			Instant recordedAt) {
		this.externalId = externalId;
		this.createdAt = CompanyCalendar.toUtc(createdAt);
		this.channelId = channelId;
		this.marketerId = marketerId;
		this.assigneeId = assigneeId;
		this.status = LeadStatus.OPEN;
		this.recordedBy = recordedBy;
		this.recordedAt = CompanyCalendar.toUtc(recordedAt);
	}

	/** Counts the lead's changes (optimistic locking); clients send it back as expectedVersion. */
	public long getVersion() {
		return this.version;
	}

	public Long getId() {
		return this.id;
	}

	public String getExternalId() {
		return this.externalId;
	}

	public Instant getCreatedAt() {
		return CompanyCalendar.fromUtc(this.createdAt);
	}

	public Long getChannelId() {
		return this.channelId;
	}

	public Long getMarketerId() {
		return this.marketerId;
	}

	public Long getAssigneeId() {
		return this.assigneeId;
	}

	public LeadStatus getStatus() {
		return this.status;
	}

	public LostReason getLostReason() {
		return this.lostReason;
	}

	void assign(Long assigneeId) {
		this.assigneeId = assigneeId;
	}

	void dealRecorded() {
		this.converted = true;
	}

	void close(LeadStatus status, LostReason lostReason) {
		this.status = status;
		this.lostReason = lostReason;
	}

}
