package app.tandem.records;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A customer. Its first deal decides who acquired it; that day is kept so NEW_CLIENTS and
 * ACTIVE_CLIENTS are simple indexed counts.
 */
@Entity
@Table(name = "client")
public class Client {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private Long acquiredBy;

	private Long accountManagerId;

	private LocalDate firstDealOn;

	private Long createdBy;

	private LocalDateTime createdAt;

	@Version
	private long version;

	protected Client() {
	}

	Client(String name, Long accountManagerId, Long createdBy, LocalDateTime createdAt) {
		this.name = name;
		this.accountManagerId = accountManagerId;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public Long getAcquiredBy() {
		return this.acquiredBy;
	}

	public Long getAccountManagerId() {
		return this.accountManagerId;
	}

	public LocalDate getFirstDealOn() {
		return this.firstDealOn;
	}

	Long getCreatedBy() {
		return this.createdBy;
	}

	public long getVersion() {
		return this.version;
	}

	void correct(String name, Long accountManagerId) {
		this.name = name;
		this.accountManagerId = accountManagerId;
	}

	/**
	 * Who acquired the client: the salesperson of its earliest deal that still counts;
	 * none without one.
	 */
	void acquiredWith(LocalDate firstDealOn, Long salesperson) {
		this.firstDealOn = firstDealOn;
		this.acquiredBy = salesperson;
	}

}
