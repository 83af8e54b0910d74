package app.tandem.authz;

/** The callers of the matrix: nobody signed in, and one person of each kind. */
enum Who {

	ANONYMOUS, OWNER, MARKETER, HUNTER, FARMER;

	@Override
	public String toString() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
