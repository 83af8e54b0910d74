/**
 * File imports (docs/spec.md §8, docs/imports.md): CSV/XLSX exports of amoCRM, Bitrix24, Yandex Direct and
 * Tandem's templates, written through the records module's own operations, as batches that can be reverted.
 * Owns {@code import_batch} and {@code import_item}; exposes {@link app.tandem.imports.ImportService} and
 * {@link app.tandem.imports.ImportBatches}.
 */
package app.tandem.imports;
