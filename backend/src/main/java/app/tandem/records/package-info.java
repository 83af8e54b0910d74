/**
 * Records (docs/spec.md §2, §7): channels, spend, leads, clients and deals; their corrections, voids and history,
 * the write window and money bounds. Every write passes {@code RecordHistory}'s bookkeeping, which
 * also publishes {@link app.tandem.shared.FiguresChanged}. Owns the record tables and {@code record_change*}.
 */
package app.tandem.records;
