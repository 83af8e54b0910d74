package app.tandem.people;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EmployeeRepository extends JpaRepository<Employee, Long> {

	Optional<Employee> findByEmail(String email);

	boolean existsByEmail(String email);

	List<Employee> findAllByOrderByFullNameAsc();

	long countByRoleAndActiveTrue(Role role);

	// The person's own settings leave the version alone: switching the language must not
	// turn an owner's edit of
	// the same person, made at the same time, into a CONFLICT.
	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query("update Employee e set e.language = :language where e.id = :id")
	int setLanguage(long id, String language);

	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query("update Employee e set e.digestSubscribed = :subscribed where e.id = :id")
	int setDigestSubscribed(long id, boolean subscribed);

	/**
	 * The active owners, each row locked until the transaction ends (SELECT … FOR UPDATE,
	 * in id order so two callers cannot deadlock): whoever demotes or deactivates an
	 * owner holds these first, so two owners removing each other at once are serialized
	 * and the second sees the first.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from Employee e where e.role = app.tandem.people.Role.OWNER and e.active = true order by e.id")
	List<Employee> lockActiveOwners();

}
