package app.tandem.imports;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.tandem.imports.PlannedRow.DealRow;
import app.tandem.imports.PlannedRow.Sale;
import app.tandem.people.Employee;
import app.tandem.people.Position;

/**
 * Tandem's own deal template (docs/imports.md): the fields of recordDeal, people and
 * clients by name.
 */
final class TandemDealsPreset implements Preset {

	static final Column EXTERNAL_ID = Column.required("externalId");

	static final Column CLIENT = Column.required("client");

	static final Column SALESPERSON = Column.required("salesperson");

	static final Column CLOSED_ON = Column.required("closedOn");

	static final Column REVENUE = Column.required("revenue");

	static final Column COST = Column.optional("cost");

	static final Column LEAD = Column.optional("leadExternalId");

	@Override
	public String source() {
		return "tandem-deals";
	}

	@Override
	public List<Column> columns() {
		return List.of(EXTERNAL_ID, CLIENT, SALESPERSON, CLOSED_ON, REVENUE, COST, LEAD);
	}

	@Override
	public PlannedRow plan(SourceRow row, Context context) {
		Map<String, String> columns = new HashMap<>();
		for (Column column : columns()) {
			columns.put(column.name(), row.header(column));
		}
		columns.put("clientId", row.header(CLIENT));
		columns.put("name", row.header(CLIENT));
		columns.put("salespersonId", row.header(SALESPERSON));
		columns.put("leadId", row.header(LEAD));
		String externalId = row.required(EXTERNAL_ID);
		if (externalId.length() > 100) {
			throw new RowProblem(row.header(EXTERNAL_ID), row.header(EXTERNAL_ID) + " is longer than 100 characters");
		}
		String client = row.required(CLIENT);
		Employee salesperson = context.directory().person(row, SALESPERSON, Position.HUNTER, Position.FARMER);
		if (salesperson == null) {
			throw new RowProblem(row.header(SALESPERSON), row.header(SALESPERSON) + " is empty");
		}
		BigDecimal revenue = CellValues.money(row.required(REVENUE), row.header(REVENUE));
		Sale sale = new Sale(externalId, client, salesperson.getId(),
				CellValues.day(row.required(CLOSED_ON), row.header(CLOSED_ON), context.zone()), revenue,
				context.cost(row, COST, revenue));
		return new DealRow(sale, row.text(LEAD), columns);
	}

}
