/**
 * Security (docs/security.md): bearer tokens and the web session cookie, revocation, the sign-in throttle, query
 * limits and error hygiene for GraphQL, and the WebSocket sign-in of subscriptions. Owns {@code login_failure}, {@code login_throttle_lock} and
 * {@code revoked_token}; exposes {@link app.tandem.security.AccessTokens} and {@link app.tandem.security.WebSession}.
 */
package app.tandem.security;
