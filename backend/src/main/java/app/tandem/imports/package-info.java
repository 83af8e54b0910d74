/**
 * File imports (docs/spec.md §8, docs/imports.md): CSV/XLSX exports of amoCRM, Bitrix24,
 * Yandex Direct and Tandem's templates, written through the records module's own
 * operations, as batches that can be reverted. Owns {@code import_batch},
 * {@code import_item} and the saved column mappings ({@code import_mapping},
 * {@code import_mapping_change}); exposes {@link app.tandem.imports.ImportService},
 * {@link app.tandem.imports.ImportBatches} and {@link app.tandem.imports.ImportMappings}.
 */
package app.tandem.imports;
