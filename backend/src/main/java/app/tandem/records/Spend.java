package app.tandem.records;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Money one marketer spent on one channel on one day. */
@Entity
@Table(name = "marketing_spend")
public class Spend {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long channelId;

	private Long marketerId;

	@Column(name = "spent_on")
	private LocalDate day;

	private BigDecimal amount;

	private Long recordedBy;

	private LocalDateTime recordedAt;

	@Embedded
	private Voiding voiding;

	@Version
	private long version;

	protected Spend() {
	}

	Spend(Long channelId, Long marketerId, LocalDate day, BigDecimal amount, Long recordedBy,
			LocalDateTime recordedAt) {
		this.channelId = channelId;
		this.marketerId = marketerId;
		this.day = day;
		this.amount = amount;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public Long getId() {
		return this.id;
	}

	public Long getChannelId() {
		return this.channelId;
	}

	public Long getMarketerId() {
		return this.marketerId;
	}

	public LocalDate getDay() {
		return this.day;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public long getVersion() {
		return this.version;
	}

	public boolean isVoided() {
		return this.voiding != null && this.voiding.isVoided();
	}

	Long getRecordedBy() {
		return this.recordedBy;
	}

	void correct(Long channelId, Long marketerId, LocalDate day, BigDecimal amount) {
		this.channelId = channelId;
		this.marketerId = marketerId;
		this.day = day;
		this.amount = amount;
	}

	void voidBy(Voiding voiding) {
		this.voiding = voiding;
	}

}
