package app.tandem.bonuses;

import java.time.Instant;

import app.tandem.people.Position;

/**
 * One changed field of a position's bonus scheme, kept for audit: {@code field} is
 * targetBonus, sharedMetric, gate, cap or weights (written as "METRIC=weight, …");
 * {@code oldValue} is null when the scheme was first set.
 */
record BonusSchemeChange(long id, Position position, String field, String oldValue, String newValue, long changedById,
		Instant changedAt) {
}
