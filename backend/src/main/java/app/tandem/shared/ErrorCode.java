package app.tandem.shared;

/**
 * The {@code extensions.code} every error carries beside its classification (SPEC §11):
 * stable names the apps translate instead of the English message. docs/api.md lists them
 * all ({@code ErrorCodeTests} checks it does). A cause without a code of its own carries
 * its classification's general one ({@link #of(TandemErrorType)}).
 */
public enum ErrorCode {

	// Before GraphQL runs (HTTP answers with a GraphQL-shaped body)
	TOKEN_INVALID, TOKEN_EXPIRED, REQUEST_TOO_LARGE, INVALID_REQUEST_BODY, UNSUPPORTED_MEDIA_TYPE, METHOD_NOT_ALLOWED,
	NOT_ACCEPTABLE, OPERATOR_TOKEN_REQUIRED,

	// The document, before any resolver runs
	GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, OPERATION_NOT_SUPPORTED, INTROSPECTION_DISABLED,
	INTROSPECTION_TOO_LARGE, EXECUTION_ABORTED, QUERY_TOO_DEEP, QUERY_TOO_NESTED, QUERY_TOO_COSTLY,
	TOO_MANY_ROOT_FIELDS, TOO_MANY_ALIASES, TOO_MANY_SIGN_INS, FIRST_OUT_OF_RANGE, FRAGMENT_CYCLE, REQUEST_TIMEOUT,

	// Automatic persisted queries: the client sends the document with its hash
	PERSISTED_QUERY_NOT_FOUND, PERSISTED_QUERY_ID_INVALID,

	// Signing in and who may do what
	SIGN_IN_REQUIRED, WRONG_CREDENTIALS, TOO_MANY_FAILED_SIGN_INS, ACCOUNT_INACTIVE, INVALID_REFRESH_TOKEN,

	// Writes
	INVALID_VALUE, VERSION_MISMATCH, CONCURRENT_CHANGE, DUPLICATE_EXTERNAL_ID,

	// The general code of each classification
	INVALID_INPUT, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, DATABASE_UNAVAILABLE, INTERNAL_ERROR;

	/** The key in {@code extensions}. */
	public static final String KEY = "code";

	public static ErrorCode of(TandemErrorType type) {
		return switch (type) {
			case BAD_REQUEST -> INVALID_INPUT;
			case UNAUTHORIZED -> UNAUTHENTICATED;
			case FORBIDDEN -> FORBIDDEN;
			case NOT_FOUND -> NOT_FOUND;
			case CONFLICT -> CONFLICT;
			case UNAVAILABLE -> DATABASE_UNAVAILABLE;
			case INTERNAL_ERROR -> INTERNAL_ERROR;
		};
	}

}
