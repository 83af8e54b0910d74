package app.tandem.records;

import java.time.LocalDate;
import java.util.Locale;

import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.Ids;
import app.tandem.shared.InputCheck;
import app.tandem.shared.PeriodRange;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;

/**
 * The filters of the record lists (SPEC §7 "Finding records") as JPA specifications;
 * combined with {@link Visibility}, so a filter can only narrow what a person may see.
 * Days are the company's calendar days, both ends included.
 */
final class RecordFilters {

	private static final int MAX_SEARCH = 100;

	private RecordFilters() {
	}

	/** Which spend records. */
	record SpendFilter(LocalDate from, LocalDate to, String channelId, String marketerId, Boolean voided) {
	}

	/** Which leads. */
	record LeadFilter(LocalDate from, LocalDate to, String channelId, String marketerId, String assigneeId,
			LeadStatus status, LostReason lostReason, Boolean converted, String search, Boolean voided) {
	}

	/** Which deals. */
	record DealFilter(LocalDate from, LocalDate to, String salespersonId, String clientId, String marketerId,
			Boolean fromLead, String search, Boolean voided) {
	}

	/** Which clients. */
	record ClientFilter(String search, String acquiredById, LocalDate firstDealFrom, LocalDate firstDealTo) {
	}

	static Specification<Spend> spends(SpendFilter f) {
		if (f == null) {
			return voided(null);
		}
		checkDays(f.from(), f.to(), "from", "to");
		return Specification.allOf(voided(f.voided()), onOrAfter("day", f.from()), onOrBefore("day", f.to()),
				equal("channelId", Ids.parseOptional(f.channelId(), "channelId")),
				equal("marketerId", Ids.parseOptional(f.marketerId(), "marketerId")));
	}

	static Specification<Lead> leads(LeadFilter f, CompanyCalendar calendar) {
		if (f == null) {
			return voided(null);
		}
		checkDays(f.from(), f.to(), "from", "to");
		String search = search(f.search());
		Specification<Lead> spec = Specification.allOf(voided(f.voided()),
				equal("channelId", Ids.parseOptional(f.channelId(), "channelId")),
				equal("marketerId", Ids.parseOptional(f.marketerId(), "marketerId")),
				equal("assigneeId", Ids.parseOptional(f.assigneeId(), "assigneeId")), equal("status", f.status()),
				equal("lostReason", f.lostReason()), equal("converted", f.converted()));
		if (f.from() != null) {
			spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("createdAt"),
					PeriodRange.utcStartOf(f.from(), calendar.zone())));
		}
		if (f.to() != null) {
			spec = spec.and((root, query, cb) -> cb.lessThan(root.get("createdAt"),
					PeriodRange.utcStartOf(f.to().plusDays(1), calendar.zone())));
		}
		if (search != null) {
			spec = spec.and((root, query, cb) -> {
				Subquery<Long> channels = query.subquery(Long.class);
				Root<Channel> channel = channels.from(Channel.class);
				channels.select(channel.get("id")).where(contains(cb, channel, "name", search));
				return cb.or(contains(cb, root, "externalId", search), root.get("channelId").in(channels));
			});
		}
		return spec;
	}

	static Specification<Deal> deals(DealFilter f) {
		if (f == null) {
			return voided(null);
		}
		checkDays(f.from(), f.to(), "from", "to");
		String search = search(f.search());
		Long marketer = Ids.parseOptional(f.marketerId(), "marketerId");
		Specification<Deal> spec = Specification.allOf(voided(f.voided()), onOrAfter("closedOn", f.from()),
				onOrBefore("closedOn", f.to()),
				equal("salespersonId", Ids.parseOptional(f.salespersonId(), "salespersonId")),
				equal("clientId", Ids.parseOptional(f.clientId(), "clientId")));
		if (f.fromLead() != null) {
			spec = spec.and((root, query, cb) -> f.fromLead() ? cb.isNotNull(root.get("leadId"))
					: cb.isNull(root.get("leadId")));
		}
		if (marketer != null) {
			spec = spec.and((root, query, cb) -> {
				Subquery<Long> leads = query.subquery(Long.class);
				Root<Lead> lead = leads.from(Lead.class);
				leads.select(lead.get("id")).where(cb.equal(lead.get("marketerId"), marketer));
				return root.get("leadId").in(leads);
			});
		}
		if (search != null) {
			spec = spec.and((root, query, cb) -> {
				Subquery<Long> clients = query.subquery(Long.class);
				Root<Client> client = clients.from(Client.class);
				clients.select(client.get("id")).where(contains(cb, client, "name", search));
				return cb.or(contains(cb, root, "externalId", search), root.get("clientId").in(clients));
			});
		}
		return spec;
	}

	static Specification<Client> clients(ClientFilter f) {
		if (f == null) {
			return Visibility.all();
		}
		checkDays(f.firstDealFrom(), f.firstDealTo(), "firstDealFrom", "firstDealTo");
		String search = search(f.search());
		Specification<Client> spec = Specification.allOf(
				equal("acquiredBy", Ids.parseOptional(f.acquiredById(), "acquiredById")),
				onOrAfter("firstDealOn", f.firstDealFrom()), onOrBefore("firstDealOn", f.firstDealTo()));
		if (search != null) {
			spec = spec.and((root, query, cb) -> contains(cb, root, "name", search));
		}
		return spec;
	}

	/** Voided records only when asked for ({@code voided: true}); the rest otherwise. */
	private static <T> Specification<T> voided(Boolean voided) {
		boolean only = Boolean.TRUE.equals(voided);
		return (root, query, cb) -> only ? cb.isNotNull(root.get("voiding").get("at"))
				: cb.isNull(root.get("voiding").get("at"));
	}

	private static <T> Specification<T> equal(String attribute, Object value) {
		return value == null ? Visibility.all() : (root, query, cb) -> cb.equal(root.get(attribute), value);
	}

	private static <T> Specification<T> onOrAfter(String attribute, LocalDate day) {
		return day == null ? Visibility.all() : (root, query, cb) -> cb.greaterThanOrEqualTo(root.get(attribute), day);
	}

	private static <T> Specification<T> onOrBefore(String attribute, LocalDate day) {
		return day == null ? Visibility.all() : (root, query, cb) -> cb.lessThanOrEqualTo(root.get(attribute), day);
	}

	private static Predicate contains(CriteriaBuilder cb, Root<?> root, String attribute, String text) {
		String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return cb.like(cb.lower(root.get(attribute)), "%" + escaped + "%", '\\');
	}

	private static String search(String search) {
		if (search == null || search.isBlank()) {
			return null;
		}
		new InputCheck().maxLength(search.trim(), MAX_SEARCH, "search").throwIfInvalid();
		return search.trim();
	}

	private static final LocalDate LAST = LocalDate.of(2100, 12, 31);

	private static void checkDays(LocalDate from, LocalDate to, String fromField, String toField) {
		InputCheck check = new InputCheck();
		inRange(check, from, fromField);
		inRange(check, to, toField);
		check
			.when(from != null && to != null && to.isBefore(from), toField,
					toField + " must not be before " + fromField)
			.throwIfInvalid();
	}

	private static void inRange(InputCheck check, LocalDate day, String field) {
		check.when(day != null && (day.isBefore(RecordDates.EARLIEST) || day.isAfter(LAST)), field,
				field + " must be from " + RecordDates.EARLIEST + " to " + LAST);
	}

}
