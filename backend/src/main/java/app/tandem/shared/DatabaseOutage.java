package app.tandem.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.TransactionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot be reached (stopped, crashed, hanging, network gone) from
 * every other failure, so the client gets "try again in a moment" instead of an internal
 * error.
 */
public final class DatabaseOutage {

	public static final String MESSAGE = "The database is not reachable right now; try again in a moment";

	private DatabaseOutage() {
	}

	/**
	 * True when {@code failure} or one of its causes says the connection to the database
	 * failed.
	 */
	public static boolean explains(Throwable failure) {
		for (Throwable t = failure; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
					|| t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
					|| t instanceof SQLRecoverableException) {
				return true;
			}
			// SQLState class 08: connection exception (SQL standard), also used by both
			// MySQL drivers.
			if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
			// Begin, commit or rollback failed on the JDBC connection itself. After the
			// connection broke
			// mid-transaction the pool has closed it, so the rollback fails too and its
			// exception replaces
			// the original one; the database rolls the transaction back when the
			// connection goes.
			if (t instanceof TransactionException && t.getCause() instanceof SQLException sql
					&& (sql.getSQLState() == null || sql.getSQLState().startsWith("08"))) {
				return true;
			}
		}
		return false;
	}

}
