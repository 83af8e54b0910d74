package app.tandem.handoffs;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDateTime;

import app.tandem.shared.CompanyCalendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A marketer contesting a salesperson's NOT_TARGET mark on their lead, and the owner's
 * ruling (SPEC §12).
 */
@Entity
@Table(name = "lead_dispute")
public class Dispute {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long leadId;

	private Long openedBy;

	/** UTC. */
	private LocalDateTime openedAt;

	/** The marketer's argument. */
	@Column(name = "argument")
	private String comment;

	@Enumerated(EnumType.STRING)
	private DisputeStatus status;

	private @Nullable Long resolvedBy;

	/** UTC. */
	private @Nullable LocalDateTime resolvedAt;

	@Enumerated(EnumType.STRING)
	private @Nullable DisputeVerdict verdict;

	private @Nullable String resolution;

	/**
	 * The lead's id while open, null once resolved: the unique key that allows one open
	 * dispute per lead.
	 */
	private @Nullable Long openLeadId;

	@Version
	private long version;

	protected Dispute() {
	}

	Dispute(long leadId, long openedBy, Instant openedAt, String comment) {
		this.leadId = leadId;
		this.openedBy = openedBy;
		this.openedAt = CompanyCalendar.toUtc(openedAt);
		this.comment = comment;
		this.status = DisputeStatus.OPEN;
		this.openLeadId = leadId;
	}

	void resolve(long by, Instant at, DisputeVerdict verdict, String resolution) {
		this.status = DisputeStatus.RESOLVED;
		this.resolvedBy = by;
		this.resolvedAt = CompanyCalendar.toUtc(at);
		this.verdict = verdict;
		this.resolution = resolution;
		this.openLeadId = null;
	}

	public Long getId() {
		return this.id;
	}

	public Long getLeadId() {
		return this.leadId;
	}

	public Long getOpenedBy() {
		return this.openedBy;
	}

	public Instant getOpenedAt() {
		return CompanyCalendar.fromUtc(this.openedAt);
	}

	public String getComment() {
		return this.comment;
	}

	public DisputeStatus getStatus() {
		return this.status;
	}

	public @Nullable Long getResolvedBy() {
		return this.resolvedBy;
	}

	public @Nullable Instant getResolvedAt() {
		return this.resolvedAt == null ? null : CompanyCalendar.fromUtc(this.resolvedAt);
	}

	public @Nullable DisputeVerdict getVerdict() {
		return this.verdict;
	}

	public @Nullable String getResolution() {
		return this.resolution;
	}

}
