package app.tandem.analytics;

/**
 * Fisher's exact test for two proportions (two-sided): is "w1 of n1" different from "w2
 * of n2" beyond chance? Exact, so it stays honest for the small numbers of a month's
 * leads, where the normal approximation of the z-test is not.
 */
final class FisherExactTest {

	static final double ALPHA = 0.05;

	private FisherExactTest() {
	}

	/**
	 * The two-sided p-value: the probability, with the margins fixed, of a table at most
	 * as likely as this one.
	 */
	static double pValue(long w1, long n1, long w2, long n2) {
		int total = Math.toIntExact(n1 + n2);
		int won = Math.toIntExact(w1 + w2);
		double[] logFactorial = new double[total + 1];
		for (int i = 2; i <= total; i++) {
			logFactorial[i] = logFactorial[i - 1] + Math.log(i);
		}
		int rows = Math.toIntExact(n1);
		double observed = logProbability((int) w1, rows, won, total, logFactorial);
		double p = 0;
		for (int k = Math.max(0, won - (total - rows)); k <= Math.min(won, rows); k++) {
			double logP = logProbability(k, rows, won, total, logFactorial);
			// A relative tolerance, as R's fisher.test uses, so ties are not lost to
			// rounding.
			if (logP <= observed + 1e-7) {
				p += Math.exp(logP);
			}
		}
		return Math.min(1.0, p);
	}

	/** log P(X = k) for the hypergeometric distribution of the first row's wins. */
	private static double logProbability(int k, int n1, int won, int total, double[] logFactorial) {
		return logChoose(n1, k, logFactorial) + logChoose(total - n1, won - k, logFactorial)
				- logChoose(total, won, logFactorial);
	}

	private static double logChoose(int n, int k, double[] logFactorial) {
		return logFactorial[n] - logFactorial[k] - logFactorial[n - k];
	}

}
