package app.tandem.goals;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SharedGoalRepository extends JpaRepository<SharedGoal, Long> {

	Optional<SharedGoal> findByMonth(String month);

	List<SharedGoal> findByMonthBetween(String from, String to);

}

interface PersonalPlanRepository extends JpaRepository<PersonalPlan, Long> {

	List<PersonalPlan> findByMonthOrderByEmployeeIdAscMetricAsc(String month);

	List<PersonalPlan> findByMonthAndEmployeeId(String month, Long employeeId);

	Optional<PersonalPlan> findByEmployeeIdAndMonthAndMetric(Long employeeId, String month, Metric metric);

}

interface PlanChangeRepository extends JpaRepository<PlanChange, Long> {

	List<PlanChange> findByMonthOrderByChangedAtDescIdDesc(String month);

}
