package app.tandem.live;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import app.tandem.shared.FiguresChanged;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The coalescing window and the relay's wire form, without Spring. */
class LiveEventsUnitTest {

	static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

	static final YearMonth OCTOBER = YearMonth.of(2026, 10);

	@Test
	void writesInOneWindowAreOneEventPerMonthWithEveryoneTheyTouched() {
		List<KpisChanged> events = LiveEvents
			.coalesce(List.of(new FiguresChanged(NOVEMBER, Set.of(3L, 7L)), new FiguresChanged(OCTOBER, Set.of(7L)),
					new FiguresChanged(NOVEMBER, Set.of(12L, 3L)), new FiguresChanged(NOVEMBER, Set.of())));
		assertThat(events).containsExactly(new KpisChanged(NOVEMBER, List.of("3", "7", "12")),
				new KpisChanged(OCTOBER, List.of("7")));
	}

	@Test
	void theWireFormRoundTripsIncludingNobody() {
		for (KpisChanged event : List.of(new KpisChanged(NOVEMBER, List.of("3", "12")),
				new KpisChanged(OCTOBER, List.of()))) {
			assertThat(KpisChanged.fromWire(event.toWire())).isEqualTo(event);
		}
		assertThat(new KpisChanged(NOVEMBER, List.of("3", "12")).toWire()).isEqualTo("2026-11|3,12");
	}

}
