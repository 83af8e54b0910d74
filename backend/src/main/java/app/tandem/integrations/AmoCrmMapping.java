package app.tandem.integrations;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * How an amoCRM account's ids become Tandem's (docs/integrations.md "Connect amoCRM"):
 * its users, pipeline statuses and lead sources, and the share of a won deal's price that
 * is its cost.
 */
record AmoCrmMapping(long integrationId, int version, BigDecimal costShare, List<User> users, List<Status> statuses,
		List<Source> sources, Long changedById, Instant changedAt) {

	/** What a pipeline status means in Tandem. */
	enum Meaning {

		/** The lead is being worked: open. */
		IN_WORK,

		/** Won: a deal for the lead's price. */
		WON,

		/** Lost (the reason from the lead's "Причина отказа" field, else OTHER). */
		LOST,

		/** Lost as not a target lead (NOT_TARGET). */
		NOT_TARGET

	}

	/** Won in every pipeline ("Успешно реализовано"). */
	static final long WON_STATUS = 142;

	/** Lost in every pipeline ("Закрыто и не реализовано"). */
	static final long LOST_STATUS = 143;

	record User(long amoUserId, long employeeId) {
	}

	record Status(long statusId, Meaning meaning) {
	}

	record Source(String source, long channelId) {
	}

	Long employeeOf(long amoUserId) {
		return this.users.stream()
			.filter((u) -> u.amoUserId() == amoUserId)
			.map(User::employeeId)
			.findFirst()
			.orElse(null);
	}

	/**
	 * The status's meaning: the owner's mapping, else 142 won and 143 lost; null when
	 * unknown.
	 */
	Meaning meaningOf(long statusId) {
		Meaning mapped = this.statuses.stream()
			.filter((s) -> s.statusId() == statusId)
			.map(Status::meaning)
			.findFirst()
			.orElse(null);
		if (mapped != null) {
			return mapped;
		}
		if (statusId == WON_STATUS) {
			return Meaning.WON;
		}
		return statusId == LOST_STATUS ? Meaning.LOST : null;
	}

	Long channelOf(String source) {
		String key = AmoCrmForm.key(source);
		return this.sources.stream()
			.filter((s) -> AmoCrmForm.key(s.source()).equals(key))
			.map(Source::channelId)
			.findFirst()
			.orElse(null);
	}

	/** The input of setIntegrationMapping. */
	record SetIntegrationMappingInput(String integrationId, Integer expectedVersion,
			org.springframework.graphql.data.ArgumentValue<BigDecimal> costShare, List<UserInput> users,
			List<StatusInput> statuses, List<SourceInput> sources) {
	}

	record UserInput(String amoUserId, String employeeId) {
	}

	record StatusInput(String statusId, Meaning meaning) {
	}

	record SourceInput(String source, String channelId) {
	}

}
