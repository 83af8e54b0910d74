package app.tandem.authz;

import java.util.Map;

/**
 * The handoffs module (SPEC §12): everyone reads the handoffs and the disputes they may
 * see; only a lead's marketer contests its lost reason, and the owner rules instead.
 */
final class HandoffOperations {

	private HandoffOperations() {
	}

	static void addTo(Map<String, Operation> ops, Calls calls, Dataset d) {
		ops.put("handoffs", new Operation("handoffs",
				(who) -> calls.run(who, "query($p: YearMonth!) { handoffs(period: $p) { marketer { id } leads } }",
						Map.of("p", Dataset.PERIOD)),
				// marketer → hunter, farmer, hunter2; marketer2 → hunter2, hunter
				(who, r) -> r.path("handoffs").entityList(Object.class).hasSize(5)));
		ops.put("disputes",
				new Operation("disputes",
						(who) -> calls.run(who, "{ disputes(first: 10) { totalCount edges { node { lead { id } } } } }",
								Map.of()),
						(who, r) -> r.path("disputes.totalCount")
							.entity(Integer.class)
							.isEqualTo((who == Who.OWNER || who == Who.MARKETER) ? 1 : 0)));
		ops.put("contestLostReason",
				new Operation("contestLostReason",
						(who) -> calls.run(who,
								"mutation($i: ContestLostReasonInput!) { contestLostReason(input: $i) { status } }",
								Map.of("i", Map.of("leadId", d.lMNotTarget(), "comment", "Budget was confirmed"))),
						(who, r) -> r.path("contestLostReason.status").entity(String.class).isEqualTo("OPEN")));
		ops.put("resolveDispute", new Operation("resolveDispute", (who) -> calls.run(who,
				"mutation($i: ResolveDisputeInput!) { resolveDispute(input: $i) { verdict lead { lostReason } } }",
				Map.of("i", Map.of("disputeId", d.dispute(), "verdict", "OVERTURNED", "comment", "Fair lead"))),
				(who, r) -> r.path("resolveDispute.lead.lostReason").entity(String.class).isEqualTo("OTHER")));
	}

}
