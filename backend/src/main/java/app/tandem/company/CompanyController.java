package app.tandem.company;

import java.time.LocalDate;
import java.util.List;

import app.tandem.company.CompanyInputs.SetCompanyCalendarInput;
import app.tandem.company.CompanyInputs.SetPaceBasisInput;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.CompanySettings;
import app.tandem.shared.TandemException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class CompanyController {

	private final CompanySettings company;

	private final CompanyCalendar calendar;

	private final WorkingDays workingDays;

	private final CompanyService service;

	CompanyController(CompanySettings company, CompanyCalendar calendar, WorkingDays workingDays,
			CompanyService service) {
		this.company = company;
		this.calendar = calendar;
		this.workingDays = workingDays;
		this.service = service;
	}

	@QueryMapping
	CompanyView company() {
		return new CompanyView(this.company.name(), this.company.currency().getCurrencyCode(),
				this.company.timeZone().getId(), this.calendar.today());
	}

	@SchemaMapping(typeName = "Company")
	PaceBasis paceBasis(CompanyView company) {
		return this.workingDays.basis();
	}

	@SchemaMapping(typeName = "Company")
	List<LocalDate> nonWorkingDays(CompanyView company, @Argument Integer year) {
		return this.workingDays.nonWorkingDays(checked(year));
	}

	@SchemaMapping(typeName = "Company")
	List<LocalDate> workingWeekendDays(CompanyView company, @Argument Integer year) {
		return this.workingDays.workingWeekendDays(checked(year));
	}

	@MutationMapping
	CompanyView setPaceBasis(@Argument SetPaceBasisInput input) {
		this.service.setPaceBasis(input);
		return company();
	}

	@MutationMapping
	CompanyView setCompanyCalendar(@Argument SetCompanyCalendarInput input) {
		this.service.setCalendar(input);
		return company();
	}

	private static int checked(Integer year) {
		if (year == null || year < CompanyService.FIRST_YEAR || year > CompanyService.LAST_YEAR) {
			throw TandemException.badInput("year",
					"year must be from " + CompanyService.FIRST_YEAR + " to " + CompanyService.LAST_YEAR);
		}
		return year;
	}

	record CompanyView(String name, String currency, String timeZone, LocalDate today) {
	}

}
