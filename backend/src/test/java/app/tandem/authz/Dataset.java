package app.tandem.authz;

/**
 * The ids of the small company's records every cell starts from, recorded once by
 * {@link AuthorizationMatrixTests} (all by the owner in November 2026, "today" being the
 * 15th) and handed to the groups of operations, so they name records without reaching
 * into the test.
 * <ul>
 * <li>channels {@code direct}, {@code smm}; spend {@code sM} (marketer), {@code sM2}
 * (marketer2);
 * <li>leads {@code lMH} (marketer → hunter), {@code lMF} (marketer → farmer),
 * {@code lMOpen} (marketer, unassigned), {@code lMWon} (marketer → hunter, won by deal
 * {@code dH}), {@code lM2H2} (marketer2 → hunter2), {@code lM2H} (marketer2 → hunter),
 * {@code lM2Won} (marketer2 → hunter2, won by {@code dH2}), {@code lMNotTarget} and
 * {@code lMContested} (marketer → hunter2, LOST as NOT_TARGET; the marketer contested the
 * second: {@code dispute});
 * <li>clients {@code cH} (acquired by hunter through {@code dH}), {@code cH2} (acquired
 * by hunter2 through {@code dH2}), {@code cF} (account manager: farmer, no deals),
 * {@code cShared} (acquired by hunter2 in October through {@code dH2Old}, then sold to by
 * the farmer: {@code dF}), {@code cHc} (created by the hunter, no deals);
 * <li>an applied (empty) import {@code batch}; an amoCRM integration {@code amo};
 * <li>shared goal for 2026-11; personal plans for 2026-11: hunter TURNOVER, marketer
 * LEADS, farmer TURNOVER, hunter2 TURNOVER.
 * </ul>
 */
record Dataset(String direct, String smm, String sM, String sM2, String lMH, String lMF, String lMOpen, String lMWon,
		String lM2H2, String lM2H, String lM2Won, String lMNotTarget, String lMContested, String dispute, String cH,
		String cH2, String cF, String cShared, String cHc, String dH, String dH2, String dH2Old, String dF,
		String batch, String amo) {

	/** The month the goal and the plans are set for. */
	static final String PERIOD = "2026-11";

}
