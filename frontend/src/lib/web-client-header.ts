/**
 * Marks a request as the web app's. The backend then sets and reads the HttpOnly session cookie;
 * a cross-site page cannot add this header without a CORS preflight the server never grants.
 */
export const WEB_CLIENT_HEADER = 'X-Tandem-Client';
