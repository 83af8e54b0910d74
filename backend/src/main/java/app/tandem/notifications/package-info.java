/**
 * Notifications (docs/spec.md §10 "Alerts", docs/notifications.md): what a person is told
 * in the app — their KPI turned AT_RISK or BEHIND, a KPI or the shared goal ACHIEVED, a
 * lead handed to them, their plan or the shared goal changed — as a kind and parameters
 * the apps translate. Owns {@code notification} and {@code kpi_status_seen}; listens to
 * {@link app.tandem.shared.FiguresChanged}, {@link app.tandem.records.LeadAssigned} and
 * {@link app.tandem.goals.PlanChanged}; reads statuses from
 * {@link app.tandem.kpi.KpiService}.
 */
package app.tandem.notifications;
