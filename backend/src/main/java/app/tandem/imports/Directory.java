package app.tandem.imports;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import app.tandem.people.Employee;
import app.tandem.people.Position;
import app.tandem.records.Channel;
import app.tandem.records.Client;

/**
 * The names a file uses for Tandem's people, channels and clients, looked up once per
 * import: people by full name, channels by name or alias, clients by name ({@link Names}:
 * case and ё/е do not matter). Clients an import creates are added as it goes, so the
 * next row finds them.
 */
final class Directory {

	private final Map<String, Employee> people = new HashMap<>();

	private final Map<String, Channel> channels = new HashMap<>();

	private final Map<String, Long> clients = new HashMap<>();

	Directory(List<Employee> people, List<Channel> channels, List<Client> clients) {
		people.forEach((person) -> this.people.putIfAbsent(Names.key(person.getFullName()), person));
		channels.forEach((channel) -> {
			this.channels.put(Names.key(channel.getName()), channel);
			channel.getAliases().forEach((alias) -> this.channels.putIfAbsent(Names.key(alias), channel));
		});
		clients.forEach((client) -> this.clients.putIfAbsent(Names.key(client.getName()), client.getId()));
	}

	/**
	 * The active employee named in {@code column}, holding one of {@code positions}; null
	 * when the cell is empty.
	 */
	Employee person(SourceRow row, Column column, Position... positions) {
		String name = row.text(column);
		if (name == null) {
			return null;
		}
		String header = row.header(column);
		Employee person = this.people.get(Names.key(name));
		if (person == null) {
			throw new RowProblem(header, header + ": no employee named \"" + name + "\" in Tandem");
		}
		if (!person.isActive()) {
			throw new RowProblem(header, header + ": " + person.getFullName() + " is deactivated");
		}
		if (positions.length > 0 && !Arrays.asList(positions).contains(person.getPosition())) {
			throw new RowProblem(header, header + ": " + person.getFullName() + " is not a "
					+ Arrays.stream(positions).map(Enum::name).collect(Collectors.joining(" or ")));
		}
		return person;
	}

	/** The open channel with this name or alias. */
	Channel channel(String name, String header) {
		Channel channel = this.channels.get(Names.key(name));
		if (channel == null) {
			throw new RowProblem(header, header + ": no channel named \"" + name
					+ "\" in Tandem (add it, or add the name as an alias of a channel)");
		}
		if (channel.isArchived()) {
			throw new RowProblem(header, header + ": channel \"" + channel.getName() + "\" is archived");
		}
		return channel;
	}

	/** The marketer responsible for a channel's leads and spend (SPEC §7). */
	static long marketerOf(Channel channel, String header) {
		if (channel.getMarketerId() == null) {
			throw new RowProblem(header,
					header + ": channel \"" + channel.getName() + "\" has no marketer; give it one in Tandem first");
		}
		return channel.getMarketerId();
	}

	Long client(String name) {
		return this.clients.get(Names.key(name));
	}

	void clientCreated(String name, long id) {
		this.clients.put(Names.key(name), id);
	}

}
