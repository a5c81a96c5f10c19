package dcplanner.energy;

/**
 * Coefficient of performance (cooling delivered over compressor power) of vapour-compression
 * equipment, from published curves, with the effect of the evaporator temperature added by
 * holding the Carnot (second-law) efficiency of the lift constant.
 */
public final class ChillerModels {

    /** Reference leaving chilled-water temperature of the base curves, C (AHRI 550/590 rating: 44 F). */
    public static final double REFERENCE_CHILLED_WATER_C = 6.67;

    /**
     * Evaporating refrigerant below the leaving chilled water, K: 1-2 F for modern shell-and-tube
     * chillers (Trane engineering literature).
     */
    static final double EVAPORATOR_APPROACH_K = 1.0;
    /** Condensing refrigerant above the leaving condenser water, K (1-2 F, as the evaporator). */
    static final double WATER_CONDENSER_APPROACH_K = 1.0;
    /**
     * Condensing temperature above the outdoor air of an air-cooled condenser, K: design
     * differences of 20-30 F (11-17 K), 15 K in textbook tropical design tables.
     */
    static final double AIR_CONDENSER_APPROACH_K = 15.0;
    /**
     * Saturated suction of a DX unit at the rating point (26.7 C / 19.4 C entering air, 35 C
     * outdoor, as EnergyPlus rates DX coils): taken as the customary 45 F (7.2 C), an assumption.
     */
    static final double DX_RATED_SUCTION_C = 7.2;
    /** Entering (return) air of the AHRI DX rating point, C (26.7 C / 80 F dry bulb). */
    static final double DX_RATED_ENTERING_AIR_C = 26.7;
    /** Smallest lift used in the Carnot ratio, K: keeps it finite when the two sides nearly meet. */
    static final double MIN_LIFT_K = 5.0;

    // Lei and Masanet (2020), water-cooled chiller regression; t = entering condenser water (C).
    private static final double LM_C0 = 16.798751;
    private static final double LM_T2 = 0.008840;
    private static final double LM_L2 = -8.528931;
    private static final double LM_L = 9.885294;
    private static final double LM_T = -0.760621;
    private static final double LM_LT = 0.084615;
    /**
     * Above this condenser temperature the regression is held constant: its quadratic in t has its
     * vertex at 38.2-43 C (part load 1..0) and would otherwise show COP rising with temperature.
     */
    static final double LM_MAX_CONDENSER_C = 38.0;

    // EnergyPlus dataset AirCooledChiller.idf, "ElectricEIRChiller Carrier 30XA240 801.6kW/3COP":
    // reference COP 3.0 at 6.67 C leaving chilled water and 35 C outdoor air; EIR(T) biquadratic.
    public static final double AIR_COOLED_REFERENCE_COP = 3.0;
    private static final double AC_E0 = -0.3078657246;
    private static final double AC_EX = 0.0607254323;
    private static final double AC_EX2 = 0.000999675;
    private static final double AC_EY = 0.0391939439;
    private static final double AC_EY2 = -0.0000010751;
    private static final double AC_EXY = -0.0021290772;
    /** The curve's outdoor-temperature limits, C; EnergyPlus clamps curve inputs to them. */
    static final double AC_MIN_OUTDOOR_C = 29.44;
    static final double AC_MAX_OUTDOOR_C = 46.11;

    // EnergyPlus test file 1ZoneDataCenterCRAC_wApproachTemp.idf, Liebert DSE 125 CRAC: gross rated
    // COP 4.5669 and its EIR modifier against outdoor dry bulb (table "Liebert Econophase EIR Func T").
    public static final double DX_REFERENCE_COP = 4.5669;
    private static final double[] DX_OUTDOOR_C = {-50, -4.0, -1.2222, 1.5555, 4.3333, 7.1111, 9.8888, 12.6667,
        15.4444, 18.222, 21.0, 23.7778, 26.5556, 29.3333, 32.1111, 34.8889, 50};
    private static final double[] DX_EIR_MODIFIER = {0.042, 0.042, 0.084, 0.084, 0.2269, 0.2395, 0.311, 0.3697,
        0.4454, 0.5462, 0.6723, 0.7227, 0.7773, 0.8193, 0.895, 1.0, 1.5};

    private ChillerModels() {
    }

    /**
     * Water-cooled chiller COP at the reference chilled water (Lei and Masanet, Energy 201 (2020)
     * 117556): COP = 16.798751 + 0.008840 t^2 - 8.528931 L^2 + 9.885294 L - 0.760621 t + 0.084615 L t,
     * with t the entering condenser water (C) and L the chiller part-load ratio.
     */
    public static double waterCooledBaseCop(double condenserInC, double partLoad) {
        double t = Math.min(condenserInC, LM_MAX_CONDENSER_C);
        double l = partLoad;
        return LM_C0 + LM_T2 * t * t + LM_L2 * l * l + LM_L * l + LM_T * t + LM_LT * l * t;
    }

