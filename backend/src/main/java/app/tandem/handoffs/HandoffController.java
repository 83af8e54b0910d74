package app.tandem.handoffs;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.tandem.handoffs.DisputeInputs.ContestLostReasonInput;
import app.tandem.handoffs.DisputeInputs.ResolveDisputeInput;
import app.tandem.people.Employee;
import app.tandem.people.EmployeeDirectory;
import app.tandem.records.Lead;
import app.tandem.records.LeadService;
import app.tandem.shared.BatchLoads;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;

/** Maps SPEC §12's disputes and handoff ledger; the services decide who may do what. */
@Controller
class HandoffController {

	private final DisputeService disputes;

	private final HandoffService handoffs;

	private final LeadService leads;

	private final EmployeeDirectory people;

	HandoffController(DisputeService disputes, HandoffService handoffs, LeadService leads, EmployeeDirectory people) {
		this.disputes = disputes;
		this.handoffs = handoffs;
		this.leads = leads;
		this.people = people;
	}

	@QueryMapping
	Window<Dispute> disputes(@Argument DisputeStatus status, @Argument Integer first, @Argument String after) {
		return this.disputes.disputes(status, first, after);
	}

	@SchemaMapping(typeName = "DisputeConnection")
	long totalCount(DataFetchingEnvironment env) {
		Object status = env.getExecutionStepInfo().getParent().getArguments().get("status");
		return this.disputes.count(status == null ? null : DisputeStatus.valueOf(status.toString()));
	}

	@QueryMapping
	List<Handoff> handoffs(@Argument YearMonth period) {
		return this.handoffs.handoffs(period);
	}

	@MutationMapping
	Dispute contestLostReason(@Argument ContestLostReasonInput input) {
		return this.disputes.contest(input);
	}

	@MutationMapping
	Dispute resolveDispute(@Argument ResolveDisputeInput input) {
		return this.disputes.resolve(input);
	}

	@BatchMapping
	Map<Dispute, Lead> lead(List<Dispute> disputes) {
		return BatchLoads.resolve(disputes, Dispute::getLeadId,
				(ids) -> BatchLoads.byId(this.leads.byIds(ids), Lead::getId));
	}

	@BatchMapping
	Map<Dispute, Employee> openedBy(List<Dispute> disputes) {
		return BatchLoads.resolve(disputes, Dispute::getOpenedBy, this.people::byIds);
	}

	@BatchMapping
	Map<Dispute, Employee> resolvedBy(List<Dispute> disputes) {
		return BatchLoads.resolve(disputes, Dispute::getResolvedBy, this.people::byIds);
	}

	/** A lead's latest dispute, open or resolved. */
	@BatchMapping(typeName = "Lead")
	Map<Lead, Dispute> dispute(List<Lead> leads) {
		Map<Long, Dispute> latest = new LinkedHashMap<>();
		for (Dispute dispute : this.disputes.ofLeads(leads.stream().map(Lead::getId).toList())) {
			latest.put(dispute.getLeadId(), dispute);
		}
		return BatchLoads.resolve(leads, Lead::getId, (ids) -> latest);
	}

	@BatchMapping
	Map<Handoff, Employee> marketer(List<Handoff> handoffs) {
		return BatchLoads.resolve(handoffs, Handoff::marketerId, this.people::byIds);
	}

	@BatchMapping
	Map<Handoff, Employee> salesperson(List<Handoff> handoffs) {
		return BatchLoads.resolve(handoffs, Handoff::salespersonId, this.people::byIds);
	}

}
