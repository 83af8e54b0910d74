package app.tandem.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * How one source's files read: the columns it knows and what a row of it means in Tandem.
 */
interface Preset {

	/** The {@code source} name a client sends, e.g. {@code amocrm-leads}. */
	String source();

	/**
	 * Every column the preset reads, required ones first; the header row is found by
	 * them.
	 */
	List<Column> columns();

	/**
	 * Report lines that are not data (a Direct report's total line): left out of the
	 * rows.
	 */
	default boolean isSummary(SourceRow row) {
		return false;
	}

	PlannedRow plan(SourceRow row, Context context);

	/** What every row is read against. */
	record Context(Directory directory, ZoneId zone, BigDecimal costShare, Set<String> notTargetReasons) {

		/**
		 * Cost from the file's cost cell, else costShare × revenue; without either the
		 * row names the cost column.
		 */
		BigDecimal cost(SourceRow row, Column column, BigDecimal revenue) {
			String text = row.text(column);
			if (text != null) {
				return CellValues.money(text, row.header(column));
			}
			if (this.costShare == null) {
				throw new RowProblem(row.header(column), row.header(column)
						+ " is empty and no costShare was sent: add the column or send costShare (e.g. 0.6)");
			}
			return revenue.multiply(this.costShare).setScale(2, RoundingMode.HALF_UP);
		}

	}

}
