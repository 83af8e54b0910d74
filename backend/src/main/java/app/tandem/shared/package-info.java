/**
 * What every module uses: the company calendar, errors
 * ({@link app.tandem.shared.TandemException}, {@link app.tandem.shared.InternalErrors}),
 * input checks, pagination, ids, safe CSV, and the
 * {@link app.tandem.shared.FiguresChanged} event. Depends on no other module.
 */
@NullMarked
package app.tandem.shared;

import org.jspecify.annotations.NullMarked;
