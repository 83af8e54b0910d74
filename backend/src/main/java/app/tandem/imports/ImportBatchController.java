package app.tandem.imports;

import java.util.List;
import java.util.Map;

import app.tandem.people.Employee;
import app.tandem.people.EmployeeDirectory;
import app.tandem.shared.BatchLoads;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class ImportBatchController {

	private final ImportBatches batches;

	private final EmployeeDirectory people;

	ImportBatchController(ImportBatches batches, EmployeeDirectory people) {
		this.batches = batches;
		this.people = people;
	}

	@QueryMapping
	Window<ImportBatch> importBatches(@Argument Integer first, @Argument String after) {
		return this.batches.batches(first, after);
	}

	@SchemaMapping(typeName = "ImportBatchConnection")
	long totalCount() {
		return this.batches.count();
	}

	@MutationMapping
	ImportBatch revertImport(@Argument String id) {
		return this.batches.revert(id);
	}

	@BatchMapping
	Map<ImportBatch, Employee> createdBy(List<ImportBatch> batches) {
		return BatchLoads.resolve(batches, ImportBatch::getCreatedBy, this.people::byIds);
	}

}
