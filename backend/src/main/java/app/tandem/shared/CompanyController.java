package app.tandem.shared;

import java.time.LocalDate;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class CompanyController {

	private final CompanySettings company;

	private final CompanyCalendar calendar;

	CompanyController(CompanySettings company, CompanyCalendar calendar) {
		this.company = company;
		this.calendar = calendar;
	}

	@QueryMapping
	CompanyView company() {
		return new CompanyView(this.company.name(), this.company.currency().getCurrencyCode(),
				this.company.timeZone().getId(), this.calendar.today());
	}

	record CompanyView(String name, String currency, String timeZone, LocalDate today) {
	}

}
