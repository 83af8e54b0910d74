package app.tandem.authz;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The imports module (SPEC §8): batches are the owner's; so are column mappings, except
 * that a marketer keeps the Direct one, the source they import (issue 10 item 2).
 */
final class ImportOperations {

	private ImportOperations() {
	}

	static void addTo(Map<String, Operation> ops, Calls calls, Dataset d, JdbcClient jdbc) {
		ops.put("importBatches",
				new Operation("importBatches",
						(who) -> calls.run(who,
								"{ importBatches(first: 5) { totalCount edges { node { id source } } } }", Map.of()),
						(who, r) -> r.path("importBatches.totalCount").entity(Integer.class).isEqualTo(1)));
		ops.put("revertImport",
				new Operation(
						"revertImport", (who) -> calls.run(who,
								"mutation($id: ID!) { revertImport(id: $id) { revertedAt } }", Map.of("id", d.batch())),
						(who, r) -> r.path("revertImport.revertedAt").hasValue()));
		ops.put("importMapping", importMapping(calls, "yandex-direct"));
		ops.put("importMapping of a CRM source", importMapping(calls, "amocrm-leads"));
		ops.put("setImportMapping", setImportMapping(calls, jdbc, "yandex-direct", "Cost"));
		ops.put("setImportMapping of a CRM source", setImportMapping(calls, jdbc, "amocrm-leads", "Статус сделки"));
	}

	private static Operation importMapping(Calls calls, String source) {
		return new Operation("importMapping",
				(who) -> calls.run(who,
						"query($s: String!) { importMapping(source: $s) { source columns { field header } } }",
						Map.of("s", source)),
				(who, r) -> r.path("importMapping.source").entity(String.class).isEqualTo(source));
	}

	private static Operation setImportMapping(Calls calls, JdbcClient jdbc, String source, String field) {
		return new Operation("setImportMapping", (who) -> calls.run(who,
				"mutation($i: SetImportMappingInput!) { setImportMapping(input: $i) { source " + "changedBy { id } } }",
				Map.of("i", Map.of("source", source, "columns", List.of(Map.of("field", field, "header", "Renamed"))))),
				(who, r) -> r.path("setImportMapping.changedBy.id")
					.entity(String.class)
					.isEqualTo(calls.member(who).idString()),
				() -> jdbc.sql("SELECT COUNT(*) FROM import_mapping").query(Long.class).single());
	}

}
