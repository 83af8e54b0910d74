package app.tandem.analytics;

import java.time.YearMonth;

import app.tandem.analytics.MatrixViews.ConversionMatrix;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class AnalyticsController {

	private final ConversionMatrixService matrix;

	AnalyticsController(ConversionMatrixService matrix) {
		this.matrix = matrix;
	}

	@QueryMapping
	ConversionMatrix conversionMatrix(@Argument YearMonth period) {
		return this.matrix.matrix(period);
	}

}
