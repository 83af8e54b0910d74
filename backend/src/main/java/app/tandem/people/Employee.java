package app.tandem.people;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "employee")
public class Employee {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String fullName;

	private String email;

	private String passwordHash;

	/**
	 * Moves on with every password change; tokens carry the value they were issued
	 * against.
	 */
	private long credentialVersion;

	@Enumerated(EnumType.STRING)
	private Role role;

	@Enumerated(EnumType.STRING)
	@Column(name = "job_position")
	private Position position;

	private boolean active;

	/** "en" or "ru"; null until the person picks one in the app. */
	private String language;

	private boolean digestSubscribed = true;

	@Version
	private long version;

	private LocalDateTime createdAt;

	protected Employee() {
	}

	Employee(String fullName, String email, String passwordHash, Role role, Position position,
			LocalDateTime createdAt) {
		this.fullName = fullName;
		this.email = email;
		this.passwordHash = passwordHash;
		this.role = role;
		this.position = position;
		this.active = true;
		this.createdAt = createdAt;
	}

	/**
	 * Counts changes to the person (optimistic locking); clients send it back as
	 * expectedVersion.
	 */
	public long getVersion() {
		return this.version;
	}

	public Long getId() {
		return this.id;
	}

	public String getFullName() {
		return this.fullName;
	}

	public String getEmail() {
		return this.email;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	long getCredentialVersion() {
		return this.credentialVersion;
	}

	public Role getRole() {
		return this.role;
	}

	public Position getPosition() {
		return this.position;
	}

	public boolean isActive() {
		return this.active;
	}

	/** The language the person picked in the app; null until they did. */
	public Language getLanguage() {
		return Language.ofTag(this.language);
	}

	/**
	 * Whether the person gets the weekly digest e-mail (SPEC §10); on until they turn it
	 * off.
	 */
	public boolean isDigestSubscribed() {
		return this.digestSubscribed;
	}

	public boolean isOwner() {
		return this.role == Role.OWNER;
	}

	void update(String fullName, Role role, Position position) {
		this.fullName = fullName;
		this.role = role;
		this.position = position;
	}

	void deactivate() {
		this.active = false;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.credentialVersion++;
	}

}
