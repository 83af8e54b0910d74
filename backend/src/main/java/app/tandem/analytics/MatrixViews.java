package app.tandem.analytics;

import java.time.YearMonth;
import java.util.List;

import app.tandem.people.Employee;
import app.tandem.records.Channel;

/** The conversion matrix's shapes (SPEC §4). */
final class MatrixViews {

	private MatrixViews() {
	}

	enum Significance {

		BELOW, ABOVE, NOT_SIGNIFICANT, NO_DATA

	}

	record ConversionCell(Employee assignee, long leads, long won, Double conversion, long othersLeads, long othersWon,
			Double othersConversion, Double pValue, Significance significance) {
	}

	record ChannelConversion(Channel channel, long leads, long won, Double conversion, Double notTargetShare,
			long unassigned, Double otherChannelsConversion, Double pValue, Significance significance,
			List<ConversionCell> cells) {
	}

	record ConversionMatrix(YearMonth period, List<Employee> assignees, List<ChannelConversion> channels, long leads,
			long won, Double conversion) {
	}

}
