package app.tandem.imports;

import java.time.Instant;
import java.time.LocalDateTime;

import app.tandem.shared.CompanyCalendar;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One applied file import (SPEC §8): its file, who applied it, what its rows did, and
 * whether it was reverted.
 */
@Entity
@Table(name = "import_batch")
public class ImportBatch {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String source;

	private String fileName;

	private String fileSha256;

	private Long createdBy;

	private LocalDateTime createdAt;

	@Column(name = "total_rows")
	private int rows;

	private int created;

	private int updated;

	private int unchanged;

	private int failed;

	private LocalDateTime revertedAt;

	private Long revertedBy;

	@Version
	private long version;

	protected ImportBatch() {
	}

	ImportBatch(String source, String fileName, String fileSha256, long createdBy, Instant createdAt, Counts counts) {
		this.source = source;
		this.fileName = fileName;
		this.fileSha256 = fileSha256;
		this.createdBy = createdBy;
		this.createdAt = CompanyCalendar.toUtc(createdAt);
		this.rows = counts.rows();
		this.created = counts.created();
		this.updated = counts.updated();
		this.unchanged = counts.unchanged();
		this.failed = counts.failed();
	}

	public Long getId() {
		return this.id;
	}

	public String getSource() {
		return this.source;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getFileSha256() {
		return this.fileSha256;
	}

	public Long getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return CompanyCalendar.fromUtc(this.createdAt);
	}

	public int getRows() {
		return this.rows;
	}

	public int getCreated() {
		return this.created;
	}

	public int getUpdated() {
		return this.updated;
	}

	public int getUnchanged() {
		return this.unchanged;
	}

	public int getFailed() {
		return this.failed;
	}

	public Instant getRevertedAt() {
		return this.revertedAt == null ? null : CompanyCalendar.fromUtc(this.revertedAt);
	}

	boolean isReverted() {
		return this.revertedAt != null;
	}

	void reverted(long by, Instant at) {
		this.revertedBy = by;
		this.revertedAt = CompanyCalendar.toUtc(at);
	}

	/** The row counts of an import. */
	record Counts(int rows, int created, int updated, int unchanged, int failed) {
	}

}
