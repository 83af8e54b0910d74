package app.tandem.kpi;

/**
 * A KPI's reading against its target (SPEC §3 "Pace", §7 "Status"), decided by
 * {@link Pace}.
 */
public enum PaceStatus {

	ON_TRACK, AT_RISK, BEHIND, NO_PLAN, NO_DATA, EARLY, ACHIEVED, MISSED

}
