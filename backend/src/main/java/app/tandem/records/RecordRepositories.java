package app.tandem.records;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ChannelRepository extends JpaRepository<Channel, Long>, JpaSpecificationExecutor<Channel> {

	boolean existsByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

	List<Channel> findAllByOrderByNameAsc();

}

interface SpendRepository extends JpaRepository<Spend, Long>, JpaSpecificationExecutor<Spend> {

}

interface LeadRepository extends JpaRepository<Lead, Long>, JpaSpecificationExecutor<Lead> {

	Optional<Lead> findByExternalId(String externalId);

}

interface ClientRepository extends JpaRepository<Client, Long>, JpaSpecificationExecutor<Client> {

}

interface DealRepository extends JpaRepository<Deal, Long>, JpaSpecificationExecutor<Deal> {

	Optional<Deal> findByExternalId(String externalId);

	boolean existsByLeadIdAndVoidingAtIsNull(Long leadId);

	Optional<Deal> findFirstByClientIdAndVoidingAtIsNullOrderByClosedOnAscIdAsc(Long clientId);

	Optional<Deal> findFirstByLeadIdAndVoidingAtIsNullOrderByClosedOnAsc(Long leadId);

	boolean existsByClientIdAndSalespersonId(Long clientId, Long salespersonId);

}
