package app.tandem.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the tests set: "today" is whatever the test says it is. */
public class TestClock extends Clock {

	/** Mid-November 2026, noon in Moscow. */
	public static final Instant DEFAULT = Instant.parse("2026-11-15T09:00:00Z");

	private volatile Instant now = DEFAULT;

	public void set(Instant now) {
		this.now = now;
	}

	public void reset() {
		this.now = DEFAULT;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(this.now, zone);
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
