package app.tandem.records;

import java.time.Instant;
import java.time.LocalDateTime;

import app.tandem.shared.CompanyCalendar;
import jakarta.persistence.Embedded;
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

	/**
	 * Has a deal (set with the deal); the KPI queries count converted leads without
	 * looking at deals.
	 */
	private boolean converted;

	@Enumerated(EnumType.STRING)
	private LostReason lostReason;

	private Long recordedBy;

	private LocalDateTime recordedAt;

	/**
	 * UTC; when it was last handed to a salesperson, null while unassigned or unknown.
	 */
	private LocalDateTime assignedAt;

	/** UTC; when it was closed WON or LOST, null while OPEN or unknown. */
	private LocalDateTime closedAt;

	/**
	 * The latest dispute's state about its NOT_TARGET mark: OPEN, UPHELD or OVERTURNED;
	 * null without one.
	 */
	private String disputeStatus;

	@Embedded
	private Voiding voiding;

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
		this.assignedAt = assigneeId == null ? null : this.recordedAt;
	}

	/**
	 * Counts the lead's changes (optimistic locking); clients send it back as
	 * expectedVersion.
	 */
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

	public Instant getAssignedAt() {
		return this.assignedAt == null ? null : CompanyCalendar.fromUtc(this.assignedAt);
	}

	public Instant getClosedAt() {
		return this.closedAt == null ? null : CompanyCalendar.fromUtc(this.closedAt);
	}

	public boolean isConverted() {
		return this.converted;
	}

	public boolean isVoided() {
		return this.voiding != null && this.voiding.isVoided();
	}

	String getDisputeStatus() {
		return this.disputeStatus;
	}

	/**
	 * An owner ruled its NOT_TARGET mark a selling loss (SPEC §12): the ruling, not a
	 * CRM's reason, stands.
	 */
	public boolean isMarkOverturned() {
		return LeadMarks.OVERTURNED.equals(this.disputeStatus);
	}

	/** Handed to {@code assigneeId} at {@code at}; null takes it back. */
	void assign(Long assigneeId, Instant at) {
		if (!java.util.Objects.equals(this.assigneeId, assigneeId)) {
			this.assignedAt = assigneeId == null ? null : CompanyCalendar.toUtc(at);
		}
		this.assigneeId = assigneeId;
	}

	/**
	 * Whether it has a deal that counts; set with its deals, so KPI queries need not look
	 * at deals.
	 */
	void converted(boolean converted) {
		this.converted = converted;
	}

	/** A new status at {@code at}: closing stamps closedAt, reopening clears it. */
	void close(LeadStatus status, LostReason lostReason, Instant at) {
		if (status == LeadStatus.OPEN) {
			this.closedAt = null;
		}
		else if (this.status != status || this.closedAt == null) {
			this.closedAt = CompanyCalendar.toUtc(at);
		}
		this.status = status;
		this.lostReason = lostReason;
	}

	void correctSource(String externalId, Instant createdAt, Long channelId, Long marketerId) {
		this.externalId = externalId;
		this.createdAt = CompanyCalendar.toUtc(createdAt);
		this.channelId = channelId;
		this.marketerId = marketerId;
	}

	void disputed(String status) {
		this.disputeStatus = status;
	}

	void voidBy(Voiding voiding) {
		this.voiding = voiding;
	}

}
