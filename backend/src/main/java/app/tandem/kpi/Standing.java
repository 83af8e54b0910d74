package app.tandem.kpi;

import java.math.BigDecimal;

/**
 * One measured number of a month against its target, for modules that pay or judge on it
 * (bonuses): the actual, the target (null without a plan) and the period-end forecast
 * (null when undefined).
 */
public record Standing(BigDecimal actual, BigDecimal target, BigDecimal forecast) {
}
