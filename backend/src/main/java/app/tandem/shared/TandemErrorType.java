package app.tandem.shared;

import graphql.ErrorClassification;

/** The {@code extensions.classification} values every Tandem error carries (SPEC §5). */
public enum TandemErrorType implements ErrorClassification {

	BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, INTERNAL_ERROR

}
