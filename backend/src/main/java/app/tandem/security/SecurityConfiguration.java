package app.tandem.security;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import javax.crypto.SecretKey;

import app.tandem.security.web.WebProtection;

import com.nimbusds.jose.jwk.source.ImmutableSecret;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Stateless bearer-token security. The URL layer only authenticates (a bad token is
 * refused before any resolver runs); what each person may do is decided in the services.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, JwtDecoder jwtDecoder, WebProtection web,
			ForwardedProtocol protocol) throws Exception {
		// CSRF tokens are not needed: a cookie only authenticates together with the web
		// app's header
		// (SessionTokenResolver), which another site cannot send because its CORS
		// preflight is refused.
		return http.csrf((csrf) -> csrf.disable())
			.headers(web::headers)
			// HSTS whenever the browser used HTTPS, directly or through a trusted
			// TLS-terminating proxy.
			.headers((headers) -> headers.httpStrictTransportSecurity(
					(hsts) -> hsts.requestMatcher(protocol::https).maxAgeInSeconds(31_536_000).includeSubDomains(true)))
			.cors((cors) -> cors.configurationSource(web.cors()))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.oauth2ResourceServer((server) -> server.jwt((jwt) -> {
			}).bearerTokenResolver(new SessionTokenResolver(jwtDecoder)).authenticationEntryPoint(new TokenRefusal()))
			.build();
	}

	@Bean
	SecretKey tokenSigningKey(SecurityProperties properties, @Value("${tandem.data-dir}") Path dataDir) {
		return TokenKey.resolve(properties.tokenSecret(), dataDir);
	}

	@Bean
	JwtDecoder jwtDecoder(SecretKey tokenSigningKey, SecurityProperties properties, Clock clock,
			TokenRevocations revocations) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(tokenSigningKey)
			.macAlgorithm(MacAlgorithm.HS256)
			.build();
		// The issuer first: a foreign token is TOKEN_INVALID even when it has expired too
		// (TokenExpiry).
		decoder.setJwtValidator(new RevocationCheck(
				new IssuerThenExpiry(new JwtIssuerValidator(properties.issuer()), new TokenExpiry(clock)),
				revocations));
		return decoder;
	}

	/**
	 * Stops at the first validator that refuses, so an expired foreign token is refused
	 * as foreign.
	 */
	private record IssuerThenExpiry(OAuth2TokenValidator<Jwt> issuer,
			OAuth2TokenValidator<Jwt> expiry) implements OAuth2TokenValidator<Jwt> {

		@Override
		public OAuth2TokenValidatorResult validate(Jwt token) {
			for (OAuth2TokenValidator<Jwt> check : List.of(this.issuer, this.expiry)) {
				OAuth2TokenValidatorResult result = check.validate(token);
				if (result.hasErrors()) {
					return result;
				}
			}
			return OAuth2TokenValidatorResult.success();
		}

	}

	@Bean
	JwtEncoder jwtEncoder(SecretKey tokenSigningKey) {
		return new NimbusJwtEncoder(new ImmutableSecret<>(tokenSigningKey));
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
