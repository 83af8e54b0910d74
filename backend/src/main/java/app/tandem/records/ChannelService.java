package app.tandem.records;

import java.util.Collection;
import java.util.List;

import app.tandem.people.EmployeeDirectory;
import app.tandem.people.Position;
import app.tandem.people.Viewer;
import app.tandem.people.Viewers;
import app.tandem.records.RecordInputs.CreateChannelInput;
import app.tandem.records.RecordInputs.UpdateChannelInput;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.Ids;
import app.tandem.shared.InputCheck;
import app.tandem.shared.Pages;
import app.tandem.shared.TandemException;
import app.tandem.shared.Versions;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lead sources: everyone sees them; owners and marketers add them; a channel is changed
 * (renamed, archived, brought back, given a marketer) by an owner or by its own marketer,
 * so one marketer cannot shut a colleague's channel.
 */
@Service
public class ChannelService {

	private final ChannelRepository channels;

	private final EmployeeDirectory people;

	private final Viewers viewers;

	private final Pages pages;

	private final CompanyCalendar calendar;

	private final RecordHistory history;

	ChannelService(ChannelRepository channels, EmployeeDirectory people, Viewers viewers, Pages pages,
			CompanyCalendar calendar, RecordHistory history) {
		this.channels = channels;
		this.people = people;
		this.viewers = viewers;
		this.pages = pages;
		this.calendar = calendar;
		this.history = history;
	}

	@Transactional(readOnly = true)
	public Window<Channel> channels(Integer first, String after, boolean includeArchived) {
		this.viewers.requireSignedIn();
		Pages.Page page = this.pages.of(first, after, "name", "id");
		return this.channels.findBy(spec(includeArchived),
				(q) -> q.sortBy(Sort.by("name", "id")).limit(page.size()).scroll(page.position()));
	}

	@Transactional(readOnly = true)
	public long count(boolean includeArchived) {
		this.viewers.requireSignedIn();
		return this.channels.count(spec(includeArchived));
	}

	private static Specification<Channel> spec(boolean includeArchived) {
		return includeArchived ? Visibility.all() : (root, query, cb) -> cb.isFalse(root.get("archived"));
	}

	@Transactional(readOnly = true)
	public List<Channel> all() {
		return this.channels.findAllByOrderByNameAsc();
	}

	@Transactional(readOnly = true)
	public List<Channel> byIds(Collection<Long> ids) {
		return this.channels.findAllById(ids);
	}

	@Transactional
	public Channel create(CreateChannelInput input) {
		Viewer viewer = this.viewers.current();
		if (!viewer.isOwner() && !viewer.is(Position.MARKETER)) {
			throw TandemException.forbidden("Only owners and marketers manage channels");
		}
		String name = input.name() == null ? null : input.name().trim();
		new InputCheck().require(name, "name").maxLength(name, 100, "name").throwIfInvalid();
		Long marketer = Ids.parseOptional(input.marketerId(), "marketerId");
		if (marketer == null && viewer.is(Position.MARKETER)) {
			marketer = viewer.id();
		}
		checkMarketer(viewer, marketer, null);
		if (this.channels.existsByNameIgnoreCase(name)) {
			throw TandemException.conflict("name", "A channel named \"" + name + "\" exists already");
		}
		Channel channel = this.channels
			.saveAndFlush(new Channel(name, marketer, viewer.id(), CompanyCalendar.toUtc(this.calendar.now())));
		FieldChanges created = this.history.changes();
		created.set("name", null, channel.getName());
		created.set("marketerId", null, channel.getMarketerId());
		this.history.created(RecordKind.CHANNEL, channel.getId(), viewer.id(), created);
		return channel;
	}

	@Transactional
	public Channel archive(String id) {
		return update(new UpdateChannelInput(id, null, org.springframework.graphql.data.ArgumentValue.omitted(),
				org.springframework.graphql.data.ArgumentValue.ofNullable(true),
				org.springframework.graphql.data.ArgumentValue.omitted(),
				org.springframework.graphql.data.ArgumentValue.omitted()));
	}

