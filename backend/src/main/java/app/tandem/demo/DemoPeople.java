package app.tandem.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import app.tandem.people.Position;
import app.tandem.people.Role;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Hires the demo team with plain inserts rather than EmployeeService: its input type is
 * package-private to people, and Pavel must start out deactivated, which the service only
 * allows a signed-in owner to do.
 */
final class DemoPeople {

	private static final String INSERT = """
			INSERT INTO employee (full_name, email, password_hash, role, job_position, active, version, created_at)
			VALUES (?, ?, ?, ?, ?, ?, 0, ?)""";

	private final Inserts inserts;

	private final PasswordEncoder passwordEncoder;

	DemoPeople(Inserts inserts, PasswordEncoder passwordEncoder) {
		this.inserts = inserts;
		this.passwordEncoder = passwordEncoder;
	}

	DemoTeam hire(DemoTime time) {
		// One hash for everyone: the password is the same and published, and each hash
		// costs ~0.1 s.
		String hash = this.passwordEncoder.encode(DemoTeam.PASSWORD);
		LocalDateTime hiredAt = time.recorded(time.firstDay().minusDays(7), 10);
		List<Object[]> rows = new ArrayList<>();
		rows.add(person("Olga Smirnova", DemoTeam.OWNER_EMAIL, hash, Role.OWNER, null, true, hiredAt));
		rows.add(person("Anna Petrova", "marketer@demo.tandem", hash, Role.EMPLOYEE, Position.MARKETER, true, hiredAt));
		rows.add(person("Dmitry Orlov", "dmitry.orlov@demo.tandem", hash, Role.EMPLOYEE, Position.MARKETER, true,
				hiredAt));
		rows.add(person("Ivan Sokolov", "hunter@demo.tandem", hash, Role.EMPLOYEE, Position.HUNTER, true, hiredAt));
		rows.add(person("Sergey Volkov", "sergey.volkov@demo.tandem", hash, Role.EMPLOYEE, Position.HUNTER, true,
				hiredAt));
		rows.add(person("Pavel Lebedev", "pavel.lebedev@demo.tandem", hash, Role.EMPLOYEE, Position.HUNTER, false,
				hiredAt));
		rows.add(person("Maria Kuznetsova", "farmer@demo.tandem", hash, Role.EMPLOYEE, Position.FARMER, true, hiredAt));
		List<Long> ids = this.inserts.rowsReturningIds(INSERT, rows);
		LocalDate pavelLastDay = time.month(2).atEndOfMonth();
		return new DemoTeam(ids.get(0), ids.get(1), ids.get(2), ids.get(3), ids.get(4), ids.get(5), ids.get(6),
				pavelLastDay);
	}

	private static Object[] person(String fullName, String email, String hash, Role role, Position position,
			boolean active, LocalDateTime createdAt) {
		return new Object[] { fullName, email, hash, role.name(), position == null ? null : position.name(), active,
				createdAt };
	}

}
