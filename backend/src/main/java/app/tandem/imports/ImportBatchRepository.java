package app.tandem.imports;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ImportBatchRepository extends JpaRepository<ImportBatch, Long>, JpaSpecificationExecutor<ImportBatch> {

}
