package app.tandem.digest;

import java.util.List;

/**
 * What one digest says, already in words and formatted numbers of its language; the
 * templates only lay it out (and escape it). Null parts are left out.
 */
public record DigestView(String name, boolean owner, String week, String month, String elapsed, boolean early,
		List<KpiLine> kpis, List<String> contribution, BonusView bonus, OwnerView team, String appUrl) {

	/** One KPI: this month so far with its status, and last week's own part. */
	public record KpiLine(String metric, String status, String statusCode, String actual, String target,
			String completion, String forecast, String week) {
	}

	/** The bonus so far and at this pace, or why there is none. */
	public record BonusView(String soFar, String atThisPace, String reason) {
	}

	/** The owner's part: the shared plan, the team, and whose job the gap is. */
	public record OwnerView(List<KpiLine> sharedPlan, List<MemberLine> members, List<String> verdict) {
	}

	public record MemberLine(String name, String position, List<KpiLine> kpis) {
	}

}
