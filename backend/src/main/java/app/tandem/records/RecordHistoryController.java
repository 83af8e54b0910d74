package app.tandem.records;

import java.util.List;
import java.util.Map;

import app.tandem.people.Employee;
import app.tandem.people.EmployeeDirectory;
import app.tandem.shared.BatchLoads;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class RecordHistoryController {

	private final RecordHistoryService history;

	private final EmployeeDirectory people;

	RecordHistoryController(RecordHistoryService history, EmployeeDirectory people) {
		this.history = history;
		this.people = people;
	}

	@QueryMapping
	List<RecordChange> recordHistory(@Argument RecordKind kind, @Argument String id) {
		return this.history.history(kind, id);
	}

	@BatchMapping(typeName = "RecordChange")
	Map<RecordChange, Employee> by(List<RecordChange> changes) {
		return BatchLoads.resolve(changes, RecordChange::byId, this.people::byIds);
	}

}
