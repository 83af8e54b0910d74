package app.tandem.shared;

import graphql.ErrorClassification;

/**
 * The {@code extensions.classification} values every Tandem error carries: SPEC §5's,
 * plus {@code UNAVAILABLE} (the database cannot be reached: retry later) and
 * {@code INTERNAL_ERROR}.
 */
public enum TandemErrorType implements ErrorClassification {

	BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, UNAVAILABLE, INTERNAL_ERROR

}
