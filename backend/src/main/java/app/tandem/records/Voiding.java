package app.tandem.records;

import java.time.Instant;
import java.time.LocalDateTime;

import app.tandem.shared.CompanyCalendar;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who took a record out of every figure, when and why (SPEC §7). A voided record is kept:
 * its history stays readable, and every KPI query skips it ({@code voided_at IS NULL}).
 */
@Embeddable
class Voiding {

	@Column(name = "voided_at")
	private LocalDateTime at;

	@Column(name = "voided_by")
	private Long by;

	@Column(name = "void_reason")
	private String reason;

	protected Voiding() {
	}

	Voiding(Instant at, long by, String reason) {
		this.at = CompanyCalendar.toUtc(at);
		this.by = by;
		this.reason = reason;
	}

	boolean isVoided() {
		return this.at != null;
	}

}
