package app.tandem.demo;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Batched inserts: a couple of thousand rows go in as a handful of JDBC batches, which
 * keeps the first start fast. JdbcClient has no batch API, hence JdbcTemplate.
 */
final class Inserts {

	private final JdbcTemplate jdbc;

	Inserts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One statement without parameters (a bulk UPDATE). */
	void statement(String sql) {
		this.jdbc.update(sql);
	}

	void rows(String sql, List<Object[]> rows) {
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate(sql, rows);
		}
	}

	/**
	 * The generated ids, in the order of {@code rows}, so callers can link children to
	 * parents.
	 */
	List<Long> rowsReturningIds(String sql, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.batchUpdate((connection) -> connection.prepareStatement(sql, new String[] { "id" }),
				new BatchPreparedStatementSetter() {

					@Override
					public void setValues(PreparedStatement statement, int index) throws SQLException {
						Object[] row = rows.get(index);
						for (int column = 0; column < row.length; column++) {
							StatementCreatorUtils.setParameterValue(statement, column + 1, SqlTypeValue.TYPE_UNKNOWN,
									row[column]);
						}
					}

					@Override
					public int getBatchSize() {
						return rows.size();
					}

				}, keys);
		List<Long> ids = new ArrayList<>(rows.size());
		for (Map<String, Object> key : keys.getKeyList()) {
			ids.add(((Number) key.values().iterator().next()).longValue());
		}
		if (ids.size() != rows.size()) {
			throw new IllegalStateException("Expected " + rows.size() + " generated ids, got " + ids.size());
		}
		return ids;
	}

}
