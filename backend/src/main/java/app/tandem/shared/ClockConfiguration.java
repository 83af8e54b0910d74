package app.tandem.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

	/**
	 * The system clock, or with {@code tandem.clock.start} (ISO-8601 with offset) a clock
	 * that starts at that moment and runs on from there: a demo or a browser test can
	 * live on the 1st or the 15th of a month whatever today is. Never for real data:
	 * every record would be stamped with the shifted time.
	 */
	@Bean
	@ConditionalOnMissingBean
	Clock clock(@Value("${tandem.clock.start:}") String start) {
		if (start == null || start.isBlank()) {
			return Clock.systemUTC();
		}
		Instant moment;
		try {
			moment = OffsetDateTime.parse(start.trim()).toInstant();
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new IllegalStateException("tandem.clock.start must be an ISO-8601 date-time with offset, such as "
					+ "2026-12-15T10:00:00+03:00, not \"" + start + "\"", ex);
		}
		log.warn("The clock is shifted: it started at {} (tandem.clock.start). For demos and tests only.", moment);
		return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), moment));
	}

}
