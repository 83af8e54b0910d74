package app.tandem.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A bad bearer token (expired, tampered, foreign, unsigned) is refused before any resolver
 * runs: HTTP 401 with a GraphQL-shaped body, so clients handle it like any other error.
 */
class TokenRefusal implements AuthenticationEntryPoint {

	private static final String BODY = """
			{"errors":[{"message":"The access token is invalid or has expired; sign in again",\
			"extensions":{"classification":"UNAUTHORIZED","code":"TOKEN_INVALID"}}]}""";

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getOutputStream().write(BODY.getBytes(StandardCharsets.UTF_8));
	}

}
