/**
 * KPI readings (docs/spec.md §3, §7, docs/kpis.md): period figures aggregated in SQL,
 * each person's KPIs with pace, forecast and status, contributions and the company
 * dashboard. Owns no tables; reads the records' and plans' tables through
 * {@link app.tandem.kpi.KpiQueries}.
 */
package app.tandem.kpi;
