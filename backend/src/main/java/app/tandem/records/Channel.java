package app.tandem.records;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A lead source such as "Yandex Direct". */
@Entity
@Table(name = "marketing_channel")
public class Channel {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private boolean archived;

	/** The default responsible marketer of the channel's leads; null when none is set. */
	private Long marketerId;

	/**
	 * Other names imports match to this channel (e.g. Direct campaign names),
	 * newline-separated; null when none.
	 */
	private String aliases;

	private Long createdBy;

	private LocalDateTime createdAt;

	@Version
	private long version;

	protected Channel() {
	}

	Channel(String name, Long marketerId, Long createdBy, LocalDateTime createdAt) {
		this.name = name;
		this.marketerId = marketerId;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public boolean isArchived() {
		return this.archived;
	}

	public Long getMarketerId() {
		return this.marketerId;
	}

	/** Other names imports match to this channel, in the order the owner gave them. */
	public List<String> getAliases() {
		return this.aliases == null || this.aliases.isEmpty() ? List.of() : List.of(this.aliases.split("\n"));
	}

	void setAliases(List<String> aliases) {
		this.aliases = aliases.isEmpty() ? null : String.join("\n", aliases);
	}

	Long getCreatedBy() {
		return this.createdBy;
	}

	public long getVersion() {
		return this.version;
	}

	void rename(String name) {
		this.name = name;
	}

	void setArchived(boolean archived) {
		this.archived = archived;
	}

	void setMarketer(Long marketerId) {
		this.marketerId = marketerId;
	}

}
