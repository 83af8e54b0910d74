package app.tandem.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * What operators read: Prometheus metrics ({@code /actuator/prometheus}) and build info
 * ({@code /actuator/info}), both behind {@code tandem.metrics.token}
 * (docs/operations.md). Their own filter chain, ahead of the application's: the operator
 * token is not a person's sign-in token and must not be parsed as one.
 * {@code /actuator/health} stays open for probes.
 */
@Configuration(proxyBeanMethods = false)
class OperatorEndpoints {

	@Bean
	@Order(0)
	SecurityFilterChain operatorEndpointChain(HttpSecurity http, @Value("${tandem.metrics.token:}") String token)
			throws Exception {
		return http.securityMatcher("/actuator/prometheus", "/actuator/prometheus/**", "/actuator/info")
			.csrf((csrf) -> csrf.disable())
			.cors((cors) -> cors.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.addFilterBefore(new OperatorToken(token), AuthorizationFilter.class)
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.build();
	}

	/**
	 * {@code tandem_build_info{version=…,time=…} 1}: which build is running, beside its
	 * metrics.
	 */
	@Bean
	MeterBinder buildInfo(ObjectProvider<BuildProperties> build) {
		return (registry) -> build.ifAvailable((properties) -> Gauge.builder("tandem.build.info", () -> 1)
			.description("The running build; the value is always 1")
			.tag("version", String.valueOf(properties.getVersion()))
			.tag("time", String.valueOf(properties.getTime()))
			.strongReference(true)
			.register(registry));
	}

}
