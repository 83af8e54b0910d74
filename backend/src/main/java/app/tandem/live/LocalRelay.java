package app.tandem.live;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/** One instance: events go straight to this instance's subscribers. */
class LocalRelay implements Relay {

	private final Sinks.Many<KpisChanged> events = Sinks.many().multicast().directBestEffort();

	@Override
	public synchronized void send(KpisChanged event) {
		this.events.tryEmitNext(event);
	}

	@Override
	public Flux<KpisChanged> received() {
		return this.events.asFlux();
	}

}
