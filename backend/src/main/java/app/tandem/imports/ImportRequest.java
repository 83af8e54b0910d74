package app.tandem.imports;

import java.math.BigDecimal;

/** One uploaded file and how to import it. */
record ImportRequest(String fileName, byte[] content, String source, boolean dryRun, boolean skipInvalidRows,
		BigDecimal costShare) {
}
