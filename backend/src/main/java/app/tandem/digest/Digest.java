package app.tandem.digest;

import app.tandem.people.Language;

/** One rendered digest: what the e-mail (or the preview) shows. */
public record Digest(String subject, String html, String text, Language language, DigestWeek week,
		boolean mailConfigured) {

	public java.time.LocalDate weekStart() {
		return this.week.firstDay();
	}

	public java.time.LocalDate weekEnd() {
		return this.week.lastDay();
	}

	public java.time.YearMonth period() {
		return this.week.period();
	}

}
