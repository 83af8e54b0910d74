/**
 * What every module uses: the company calendar, errors
 * ({@link app.tandem.shared.TandemException}, {@link app.tandem.shared.InternalErrors}),
 * input checks, pagination, ids, safe CSV, and the
 * {@link app.tandem.shared.FiguresChanged} event. Depends on no other module.
 */
package app.tandem.shared;
