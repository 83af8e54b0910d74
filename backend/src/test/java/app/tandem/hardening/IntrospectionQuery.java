package app.tandem.hardening;

/**
 * The schema query GraphiQL sends when it opens (graphql-js getIntrospectionQuery, 9
 * levels of ofType).
 */
final class IntrospectionQuery {

	static final String FULL = """
			query IntrospectionQuery {
			  __schema {
			    queryType { name } mutationType { name } subscriptionType { name }
			    types { ...FullType }
			    directives { name description locations args(includeDeprecated: true) { ...InputValue } }
			  }
			}
			fragment FullType on __Type {
			  kind name description
			  fields(includeDeprecated: true) {
			    name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef }
			    isDeprecated deprecationReason
			  }
			  inputFields(includeDeprecated: true) { ...InputValue }
			  interfaces { ...TypeRef }
			  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
			  possibleTypes { ...TypeRef }
			}
			fragment InputValue on __InputValue {
			  name description type { ...TypeRef } defaultValue isDeprecated deprecationReason
			}
			fragment TypeRef on __Type {
			  kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType {
			  kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
			}""";

	private IntrospectionQuery() {
	}

}
