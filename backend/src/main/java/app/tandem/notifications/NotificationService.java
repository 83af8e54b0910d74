package app.tandem.notifications;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.tandem.people.Viewer;
import app.tandem.people.Viewers;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.Ids;
import app.tandem.shared.Pages;
import app.tandem.shared.TandemException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own notifications: listed, counted and marked read, always of the signed-in
 * person alone.
 */
@Service
class NotificationService {

	private final Inbox inbox;

	private final Viewers viewers;

	private final Pages pages;

	private final CompanyCalendar calendar;

	private final int maxIds;

	NotificationService(Inbox inbox, Viewers viewers, Pages pages, CompanyCalendar calendar,
			@Value("${tandem.graphql.max-first:" + Pages.MAX_FIRST + "}") int maxIds) {
		this.inbox = inbox;
		this.viewers = viewers;
		this.pages = pages;
		this.calendar = calendar;
		this.maxIds = maxIds > 0 ? maxIds : Pages.MAX_FIRST;
	}

	@Transactional(readOnly = true)
	public Window<Notification> notifications(Integer first, String after) {
		Viewer viewer = this.viewers.current();
		Pages.Page page = this.pages.of(first, after);
		Long before = page.position().isInitial() ? null : (Long) page.position().getKeys().get("id");
		List<Notification> rows = this.inbox.page(viewer.id(), before, page.size() + 1);
		boolean more = rows.size() > page.size();
		List<Notification> items = more ? rows.subList(0, page.size()) : rows;
		return Window.from(items, (i) -> ScrollPosition.forward(Map.of("id", items.get(i).id())), more);
	}

	@Transactional(readOnly = true)
	public long total() {
		return this.inbox.count(this.viewers.current().id());
	}

	@Transactional(readOnly = true)
	public long unread() {
		return this.inbox.unread(this.viewers.current().id());
	}

	@Transactional
	public List<Notification> markRead(List<String> ids) {
		Viewer viewer = this.viewers.current();
		if (ids.size() > this.maxIds) {
			throw TandemException.badInput("ids", "At most " + this.maxIds + " ids at once");
		}
		Set<Long> parsed = new LinkedHashSet<>();
		for (String id : ids) {
			parsed.add(Ids.parse(id, "ids"));
		}
		return this.inbox.markRead(viewer.id(), parsed, this.calendar.now());
	}

	@Transactional
	public int markAllRead() {
		return this.inbox.markAllRead(this.viewers.current().id(), this.calendar.now());
	}

}
