/**
 * The handoff ledger (docs/spec.md §12): disputes over NOT_TARGET marks and the marketer
 * × salesperson handoff table. Owns {@code lead_dispute}; changes a lead's mark only
 * through the records module's {@link app.tandem.records.LeadMarks}.
 */
@NullMarked
package app.tandem.handoffs;

import org.jspecify.annotations.NullMarked;
