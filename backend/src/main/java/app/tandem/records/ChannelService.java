package app.tandem.records;

import java.util.Collection;
import java.util.List;

import app.tandem.people.Position;
import app.tandem.people.Viewer;
import app.tandem.people.Viewers;
import app.tandem.records.RecordInputs.CreateChannelInput;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.Ids;
import app.tandem.shared.InputCheck;
import app.tandem.shared.Pages;
import app.tandem.shared.TandemException;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lead sources: everyone sees them, owners and marketers manage them. */
@Service
public class ChannelService {

	private final ChannelRepository channels;

	private final Viewers viewers;

	private final Pages pages;

	private final CompanyCalendar calendar;

	ChannelService(ChannelRepository channels, Viewers viewers, Pages pages, CompanyCalendar calendar) {
		this.channels = channels;
		this.viewers = viewers;
		this.pages = pages;
		this.calendar = calendar;
	}

	@Transactional(readOnly = true)
	public Window<Channel> channels(Integer first, String after, boolean includeArchived) {
		this.viewers.current();
		Pages.Page page = this.pages.of(first, after);
		Specification<Channel> spec = includeArchived ? Visibility.all()
				: (root, query, cb) -> cb.isFalse(root.get("archived"));
		return this.channels.findBy(spec,
				(q) -> q.sortBy(Sort.by("name", "id")).limit(page.size()).scroll(page.position()));
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
		requireManager();
		String name = input.name() == null ? null : input.name().trim();
		new InputCheck().require(name, "name").maxLength(name, 100, "name").throwIfInvalid();
		if (this.channels.existsByNameIgnoreCase(name)) {
			throw TandemException.conflict("name", "A channel named \"" + name + "\" exists already");
		}
		return this.channels.saveAndFlush(new Channel(name, CompanyCalendar.toUtc(this.calendar.now())));
	}

	@Transactional
	public Channel archive(String id) {
		requireManager();
		Channel channel = require(id, "id");
		channel.archive();
		return channel;
	}

	/** A channel that takes new records: it exists and is not archived. */
	Channel requireOpen(String id, String field) {
		Channel channel = require(id, field);
		if (channel.isArchived()) {
			throw TandemException.badInput(field, "Channel \"" + channel.getName() + "\" is archived");
		}
		return channel;
	}

	private Channel require(String id, String field) {
		return this.channels.findById(Ids.parse(id, field))
			.orElseThrow(() -> TandemException.notFound(field, "No channel with id " + id));
	}

	private void requireManager() {
		Viewer viewer = this.viewers.current();
		if (!viewer.isOwner() && !viewer.is(Position.MARKETER)) {
			throw TandemException.forbidden("Only owners and marketers manage channels");
		}
	}

}
