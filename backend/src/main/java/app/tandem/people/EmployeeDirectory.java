package app.tandem.people;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.tandem.shared.TandemException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask about people: look-ups by id and "is this a valid X" checks.
 */
@Component
@Transactional(readOnly = true)
public class EmployeeDirectory {

	private final EmployeeRepository employees;

	EmployeeDirectory(EmployeeRepository employees) {
		this.employees = employees;
	}

	public Map<Long, Employee> byIds(Collection<Long> ids) {
		return this.employees.findAllById(ids).stream().collect(Collectors.toMap(Employee::getId, Function.identity()));
	}

	public List<Employee> all() {
		return this.employees.findAllByOrderByFullNameAsc();
	}

	/**
	 * The active employee {@code id} holding one of {@code positions}; a clear
	 * field-level error otherwise.
	 */
	public Employee requireActive(Long id, String field, Position... positions) {
		Employee employee = this.employees.findById(id)
			.orElseThrow(() -> TandemException.notFound(field, "No employee with id " + id));
		if (!employee.isActive()) {
			throw TandemException.badInput(field, employee.getFullName() + " is deactivated");
		}
		// Arrays.asList, not List.of: an owner's position is null, and
		// List.of(...).contains(null) throws.
		if (positions.length > 0 && !Arrays.asList(positions).contains(employee.getPosition())) {
			throw TandemException.badInput(field, employee.getFullName() + " is not a "
					+ String.join(" or ", List.of(positions).stream().map(Enum::name).toList()));
		}
		return employee;
	}

	public Employee require(Long id, String field) {
		return this.employees.findById(id)
			.orElseThrow(() -> TandemException.notFound(field, "No employee with id " + id));
	}

}
