package app.tandem.notifications;

/**
 * What happened; with the notification's parameters it is everything an app needs to say
 * it.
 */
enum NotificationKind {

	/**
	 * One of my KPIs turned AT_RISK, BEHIND or ACHIEVED this month ({@code metric},
	 * {@code status}).
	 */
	KPI_STATUS,

	/** The shared goal's turnover or gross margin target was reached ({@code metric}). */
	GOAL_ACHIEVED,

	/** A lead was handed to me by someone else ({@code leadId}). */
	LEAD_ASSIGNED,

	/** The owner changed my personal plan ({@code metric}). */
	PLAN_CHANGED,

	/**
	 * The owner changed the shared goal, which everyone's contribution is measured
	 * against.
	 */
	GOAL_CHANGED

}
