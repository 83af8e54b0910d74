package app.tandem.handoffs;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface DisputeRepository extends JpaRepository<Dispute, Long>, JpaSpecificationExecutor<Dispute> {

	List<Dispute> findByLeadIdInOrderByIdAsc(Collection<Long> leadIds);

}
