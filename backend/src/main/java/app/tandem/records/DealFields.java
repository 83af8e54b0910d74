package app.tandem.records;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A deal's own fields, as a correction compares and replaces them. */
record DealFields(String externalId, Long clientId, Long leadId, Long salespersonId, LocalDate closedOn,
		BigDecimal revenue, BigDecimal cost) {
}
