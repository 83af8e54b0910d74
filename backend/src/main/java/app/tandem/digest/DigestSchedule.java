package app.tandem.digest;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import app.tandem.shared.CompanySettings;

import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Monday 09:00 on the company's clock (tandem.company.time-zone), whatever zone the
 * server runs in.
 */
@Component
class DigestSchedule {

	static final String CRON = "0 0 9 * * MON";

	private final ZoneId zone;

	@org.springframework.beans.factory.annotation.Autowired
	DigestSchedule(CompanySettings company) {
		this(company.timeZone());
	}

	DigestSchedule(ZoneId zone) {
		this.zone = zone;
	}

	ZoneId zone() {
		return this.zone;
	}

	CronTrigger trigger() {
		return new CronTrigger(CRON, this.zone);
	}

	/** The first sending time after {@code after}. */
	ZonedDateTime next(Instant after) {
		return CronExpression.parse(CRON).next(after.atZone(this.zone));
	}

}
