package app.tandem.live;

import java.time.YearMonth;

import app.tandem.people.Viewers;
import reactor.core.publisher.Flux;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

@Controller
class LiveController {

	private final Viewers viewers;

	private final LiveEvents events;

	LiveController(Viewers viewers, LiveEvents events) {
		this.viewers = viewers;
		this.events = events;
	}

	/**
	 * Every signed-in person: the event names a month and ids, which Team shows everyone
	 * anyway.
	 */
	@SubscriptionMapping
	Flux<KpisChanged> kpisChanged(@Argument YearMonth period) {
		this.viewers.requireSignedIn();
		return this.events.of(period);
	}

}
