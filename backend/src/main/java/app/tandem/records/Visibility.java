package app.tandem.records;

import java.time.YearMonth;

import app.tandem.people.Viewer;
import app.tandem.shared.PeriodRange;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;

/**
 * Which records a person sees (SPEC §1): owners everything; everyone else their own.
 * Client lists are not shared between salespeople; a marketer also sees the deals on
 * their leads.
 */
final class Visibility {

	private Visibility() {
	}

	static Specification<Spend> spends(Viewer viewer) {
		if (viewer.isOwner()) {
			return all();
		}
		return (root, query, cb) -> cb.equal(root.get("marketerId"), viewer.id());
	}

	static Specification<Lead> leads(Viewer viewer) {
		if (viewer.isOwner()) {
			return all();
		}
		return (root, query, cb) -> cb.or(cb.equal(root.get("marketerId"), viewer.id()),
				cb.equal(root.get("assigneeId"), viewer.id()));
	}

	static Specification<Deal> deals(Viewer viewer) {
		if (viewer.isOwner()) {
			return all();
		}
		return (root, query, cb) -> {
			Subquery<Long> ownLeads = query.subquery(Long.class);
			Root<Lead> lead = ownLeads.from(Lead.class);
			ownLeads.select(lead.get("id")).where(cb.equal(lead.get("marketerId"), viewer.id()));
			return cb.or(cb.equal(root.get("salespersonId"), viewer.id()), root.get("leadId").in(ownLeads));
		};
	}

	static Specification<Client> clients(Viewer viewer) {
		if (viewer.isOwner()) {
			return all();
		}
		if (!viewer.sells()) {
			return none();
		}
		return (root, query, cb) -> {
			Subquery<Long> ownDeals = query.subquery(Long.class);
			Root<Deal> deal = ownDeals.from(Deal.class);
			ownDeals.select(deal.get("clientId")).where(cb.equal(deal.get("salespersonId"), viewer.id()));
			return cb.or(cb.equal(root.get("createdBy"), viewer.id()), cb.equal(root.get("acquiredBy"), viewer.id()),
					cb.equal(root.get("accountManagerId"), viewer.id()), root.get("id").in(ownDeals));
		};
	}

	static Specification<Lead> leadsCreatedIn(YearMonth period, PeriodRange range) {
		if (period == null) {
			return all();
		}
		return (root, query, cb) -> cb.and(cb.greaterThanOrEqualTo(root.get("createdAt"), range.fromUtc()),
				cb.lessThan(root.get("createdAt"), range.toUtc()));
	}

	static <T> Specification<T> onDays(String attribute, YearMonth period, PeriodRange range) {
		if (period == null) {
			return all();
		}
		return (root, query, cb) -> cb.and(cb.greaterThanOrEqualTo(root.get(attribute), range.firstDay()),
				cb.lessThan(root.get(attribute), range.dayAfter()));
	}

	static <T> Specification<T> all() {
		return (root, query, cb) -> cb.conjunction();
	}

	static <T> Specification<T> none() {
		return (root, query, cb) -> cb.disjunction();
	}

}
