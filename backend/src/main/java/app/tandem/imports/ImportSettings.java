package app.tandem.imports;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits and vocabulary of file imports ({@code tandem.import.*}, docs/imports.md). Unset
 * or non-positive values fall back to the defaults below.
 *
 * @param maxBytes largest file accepted
 * @param maxRows most data rows in one file
 * @param timeout how long one import (all its rows, one transaction) may take
 * @param notTargetReasons lost-reason texts of a CRM that mean "not a target lead"
 * (NOT_TARGET), case-insensitive
 */
@ConfigurationProperties("tandem.import")
public record ImportSettings(DataSize maxBytes, int maxRows, Duration timeout, List<String> notTargetReasons) {

	public ImportSettings {
		maxBytes = maxBytes == null || maxBytes.toBytes() <= 0 ? DataSize.ofMegabytes(20) : maxBytes;
		maxRows = maxRows > 0 ? maxRows : 100_000;
		timeout = timeout == null || timeout.isNegative() || timeout.isZero() ? Duration.ofMinutes(10) : timeout;
		notTargetReasons = notTargetReasons == null || notTargetReasons.isEmpty()
				? List.of("Нецелевой", "Не целевой", "Спам") : List.copyOf(notTargetReasons);
	}

}
