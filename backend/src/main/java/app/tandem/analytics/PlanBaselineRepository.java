package app.tandem.analytics;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanBaselineRepository extends JpaRepository<PlanBaseline, Long> {

	Optional<PlanBaseline> findByMonth(String month);

}
