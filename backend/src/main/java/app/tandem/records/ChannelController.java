package app.tandem.records;

import app.tandem.records.RecordInputs.CreateChannelInput;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class ChannelController {

	private final ChannelService channels;

	ChannelController(ChannelService channels) {
		this.channels = channels;
	}

	@QueryMapping
	Window<Channel> channels(@Argument Integer first, @Argument String after, @Argument Boolean includeArchived) {
		return this.channels.channels(first, after, includeArchived == null || includeArchived);
	}

	@MutationMapping
	Channel createChannel(@Argument CreateChannelInput input) {
		return this.channels.create(input);
	}

	@MutationMapping
	Channel archiveChannel(@Argument String id) {
		return this.channels.archive(id);
	}

}