	@Transactional
	public Channel update(UpdateChannelInput input) {
		Viewer viewer = this.viewers.current();
		new InputCheck().require(input.id(), "id").throwIfInvalid();
		Channel channel = require(input.id(), "id");
		if (!mayChange(viewer, channel)) {
			throw TandemException.forbidden("id", "Only an owner or the channel's marketer changes it");
		}
		Versions.expect(input.expectedVersion(), channel.getVersion(), "channel");
		InputCheck check = new InputCheck();
		Patch.notCleared(check, input.name(), "name");
		Patch.notCleared(check, input.archived(), "archived");
		String name = Patch.value(input.name(), channel.getName());
		name = name == null ? null : name.trim();
		check.require(name, "name").maxLength(name, 100, "name").throwIfInvalid();
		Long marketer = Patch.given(input.marketerId()) ? Ids.parseOptional(input.marketerId().value(), "marketerId")
				: channel.getMarketerId();
		if (!java.util.Objects.equals(marketer, channel.getMarketerId())) {
			checkMarketer(viewer, marketer, channel.getMarketerId());
		}
		if (!name.equalsIgnoreCase(channel.getName())
				&& this.channels.existsByNameIgnoreCaseAndIdNot(name, channel.getId())) {
			throw TandemException.conflict("name", "A channel named \"" + name + "\" exists already");
		}
		List<String> aliases = Patch.given(input.aliases()) ? aliases(input.aliases().value(), channel)
				: channel.getAliases();
		FieldChanges changes = this.history.changes();
		channel.rename(changes.set("name", channel.getName(), name));
		channel.setAliases(changes.set("aliases", channel.getAliases(), aliases));
		channel.setArchived(
				changes.set("archived", channel.isArchived(), Patch.value(input.archived(), channel.isArchived())));
		channel.setMarketer(changes.set("marketerId", channel.getMarketerId(), marketer));
		if (changes.isEmpty()) {
			return channel;
		}
		Channel saved = this.channels.saveAndFlush(channel);
		this.history.updated(RecordKind.CHANNEL, channel.getId(), viewer.id(), changes);
		return saved;
	}

	/**
	 * Aliases are other names of the channel for imports (SPEC §8: a Direct campaign →
	 * its channel): trimmed, without duplicates, and none may be another channel's name
	 * or alias, so a name in a file always means one channel.
	 */
	private List<String> aliases(List<String> given, Channel channel) {
		List<String> aliases = given == null ? List.of()
				: given.stream().map(String::trim).filter((a) -> !a.isEmpty()).distinct().toList();
		InputCheck check = new InputCheck().when(aliases.size() > 20, "aliases", "A channel has at most 20 aliases");
		aliases.forEach((alias) -> check.maxLength(alias, 90, "aliases")
			.when(alias.contains("\n"), "aliases", "An alias is one line"));
		check.throwIfInvalid();
		for (Channel other : this.channels.findAll()) {
			if (other.getId().equals(channel.getId())) {
				continue;
			}
			for (String alias : aliases) {
				if (other.getName().equalsIgnoreCase(alias)
						|| other.getAliases().stream().anyMatch(alias::equalsIgnoreCase)) {
					throw TandemException.conflict("aliases",
							"\"" + alias + "\" already names channel \"" + other.getName() + "\"");
				}
			}
		}
		return aliases;
	}

	/**
	 * An owner, the channel's marketer, or (for a channel without one) the marketer who
	 * added it.
	 */
	private static boolean mayChange(Viewer viewer, Channel channel) {
		if (viewer.isOwner()) {
			return true;
		}
		return channel.getMarketerId() != null ? viewer.isSelf(channel.getMarketerId())
				: viewer.is(Position.MARKETER) && viewer.isSelf(channel.getCreatedBy());
	}

	/**
	 * A channel's marketer is an active MARKETER; a marketer may name only themself (or
	 * keep the one it has).
	 */
	private void checkMarketer(Viewer viewer, Long marketer, Long current) {
		if (marketer == null) {
			if (!viewer.isOwner() && current != null) {
				throw TandemException.forbidden("marketerId", "Only an owner leaves a channel without its marketer");
			}
			return;
		}
		if (!viewer.isOwner() && !viewer.isSelf(marketer)) {
			throw TandemException.forbidden("marketerId", "Only an owner makes someone else a channel's marketer");
		}
		this.people.requireActive(marketer, "marketerId", Position.MARKETER);
	}

	/** A channel that takes new records: it exists and is not archived. */
	Channel requireOpen(String id, String field) {
		Channel channel = require(id, field);
		if (channel.isArchived()) {
			throw TandemException.badInput(field, "Channel \"" + channel.getName() + "\" is archived");
		}
		return channel;
	}

	Channel require(String id, String field) {
		return this.channels.findById(Ids.parse(id, field))
			.orElseThrow(() -> TandemException.notFound(field, "No channel with id " + id));
	}

}
