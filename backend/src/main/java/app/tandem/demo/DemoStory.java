package app.tandem.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.tandem.demo.DemoRecords.Client;
import app.tandem.demo.DemoRecords.Deal;
import app.tandem.demo.DemoRecords.Lead;
import app.tandem.demo.DemoRecords.Spend;
import app.tandem.records.LostReason;

/**
 * Six months of marketing and sales, day by day, up to the end of the current month: the
 * part after now is never written, but it tells the plans what the month will reach.
 */
final class DemoStory {

	/** Busier autumn, a summer-holiday dip in the third month. */
	private static final double[] MONTH_MOOD = { 0.93, 0.97, 0.88, 1.0, 1.06, 1.1 };

	private static final int DECISION_DAYS = 20;

	private static final List<LostReason> OTHER_REASONS = List.of(LostReason.NO_BUDGET, LostReason.NO_BUDGET,
			LostReason.NO_BUDGET, LostReason.NO_RESPONSE, LostReason.NO_RESPONSE, LostReason.NO_RESPONSE,
			LostReason.NO_RESPONSE, LostReason.COMPETITOR, LostReason.COMPETITOR, LostReason.OTHER);

	final List<Lead> leads = new ArrayList<>();

	final List<Client> clients = new ArrayList<>();

	final List<Deal> deals = new ArrayList<>();

	final List<Spend> spend = new ArrayList<>();

	final DemoTeam team;

	final DemoTime time;

	private final Dice dice;

	private final ClientNames names;

	private final Map<YearMonth, LocalDate> exhibitions = new HashMap<>();

	private final Selling selling;

	private DemoStory(DemoTeam team, DemoTime time, Dice dice) {
		this.team = team;
		this.time = time;
		this.dice = dice;
		this.names = new ClientNames(dice);
		this.selling = new Selling(team, dice);
	}

	static DemoStory tell(DemoTeam team, DemoTime time, Dice dice) {
		DemoStory story = new DemoStory(team, time, dice);
		LocalDate lastDay = YearMonth.from(time.today()).atEndOfMonth();
		for (LocalDate day = time.firstDay(); !day.isAfter(lastDay); day = day.plusDays(1)) {
			story.live(day);
		}
		new RepeatSales(story, dice).sell(time.firstDay(), lastDay);
		return story;
	}

	private void live(LocalDate day) {
		payFor(day);
		record Arrival(Instant at, DemoChannel channel) {
		}
		List<Arrival> arrivals = new ArrayList<>();
		for (DemoChannel channel : DemoChannel.values()) {
			int count = this.dice.poisson(leadsPerDay(channel, day));
			for (int i = 0; i < count; i++) {
				LocalTime at = LocalTime.of(this.dice.between(9, 20), this.dice.between(0, 59),
						this.dice.between(0, 59));
				arrivals.add(new Arrival(this.time.at(day, at), channel));
			}
		}
		arrivals.sort(Comparator.comparing(Arrival::at));
		arrivals.forEach((arrival) -> decide(arrival.at(), day, arrival.channel()));
	}

	private void payFor(LocalDate day) {
		this.spend.add(new Spend(DemoChannel.DIRECT, this.team.anna(), day, this.dice.money(6000, 9000)));
		this.spend.add(new Spend(DemoChannel.SMM, this.team.dmitry(), day, this.dice.money(3000, 5000)));
		if (day.equals(exhibitionStart(YearMonth.from(day)))) {
			this.spend.add(new Spend(DemoChannel.EXHIBITIONS, this.team.anna(), day, this.dice.money(55000, 65000)));
		}
	}

	private double leadsPerDay(DemoChannel channel, LocalDate day) {
		boolean weekend = day.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue();
		double leads = weekend ? channel.weekendLeads : channel.weekdayLeads;
		if (channel == DemoChannel.EXHIBITIONS && !weekend) {
			LocalDate start = exhibitionStart(YearMonth.from(day));
			if (!day.isBefore(start) && day.isBefore(start.plusDays(5))) {
				leads = DemoChannel.EXHIBITION_DAILY_LEADS;
			}
		}
		int month = Math.min(Math.max(this.time.monthIndex(day), 0), MONTH_MOOD.length - 1);
		return leads * MONTH_MOOD[month];
	}

	/** A Monday early enough for the whole working week to fall in the month. */
	private LocalDate exhibitionStart(YearMonth month) {
		return this.exhibitions.computeIfAbsent(month,
				(m) -> m.atDay(this.dice.between(3, 17)).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)));
	}

	private void decide(Instant createdAt, LocalDate day, DemoChannel channel) {
		long assignee = this.selling.assign(channel, day);
		// Most leads are settled within the first week; a few drag on for the full three.
		LocalDate decidedOn = day.plusDays((long) this.dice.skewed(0, DECISION_DAYS + 1, 1.6));
		if (!this.team.worksOn(assignee, decidedOn)) {
			// Pavel closed out his pipeline before leaving.
			decidedOn = this.team.pavelLastDay();
		}
		boolean won = this.selling.wins(channel, assignee);
		LostReason lostReason = won ? null : lostReason(channel);
		int leadIndex = this.leads.size();
		this.leads.add(new Lead(createdAt, day, channel, channel.marketer(this.team), assignee, decidedOn, lostReason,
				this.dice.chance(0.5)));
		if (won) {
			int clientIndex = this.clients.size();
			boolean farmed = assignee == this.team.maria() || this.dice.chance(0.85);
			this.clients.add(new Client(this.names.next(), leadIndex, assignee, decidedOn, farmed));
			BigDecimal revenue = BigDecimal.valueOf(this.dice.skewed(80_000, 400_000, 1.6))
				.setScale(2, RoundingMode.HALF_UP);
			this.deals.add(new Deal(clientIndex, leadIndex, assignee, decidedOn, revenue, this.dice.cost(revenue)));
		}
	}

	private LostReason lostReason(DemoChannel channel) {
		return this.dice.chance(channel.notTargetShare) ? LostReason.NOT_TARGET : this.dice.pick(OTHER_REASONS);
	}

}
