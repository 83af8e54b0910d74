package app.tandem.records;

import java.util.function.Supplier;

import org.springframework.dao.ConcurrencyFailureException;

/**
 * A new record's bookkeeping on other records — a deal making its lead WON and its client
 * acquired — can meet a concurrent write of the same bookkeeping (two first deals of one
 * client at the same moment). Nobody edited a version they had seen, so the loser is not
 * refused CONFLICT: its whole transaction runs again, reads what the winner committed,
 * and lands. The same for the deadlock InnoDB picks among such writers (each insert's
 * foreign key holds a shared lock on the client that the acquisition update then needs
 * exclusively): it rolls one back and says "try restarting transaction", which is what
 * happens here. bench/load.sh found both; ConcurrentRecordTests keeps them.
 */
final class InternalConflicts {

	private static final int ATTEMPTS = 4;

	private InternalConflicts() {
	}

	/**
	 * {@code write} must start its own transaction (a service method called from outside
	 * it).
	 */
	static <T> T retried(Supplier<T> write) {
		for (int attempt = 1;; attempt++) {
			try {
				return write.get();
			}
			catch (ConcurrencyFailureException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

}
