/**
 * The company itself (docs/spec.md §7): its pace basis and working calendar
 * ({@link app.tandem.company.WorkingDays}, {@link app.tandem.company.PeriodDays}) and
 * closed months ({@link app.tandem.company.ClosedPeriods}, checked by every write). Owns
 * {@code company_setting}, {@code calendar_day} and {@code closed_period*}.
 */
@NullMarked
package app.tandem.company;

import org.jspecify.annotations.NullMarked;
