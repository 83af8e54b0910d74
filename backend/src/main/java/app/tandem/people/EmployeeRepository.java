package app.tandem.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EmployeeRepository extends JpaRepository<Employee, Long> {

	Optional<Employee> findByEmail(String email);

	boolean existsByEmail(String email);

	List<Employee> findAllByOrderByFullNameAsc();

	long countByRoleAndActiveTrue(Role role);

}
