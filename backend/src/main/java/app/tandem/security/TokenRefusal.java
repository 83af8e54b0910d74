package app.tandem.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A bad bearer token (expired, tampered, foreign, unsigned, revoked) is refused before
 * any resolver runs: HTTP 401 with a GraphQL-shaped body, so clients handle it like any
 * other error. An expired token that is otherwise good answers TOKEN_EXPIRED (refresh the
 * session and retry); every other refusal TOKEN_INVALID (sign in again).
 */
class TokenRefusal implements AuthenticationEntryPoint {

	private static final String INVALID = """
			{"errors":[{"message":"The access token is invalid; sign in again",\
			"extensions":{"classification":"UNAUTHORIZED","code":"TOKEN_INVALID"}}]}""";

	private static final String EXPIRED = """
			{"errors":[{"message":"The access token has expired; refresh the session (refreshSession) or sign in again",\
			"extensions":{"classification":"UNAUTHORIZED","code":"TOKEN_EXPIRED"}}]}""";

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		boolean expired = TokenExpiry.expired(ex);
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader("WWW-Authenticate",
				expired ? "Bearer error=\"invalid_token\", error_description=\"The access token expired\""
						: "Bearer error=\"invalid_token\"");
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getOutputStream().write((expired ? EXPIRED : INVALID).getBytes(StandardCharsets.UTF_8));
	}

}
