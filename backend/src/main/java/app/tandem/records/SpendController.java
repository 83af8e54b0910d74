package app.tandem.records;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import app.tandem.people.Employee;
import app.tandem.people.EmployeeDirectory;
import app.tandem.records.RecordFilters.SpendFilter;
import app.tandem.records.RecordInputs.RecordSpendInput;
import app.tandem.records.RecordInputs.UpdateSpendInput;
import app.tandem.records.RecordInputs.VoidInput;
import app.tandem.shared.BatchLoads;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class SpendController {

	private final SpendService spends;

	private final ChannelService channels;

	private final EmployeeDirectory people;

	SpendController(SpendService spends, ChannelService channels, EmployeeDirectory people) {
		this.spends = spends;
		this.channels = channels;
		this.people = people;
	}

	@QueryMapping
	Window<Spend> spends(@Argument Integer first, @Argument String after, @Argument YearMonth period,
			@Argument SpendFilter filter) {
		return this.spends.spends(first, after, period, filter);
	}

	@SchemaMapping(typeName = "SpendConnection")
	long totalCount(DataFetchingEnvironment env) {
		ConnectionArguments args = ConnectionArguments.of(env);
		return this.spends.count(args.get("period", YearMonth.class), args.get("filter", SpendFilter.class));
	}

	@MutationMapping
	Spend recordSpend(@Argument RecordSpendInput input) {
		return this.spends.record(input);
	}

	@MutationMapping
	Spend updateSpend(@Argument UpdateSpendInput input) {
		return this.spends.update(input);
	}

	@MutationMapping
	Spend voidSpend(@Argument VoidInput input) {
		return this.spends.voidSpend(input);
	}

	@BatchMapping
	Map<Spend, Channel> channel(List<Spend> spends) {
		return BatchLoads.resolve(spends, Spend::getChannelId,
				(ids) -> BatchLoads.byId(this.channels.byIds(ids), Channel::getId));
	}

	@BatchMapping
	Map<Spend, Employee> marketer(List<Spend> spends) {
		return BatchLoads.resolve(spends, Spend::getMarketerId, this.people::byIds);
	}

}
