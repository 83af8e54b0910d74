/**
 * Webhooks in (docs/spec.md §10, docs/integrations.md): integrations with a secret hook
 * URL, deliveries stored as they came and processed once in the background, in order per
 * record, with retries; failed ones listed with their reason and replayable. Owns
 * {@code integration} and {@code webhook_event}; writes records only through the records
 * module's own operations.
 */
package app.tandem.integrations;
