package app.tandem.demo;

/**
 * The demo's lead sources and the story each one tells: paid Direct converts well, SMM
 * brings volume sales calls "not target", organic SEO and Referrals cost nothing, and the
 * monthly exhibition is one big bill followed by a week of leads.
 */
enum DemoChannel {

	DIRECT("Yandex Direct", true, 4.2, 2.0, 0.27, 0.12, "yandex\nПоиск — Москва\nРСЯ — ретаргетинг"),

	SMM("SMM", false, 2.6, 1.6, 0.08, 0.60, "vk\ninstagram"),

	SEO("SEO", true, 2.0, 0.9, 0.18, 0.12, "google"),

	REFERRALS("Referrals", false, 0.9, 0.2, 0.40, 0.05, "Рекомендация"),

	EXHIBITIONS("Exhibitions", true, 0.05, 0.0, 0.15, 0.20, "Выставка");

	/** Leads a day at the stand during the exhibition week. */
	static final double EXHIBITION_DAILY_LEADS = 7.0;

	final String title;

	private final boolean anna;

	final double weekdayLeads;

	final double weekendLeads;

	/** Chance a lead becomes a deal with an average salesperson. */
	final double conversion;

	/** Share of lost leads that sales rejects as "not target". */
	final double notTargetShare;

	/**
	 * Other names imports know the channel by (UTM sources, Direct campaigns;
	 * docs/samples), newline-separated.
	 */
	final String aliases;

	DemoChannel(String title, boolean anna, double weekdayLeads, double weekendLeads, double conversion,
			double notTargetShare, String aliases) {
		this.title = title;
		this.anna = anna;
		this.weekdayLeads = weekdayLeads;
		this.weekendLeads = weekendLeads;
		this.conversion = conversion;
		this.notTargetShare = notTargetShare;
		this.aliases = aliases;
	}

	long marketer(DemoTeam team) {
		return this.anna ? team.anna() : team.dmitry();
	}

}
