package app.tandem.live;

import reactor.core.publisher.Flux;

/** Carries coalesced events to the subscribers of every instance. */
interface Relay {

	void send(KpisChanged event);

	/** Every event sent by any instance, this one included. */
	Flux<KpisChanged> received();

}
