/**
 * Analytics (docs/spec.md §4, §7): the conversion matrix, the variance decomposition of
 * the gap to plan by cause, plan coverage and the plan suggested from the shared goal,
 * read from the KPI module's period figures. Exposes its services for the GraphQL
 * controllers only; owns no tables.
 */
package app.tandem.analytics;
