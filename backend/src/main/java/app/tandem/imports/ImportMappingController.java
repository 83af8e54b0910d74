package app.tandem.imports;

import app.tandem.people.Employee;
import app.tandem.people.EmployeeDirectory;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class ImportMappingController {

	private final ImportMappings mappings;

	private final EmployeeDirectory people;

	ImportMappingController(ImportMappings mappings, EmployeeDirectory people) {
		this.mappings = mappings;
		this.people = people;
	}

	@QueryMapping
	ImportMapping importMapping(@Argument String source) {
		return this.mappings.mapping(source);
	}

	@MutationMapping
	ImportMapping setImportMapping(@Argument ImportMapping.SetImportMappingInput input) {
		return this.mappings.set(input);
	}

	@SchemaMapping(typeName = "ImportMapping")
	Employee changedBy(ImportMapping mapping) {
		Long id = mapping.changedById();
		return id == null ? null : this.people.byIds(java.util.List.of(id)).get(id);
	}

}
