package app.tandem.kpi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A period's leads (its cohort: created in the period, not voided), counted per marketer
 * × channel × assignee in SQL and added up here per marketer, per channel and per channel
 * × assignee (the conversion matrix's cells; a null assignee is an unassigned lead).
 */
public record LeadFigures(Map<Long, LeadCounts> byMarketer, Map<Long, LeadCounts> byChannel,
		Map<ChannelAssignee, LeadCounts> byChannelAndAssignee, LeadCounts total) {

	/** A cell of the conversion matrix. */
	public record ChannelAssignee(long channel, Long assignee) {
	}

	/** One row of the SQL GROUP BY. */
	record Row(long marketer, long channel, Long assignee, LeadCounts counts) {
	}

	static LeadFigures of(List<Row> rows) {
		Map<Long, LeadCounts> byMarketer = new HashMap<>();
		Map<Long, LeadCounts> byChannel = new HashMap<>();
		Map<ChannelAssignee, LeadCounts> cells = new HashMap<>();
		LeadCounts total = LeadCounts.NONE;
		for (Row row : rows) {
			byMarketer.merge(row.marketer(), row.counts(), LeadCounts::plus);
			byChannel.merge(row.channel(), row.counts(), LeadCounts::plus);
			cells.merge(new ChannelAssignee(row.channel(), row.assignee()), row.counts(), LeadCounts::plus);
			total = total.plus(row.counts());
		}
		return new LeadFigures(byMarketer, byChannel, cells, total);
	}

	public LeadCounts of(long marketer) {
		return this.byMarketer.getOrDefault(marketer, LeadCounts.NONE);
	}

	public LeadCounts ofChannel(long channel) {
		return this.byChannel.getOrDefault(channel, LeadCounts.NONE);
	}

}
