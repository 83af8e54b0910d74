/**
 * The weekly e-mail digest (docs/spec.md §10, docs/integrations.md "Weekly digest"):
 * every Monday 09:00 company time, each subscribed person gets their KPIs, contribution
 * and bonus so far; owners also the team, the shared plan and the analytics verdict. The
 * figures come from the same services the GraphQL API answers with, computed as the
 * person ({@link app.tandem.security.AccessTokens#actingAs}). Owns
 * {@code digest_delivery} (the send log whose unique key keeps it to once per person per
 * week) and ShedLock's {@code shedlock}.
 */
package app.tandem.digest;
