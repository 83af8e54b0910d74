/**
 * Bonuses (docs/spec.md §9, docs/bonuses.md): bonus schemes per position and their
 * history, a person's bonus and the owner's bonus run for a month, gated and scaled by
 * the shared plan. Owns the {@code bonus_*} tables; exposes
 * {@link app.tandem.bonuses.BonusService} and its value types.
 */
package app.tandem.bonuses;
