package app.tandem.demo;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Who works a new lead, and whether they win it. */
final class Selling {

	/** Referrals come from existing clients, so the farmer takes this share of them. */
	private static final double FARMER_REFERRALS = 0.5;

	private final DemoTeam team;

	private final Dice dice;

	private final Map<DemoChannel, Deque<Long>> turns = new EnumMap<>(DemoChannel.class);

	private final Map<String, Double> credit = new HashMap<>();

	Selling(DemoTeam team, Dice dice) {
		this.team = team;
		this.dice = dice;
	}

	/**
	 * Hunters take turns on each channel, so that differences between them come from how
	 * they sell, not from who got more leads.
	 */
	long assign(DemoChannel channel, LocalDate day) {
		if (channel == DemoChannel.REFERRALS && this.dice.chance(FARMER_REFERRALS)) {
			return this.team.maria();
		}
		Deque<Long> queue = this.turns.computeIfAbsent(channel, (c) -> new ArrayDeque<>());
		while (!queue.isEmpty() && !this.team.worksOn(queue.peek(), day)) {
			queue.poll();
		}
		if (queue.isEmpty()) {
			List<Long> hunters = new ArrayList<>(List.of(this.team.ivan(), this.team.sergey()));
			if (this.team.worksOn(this.team.pavel(), day)) {
				hunters.add(this.team.pavel());
			}
			queue.addAll(this.dice.shuffled(hunters));
		}
		return queue.poll();
	}

	/**
	 * Sergey's weak spot: he converts paid Direct leads at half his colleagues' rate.
	 * Wins are spread by carrying each person's unused chance forward instead of
	 * independent coin flips, which could leave someone with three deals in a month by
	 * pure luck and drown the story in noise.
	 */
	boolean wins(DemoChannel channel, long assignee) {
		double rate = channel == DemoChannel.DIRECT && assignee == this.team.sergey() ? channel.conversion / 2
				: channel.conversion;
		String key = channel + "/" + assignee;
		double chance = this.credit.getOrDefault(key, 0.0) + rate;
		boolean won = chance >= this.dice.between(0.0, 1.0);
		this.credit.put(key, won ? chance - 1 : chance);
		return won;
	}

}
