package app.tandem.digest;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Monday 09:00 company time ({@link DigestSchedule}), through ShedLock's table so that of
 * several instances one runs it; the send log's unique key does the rest.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class DigestScheduling implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(DigestScheduling.class);

	private final DigestSchedule schedule;

	private final WeeklyDigest digest;

	DigestScheduling(DigestSchedule schedule, WeeklyDigest digest) {
		this.schedule = schedule;
		this.digest = digest;
	}

	@Bean
	static LockProvider digestLockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		if (!this.digest.mailConfigured()) {
			log.info("Weekly digest: e-mail is not configured (spring.mail.host), so none is sent");
			return;
		}
		log.info("Weekly digest: Mondays 09:00 {}, next at {}", this.schedule.zone(),
				this.schedule.next(java.time.Instant.now()));
		registrar.addTriggerTask(this.digest::sendLocked, this.schedule.trigger());
	}

}
