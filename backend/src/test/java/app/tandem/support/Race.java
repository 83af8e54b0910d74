package app.tandem.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs requests at the same moment, each on its own thread: two people (or a phone and
 * its retry) writing at once.
 */
public final class Race {

	private Race() {
	}

	/** Starts every call at once and returns their results in the order given. */
	@SafeVarargs
	public static <T> List<T> run(Callable<T>... calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(calls.length);
		try {
			CountDownLatch ready = new CountDownLatch(calls.length);
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> call : calls) {
				futures.add(pool.submit(() -> {
					ready.countDown();
					start.await();
					return call.call();
				}));
			}
			ready.await(30, TimeUnit.SECONDS);
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
