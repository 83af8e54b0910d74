package app.tandem.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many failed sign-ins an account, and separately a client address, may have within
 * the window before further attempts are refused without checking the password.
 */
@ConfigurationProperties("tandem.security.login-throttle")
record LoginThrottleProperties(int maxFailures, Duration window) {

	LoginThrottleProperties {
		maxFailures = maxFailures > 0 ? maxFailures : 10;
		window = window == null || window.isNegative() || window.isZero() ? Duration.ofMinutes(15) : window;
	}

}
