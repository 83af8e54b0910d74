package app.tandem.analytics;

import java.math.BigDecimal;
import java.time.YearMonth;

import app.tandem.analytics.MatrixViews.ConversionMatrix;
import app.tandem.analytics.VarianceViews.VarianceDecomposition;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class AnalyticsController {

	private final ConversionMatrixService matrix;

	private final VarianceService variance;

	private final PlanFromGoalService planFromGoal;

	private final PlanCoverageService coverage;

	AnalyticsController(ConversionMatrixService matrix, VarianceService variance, PlanFromGoalService planFromGoal,
			PlanCoverageService coverage) {
		this.matrix = matrix;
		this.variance = variance;
		this.planFromGoal = planFromGoal;
		this.coverage = coverage;
	}

	@QueryMapping
	PlanCoverageService.PlanCoverage planCoverage(@Argument YearMonth period) {
		return this.coverage.coverage(period);
	}

	@QueryMapping
	VarianceDecomposition varianceDecomposition(@Argument YearMonth period) {
		return this.variance.decompose(period);
	}

	@QueryMapping
	PlanSuggestion planFromGoal(@Argument YearMonth period, @Argument BigDecimal turnoverTarget) {
		return this.planFromGoal.suggest(period, turnoverTarget);
	}

	@MutationMapping
	PlanSuggestion applyPlanFromGoal(@Argument YearMonth period, @Argument BigDecimal turnoverTarget) {
		return this.planFromGoal.apply(period, turnoverTarget);
	}

	@QueryMapping
	ConversionMatrix conversionMatrix(@Argument YearMonth period) {
		return this.matrix.matrix(period);
	}

}
