/**
 * Records (docs/spec.md §2, §7): channels, spend, leads, clients and deals; their
 * corrections, voids and history, the write window and money bounds. Every write passes
 * {@code RecordHistory}'s bookkeeping, which also publishes
 * {@link app.tandem.shared.FiguresChanged} (and {@link app.tandem.records.LeadAssigned}
 * when a lead is handed to someone by someone else). Owns the record tables and
 * {@code record_change*}.
 */
package app.tandem.records;
