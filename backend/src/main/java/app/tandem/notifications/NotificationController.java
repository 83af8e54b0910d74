package app.tandem.notifications;

import java.util.List;

import app.tandem.goals.Metric;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class NotificationController {

	private final NotificationService service;

	NotificationController(NotificationService service) {
		this.service = service;
	}

	@QueryMapping
	Window<Notification> notifications(@Argument Integer first, @Argument String after) {
		return this.service.notifications(first, after);
	}

	@SchemaMapping(typeName = "NotificationConnection")
	long totalCount() {
		return this.service.total();
	}

	@SchemaMapping(typeName = "NotificationConnection")
	long unreadCount() {
		return this.service.unread();
	}

	@MutationMapping
	List<Notification> markNotificationsRead(@Argument List<String> ids) {
		return this.service.markRead(ids);
	}

	@MutationMapping
	int markAllNotificationsRead() {
		return this.service.markAllRead();
	}

	@SchemaMapping(typeName = "Notification")
	Metric kpi(Notification notification) {
		return notification.metric();
	}

	@SchemaMapping(typeName = "Notification")
	boolean read(Notification notification) {
		return notification.read();
	}

	@SchemaMapping(typeName = "Notification")
	String leadId(Notification notification) {
		return notification.leadId() == null ? null : notification.leadId().toString();
	}

}
