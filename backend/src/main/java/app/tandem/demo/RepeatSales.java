package app.tandem.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import app.tandem.demo.DemoRecords.Client;
import app.tandem.demo.DemoRecords.Deal;

/**
 * The farmer's side of the story: two to four repeat deals a week with clients that have
 * been with the company for over a month and were handed to her.
 */
final class RepeatSales {

	/** A client passes to the account manager once it is this old. */
	static final int HANDOVER_DAYS = 30;

	private static final List<Integer> WORKDAYS = List.of(0, 1, 2, 3, 4);

	private final DemoStory story;

	private final Dice dice;

	RepeatSales(DemoStory story, Dice dice) {
		this.story = story;
		this.dice = dice;
	}

	void sell(LocalDate firstDay, LocalDate lastDay) {
		LocalDate monday = firstDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		for (; !monday.isAfter(lastDay); monday = monday.plusWeeks(1)) {
			int count = this.dice.between(2, 4);
			List<Integer> days = new ArrayList<>(this.dice.shuffled(WORKDAYS).subList(0, count));
			days.sort(null);
			for (int offset : days) {
				LocalDate day = monday.plusDays(offset);
				if (!day.isBefore(firstDay) && !day.isAfter(lastDay)) {
					sellOn(day);
				}
			}
		}
	}

	private void sellOn(LocalDate day) {
		LocalDate handedOverBy = day.minusDays(HANDOVER_DAYS);
		List<Integer> accounts = new ArrayList<>();
		for (int i = 0; i < this.story.clients.size(); i++) {
			Client client = this.story.clients.get(i);
			if (client.farmed() && !client.firstDealOn().isAfter(handedOverBy)) {
				accounts.add(i);
			}
		}
		if (accounts.isEmpty()) {
			return;
		}
		BigDecimal revenue = this.dice.money(30_000, 200_000);
		this.story.deals.add(
				new Deal(this.dice.pick(accounts), -1, this.story.team.maria(), day, revenue, this.dice.cost(revenue)));
	}

}
