package app.tandem.security.graphql;

/**
 * What a selection set adds up to: its cost, depth and aliases, and the fields (and
 * {@code login}s among them) at its own level. Sums saturate at {@link Long#MAX_VALUE}: a
 * document that fans out through fragments may describe more fields than a long can
 * count.
 */
record QuerySize(long cost, int depth, long aliases, long fields, long logins) {

	static final QuerySize NONE = new QuerySize(0, 0, 0, 0, 0);

	QuerySize plus(QuerySize other) {
		return new QuerySize(add(this.cost, other.cost), Math.max(this.depth, other.depth),
				add(this.aliases, other.aliases), add(this.fields, other.fields), add(this.logins, other.logins));
	}

	static long add(long a, long b) {
		long sum = a + b;
		return sum < 0 ? Long.MAX_VALUE : sum;
	}

	static long multiply(long a, long b) {
		try {
			return Math.multiplyExact(a, b);
		}
		catch (ArithmeticException ex) {
			return Long.MAX_VALUE;
		}
	}

}
