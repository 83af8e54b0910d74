package app.tandem.company;

import java.time.LocalDate;
import java.util.List;

/** Inputs of the company settings mutations (SPEC §7). */
final class CompanyInputs {

	private CompanyInputs() {
	}

	record SetPaceBasisInput(PaceBasis paceBasis) {
	}

	record SetCompanyCalendarInput(Integer year, List<LocalDate> nonWorkingDays, List<LocalDate> workingWeekendDays) {
	}

}
