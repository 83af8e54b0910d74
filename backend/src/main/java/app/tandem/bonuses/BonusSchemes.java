package app.tandem.bonuses;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import app.tandem.bonuses.BonusScheme.BonusWeight;
import app.tandem.goals.Metric;
import app.tandem.people.Position;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.ErrorCode;
import app.tandem.shared.TandemException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The schemes, one per position, and the audit of their changes (bonus_scheme* tables,
 * V8).
 */
@Repository
class BonusSchemes {

	private final JdbcClient jdbc;

	BonusSchemes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<BonusScheme> all() {
		Map<Long, List<BonusWeight>> weights = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT scheme_id, metric, weight FROM bonus_scheme_weight ORDER BY scheme_id, weight DESC, metric")
			.query((rs, n) -> weights.computeIfAbsent(rs.getLong("scheme_id"), (k) -> new ArrayList<>())
				.add(new BonusWeight(Metric.valueOf(rs.getString("metric")), rs.getBigDecimal("weight"))))
			.list();
		return this.jdbc.sql(
				"SELECT id, position_name, target_bonus, shared_metric, gate, cap, version FROM bonus_scheme ORDER BY id")
			.query((rs, n) -> new BonusScheme(rs.getLong("id"), Position.valueOf(rs.getString("position_name")),
					rs.getBigDecimal("target_bonus"), Metric.valueOf(rs.getString("shared_metric")),
					rs.getBigDecimal("gate"), rs.getBigDecimal("cap"),
					weights.getOrDefault(rs.getLong("id"), List.of()), rs.getLong("version")))
			.list();
	}

	/**
	 * The audit of scheme changes, newest first; one position's when {@code position} is
	 * given.
	 */
	List<BonusSchemeChange> history(Position position) {
		return this.jdbc.sql("""
				SELECT id, position_name, field, old_value, new_value, changed_by, changed_at FROM bonus_scheme_change
				WHERE :position IS NULL OR position_name = :position ORDER BY changed_at DESC, id DESC""")
			.param("position", position == null ? null : position.name())
			.query((rs, n) -> new BonusSchemeChange(rs.getLong("id"), Position.valueOf(rs.getString("position_name")),
					rs.getString("field"), rs.getString("old_value"), rs.getString("new_value"),
					rs.getLong("changed_by"),
					CompanyCalendar.fromUtc(rs.getObject("changed_at", java.time.LocalDateTime.class))))
			.list();
	}

	Map<Position, BonusScheme> byPosition() {
		return all().stream().collect(Collectors.toMap(BonusScheme::position, (s) -> s));
	}

	Optional<BonusScheme> of(Position position) {
		return Optional.ofNullable(byPosition().get(position));
	}

	/**
	 * Creates or replaces the position's scheme when it is still at
	 * {@code expectedVersion} (0 = none yet), and writes one audit row per changed field,
	 * all in the caller's transaction.
	 */
	BonusScheme save(BonusScheme scheme, Integer expectedVersion, long by, Instant at) {
		BonusScheme old = of(scheme.position()).orElse(null);
		long current = old == null ? 0 : old.version();
		if (expectedVersion != null && expectedVersion != current) {
			throw TandemException
				.conflict("expectedVersion",
						"Someone changed this bonus scheme meanwhile (now at version " + current
								+ "); reload and try again")
				.withCode(ErrorCode.VERSION_MISMATCH);
		}
		long id;
		if (old == null) {
			KeyHolder key = new GeneratedKeyHolder();
			this.jdbc.sql("""
					INSERT INTO bonus_scheme (position_name, target_bonus, shared_metric, gate, cap, version)
					VALUES (:position, :targetBonus, :sharedMetric, :gate, :cap, 1)""")
				.params(params(scheme))
				.update(key, "id");
			id = Objects.requireNonNull(key.getKey()).longValue();
		}
		else {
			id = old.id();
			int updated = this.jdbc.sql("""
					UPDATE bonus_scheme SET target_bonus = :targetBonus, shared_metric = :sharedMetric, gate = :gate,
					  cap = :cap, version = version + 1
					WHERE id = :id AND version = :version""")
				.params(params(scheme))
				.param("id", id)
				.param("version", current)
				.update();
			if (updated == 0) {
				throw TandemException
					.conflict("expectedVersion",
							"Someone changed this bonus scheme at the same time; reload and try again")
					.withCode(ErrorCode.CONCURRENT_CHANGE);
			}
			this.jdbc.sql("DELETE FROM bonus_scheme_weight WHERE scheme_id = :id").param("id", id).update();
		}
		for (BonusWeight weight : scheme.weights()) {
			this.jdbc.sql("INSERT INTO bonus_scheme_weight (scheme_id, metric, weight) VALUES (:id, :metric, :weight)")
				.param("id", id)
				.param("metric", weight.metric().name())
				.param("weight", weight.weight())
				.update();
		}
		audit(old, scheme, by, at);
		return of(scheme.position()).orElseThrow();
	}

	private static Map<String, Object> params(BonusScheme scheme) {
		return Map.of("position", scheme.position().name(), "targetBonus", scheme.targetBonus(), "sharedMetric",
				scheme.sharedMetric().name(), "gate", scheme.gate(), "cap", scheme.cap());
	}

	private void audit(BonusScheme old, BonusScheme now, long by, Instant at) {
		change(now.position(), "targetBonus", old == null ? null : text(old.targetBonus()), text(now.targetBonus()), by,
				at);
		change(now.position(), "sharedMetric", old == null ? null : old.sharedMetric().name(),
				now.sharedMetric().name(), by, at);
		change(now.position(), "gate", old == null ? null : text(old.gate()), text(now.gate()), by, at);
		change(now.position(), "cap", old == null ? null : text(old.cap()), text(now.cap()), by, at);
		change(now.position(), "weights", old == null ? null : text(old.weights()), text(now.weights()), by, at);
	}

	private void change(Position position, String field, String from, String to, long by, Instant at) {
		if (Objects.equals(from, to)) {
			return;
		}
		this.jdbc.sql("""
				INSERT INTO bonus_scheme_change (position_name, field, old_value, new_value, changed_by, changed_at)
				VALUES (:position, :field, :from, :to, :by, :at)""")
			.param("position", position.name())
			.param("field", field)
			.param("from", from)
			.param("to", to)
			.param("by", by)
			.param("at", CompanyCalendar.toUtc(at))
			.update();
	}

	private static String text(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private static String text(List<BonusWeight> weights) {
		return weights.stream()
			.sorted(java.util.Comparator.comparing((BonusWeight w) -> w.metric().name()))
			.map((w) -> w.metric().name() + "=" + text(w.weight()))
			.collect(Collectors.joining(", "));
	}

}
