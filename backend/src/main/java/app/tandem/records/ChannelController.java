package app.tandem.records;

import java.util.List;
import java.util.Map;

import app.tandem.people.Employee;
import app.tandem.people.EmployeeDirectory;
import app.tandem.records.RecordInputs.CreateChannelInput;
import app.tandem.records.RecordInputs.UpdateChannelInput;
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
class ChannelController {

	private final ChannelService channels;

	private final EmployeeDirectory people;

	ChannelController(ChannelService channels, EmployeeDirectory people) {
		this.channels = channels;
		this.people = people;
	}

	@QueryMapping
	Window<Channel> channels(@Argument Integer first, @Argument String after, @Argument Boolean includeArchived) {
		return this.channels.channels(first, after, includeArchived == null || includeArchived);
	}

	@SchemaMapping(typeName = "ChannelConnection")
	long totalCount(DataFetchingEnvironment env) {
		Boolean includeArchived = ConnectionArguments.of(env).get("includeArchived", Boolean.class);
		return this.channels.count(includeArchived == null || includeArchived);
	}

	@MutationMapping
	Channel createChannel(@Argument CreateChannelInput input) {
		return this.channels.create(input);
	}

	@MutationMapping
	Channel archiveChannel(@Argument String id) {
		return this.channels.archive(id);
	}

	@MutationMapping
	Channel updateChannel(@Argument UpdateChannelInput input) {
		return this.channels.update(input);
	}

	@BatchMapping
	Map<Channel, Employee> marketer(List<Channel> channels) {
		return BatchLoads.resolve(channels, Channel::getMarketerId, this.people::byIds);
	}

}
