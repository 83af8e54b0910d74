package app.tandem.live;

import java.time.Duration;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import app.tandem.shared.FiguresChanged;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns committed writes into {@code kpisChanged} events. Writes within {@link #WINDOW}
 * are coalesced into one event per month with everyone they touched, so a 50,000-row
 * import is a handful of events, not 50,000; the window also bounds the delay
 * (docs/spec.md §10 asks for 2 s).
 */
@Component
class LiveEvents implements DisposableBean {

	static final Duration WINDOW = Duration.ofMillis(250);

	private final Sinks.Many<FiguresChanged> committed = Sinks.many().unicast().onBackpressureBuffer();

	private final Relay relay;

	private final Disposable coalescing;

	LiveEvents(Relay relay) {
		this.relay = relay;
		this.coalescing = this.committed.asFlux()
			.bufferTimeout(10_000, WINDOW)
			.subscribe((batch) -> coalesce(batch).forEach(relay::send));
	}

	/**
	 * After the writing transaction commits; a rolled-back write changed nothing and is
	 * never told.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	synchronized void committed(FiguresChanged event) {
		this.committed.tryEmitNext(event);
	}

	/** Events for {@code period}, as they happen, from every instance. */
	Flux<KpisChanged> of(YearMonth period) {
		return this.relay.received().filter((event) -> event.period().equals(period));
	}

	static List<KpisChanged> coalesce(List<FiguresChanged> batch) {
		Map<YearMonth, TreeSet<Long>> people = new LinkedHashMap<>();
		for (FiguresChanged event : batch) {
			people.computeIfAbsent(event.period(), (period) -> new TreeSet<>()).addAll(event.employeeIds());
		}
		return people.entrySet()
			.stream()
			.map((entry) -> new KpisChanged(entry.getKey(), entry.getValue().stream().map(String::valueOf).toList()))
			.toList();
	}

	@Override
	public void destroy() {
		this.coalescing.dispose();
	}

}
