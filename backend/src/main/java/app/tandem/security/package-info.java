/**
 * Security (docs/security.md): bearer tokens, refresh tokens and the web session cookie
 * ("Sessions"), revocation, the sign-in throttle, query limits and error hygiene for
 * GraphQL, and the WebSocket sign-in of subscriptions. Owns {@code login_failure},
 * {@code login_throttle_lock}, {@code revoked_token} and {@code refresh_token}; exposes
 * {@link app.tandem.security.AccessTokens}, {@link app.tandem.security.Sessions} and
 * {@link app.tandem.security.WebSession}.
 */
package app.tandem.security;
