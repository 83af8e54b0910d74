package app.tandem.kpi;

import java.time.YearMonth;

import app.tandem.kpi.KpiViews.Dashboard;
import app.tandem.kpi.KpiViews.MemberKpis;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class KpiController {

	private final KpiService kpis;

	KpiController(KpiService kpis) {
		this.kpis = kpis;
	}

	@QueryMapping
	Dashboard dashboard(@Argument YearMonth period, @Argument YearMonth to) {
		return this.kpis.dashboard(period, to);
	}

	@QueryMapping
	MemberKpis employeeKpis(@Argument String employeeId, @Argument YearMonth period, @Argument YearMonth to) {
		return this.kpis.employeeKpis(employeeId, period, to);
	}

}