    /** Air-cooled chiller COP at the reference chilled water: COP_ref / EIR(6.67 C, outdoor). */
    public static double airCooledBaseCop(double outdoorC) {
        double y = Math.max(AC_MIN_OUTDOOR_C, Math.min(AC_MAX_OUTDOOR_C, outdoorC));
        double x = REFERENCE_CHILLED_WATER_C;
        double eir = AC_E0 + AC_EX * x + AC_EX2 * x * x + AC_EY * y + AC_EY2 * y * y + AC_EXY * x * y;
        return AIR_COOLED_REFERENCE_COP / eir;
    }

    /** DX unit gross COP at the rating's entering air: rated COP over the EIR modifier (linear table). */
    public static double dxBaseCop(double outdoorC) {
        double[] xs = DX_OUTDOOR_C;
        if (outdoorC <= xs[0]) {
            return DX_REFERENCE_COP / DX_EIR_MODIFIER[0];
        }
        for (int k = 1; k < xs.length; k++) {
            if (outdoorC <= xs[k]) {
                double f = (outdoorC - xs[k - 1]) / (xs[k] - xs[k - 1]);
                return DX_REFERENCE_COP / (DX_EIR_MODIFIER[k - 1] + f * (DX_EIR_MODIFIER[k] - DX_EIR_MODIFIER[k - 1]));
            }
        }
        return DX_REFERENCE_COP / DX_EIR_MODIFIER[xs.length - 1];
    }

    /**
     * Factor on a base COP when the evaporator runs at {@code evaporatingC} instead of
     * {@code referenceEvaporatingC} with the condenser at {@code condensingC}: the ratio of the
     * Carnot COPs T_e / (T_c - T_e), i.e. the second-law efficiency held constant (Gordon and Ng,
     * Cool Thermodynamics, 2000). Warmer chilled water or supply air raises COP.
     */
    public static double evaporatorLiftFactor(double evaporatingC, double referenceEvaporatingC, double condensingC) {
        double te = evaporatingC + 273.15;
        double teRef = referenceEvaporatingC + 273.15;
        double lift = Math.max(condensingC - evaporatingC, MIN_LIFT_K);
        double liftRef = Math.max(condensingC - referenceEvaporatingC, MIN_LIFT_K);
        return te * liftRef / (teRef * lift);
    }

    /** Electric input per unit of cooling (1 / COP) for a base COP corrected by the evaporator lift factor. */
    static double inverseCop(double baseCop, double evaporatingC, double referenceEvaporatingC, double condensingC) {
        return 1.0 / (baseCop * evaporatorLiftFactor(evaporatingC, referenceEvaporatingC, condensingC));
    }

    /** 1 / COP of a water-cooled chiller (see {@link #waterCooledCop}). */
    static double waterCooledInverseCop(double condenserInC, double condenserRangeK, double partLoad,
            double chilledWaterC, double copScale) {
        return inverseCop(waterCooledBaseCop(condenserInC, partLoad) * copScale, chilledWaterC - EVAPORATOR_APPROACH_K,
                REFERENCE_CHILLED_WATER_C - EVAPORATOR_APPROACH_K,
                condenserInC + condenserRangeK + WATER_CONDENSER_APPROACH_K);
    }

    /** 1 / COP of an air-cooled chiller (see {@link #airCooledCop}). */
    static double airCooledInverseCop(double outdoorC, double chilledWaterC, double copScale) {
        return inverseCop(airCooledBaseCop(outdoorC) * copScale, chilledWaterC - EVAPORATOR_APPROACH_K,
                REFERENCE_CHILLED_WATER_C - EVAPORATOR_APPROACH_K, outdoorC + AIR_CONDENSER_APPROACH_K);
    }

    /** Water-cooled chiller COP at leaving chilled water {@code chilledWaterC}. */
    public static double waterCooledCop(double condenserInC, double condenserRangeK, double partLoad,
            double chilledWaterC, double copAdjustment) {
        return 1.0 / waterCooledInverseCop(condenserInC, condenserRangeK, partLoad, chilledWaterC, 1 + copAdjustment);
    }

    /** Air-cooled chiller COP at leaving chilled water {@code chilledWaterC}. */
    public static double airCooledCop(double outdoorC, double chilledWaterC, double copAdjustment) {
        return 1.0 / airCooledInverseCop(outdoorC, chilledWaterC, 1 + copAdjustment);
    }

    /** DX unit COP with return (entering) air at {@code enteringAirC}. */
    public static double dxCop(double outdoorC, double enteringAirC, double copAdjustment) {
        double condensing = outdoorC + AIR_CONDENSER_APPROACH_K;
        double suction = DX_RATED_SUCTION_C + (enteringAirC - DX_RATED_ENTERING_AIR_C);
        return dxBaseCop(outdoorC) * (1 + copAdjustment)
                * evaporatorLiftFactor(suction, DX_RATED_SUCTION_C, condensing);
    }
}
