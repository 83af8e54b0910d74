package app.tandem.records;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A lead source such as "Yandex Direct". */
@Entity
@Table(name = "marketing_channel")
public class Channel {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private boolean archived;

	private LocalDateTime createdAt;

	protected Channel() {
	}

	Channel(String name, LocalDateTime createdAt) {
		this.name = name;
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

	void archive() {
		this.archived = true;
	}

}
