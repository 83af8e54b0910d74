package app.tandem.authz;

/**
 * What a cell expects: success, or the {@code extensions.classification} of the refusal.
 */
enum Outcome {

	ALLOWED, UNAUTHORIZED, FORBIDDEN, NOT_FOUND

}
