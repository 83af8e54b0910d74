/**
 * Plans (docs/spec.md §3, §5): the shared monthly turnover and gross-margin goal,
 * personal plans per metric and the audit of every change
 * ({@link app.tandem.goals.PlanChange}). Owns {@code shared_goal}, {@code personal_plan},
 * {@code plan_change}, {@code plan_baseline}; exposes
 * {@link app.tandem.goals.GoalService} and {@link app.tandem.goals.PlanBook} (targets for
 * the KPI readings). Publishes {@link app.tandem.shared.FiguresChanged} and
 * {@link app.tandem.goals.PlanChanged} when a target moves.
 */
package app.tandem.goals;
