package app.tandem.authz;

import java.util.List;
import java.util.Map;

import app.tandem.support.Company;
import app.tandem.support.Company.Member;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * How each {@link Who} calls the API: as the small company's signed-in person of that
 * kind, or with no session at all.
 */
record Calls(Company company) {

	/** How an answer's list of objects is read. */
	static final ParameterizedTypeReference<List<Map<String, Object>>> LIST_OF_MAPS = new ParameterizedTypeReference<>() {
	};

	Member member(Who who) {
		return switch (who) {
			case OWNER -> this.company.owner;
			case MARKETER -> this.company.marketer;
			case HUNTER -> this.company.hunter;
			case FARMER -> this.company.farmer;
			case ANONYMOUS -> throw new IllegalArgumentException("anonymous is no member");
		};
	}

	GraphQlTester tester(Who who) {
		return (who == Who.ANONYMOUS) ? this.company.anonymous() : member(who).graphql();
	}

	GraphQlTester.Response run(Who who, String document, Map<String, Object> variables) {
		GraphQlTester.Request<?> request = tester(who).document(document);
		variables.forEach(request::variable);
		return request.execute();
	}

}
