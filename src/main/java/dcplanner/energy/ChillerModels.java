package dcplanner.energy;

import dcplanner.climate.Psychrometrics;

/**
 * Coefficient of performance (cooling delivered over compressor power) of vapour-compression
 * equipment, from published curves, with a bounded credit for chilled water (or DX return air)
 * warmer than the curves' rating point.
 *
 * <p>The credit: holding the Carnot (second-law) efficiency of the lift constant gives about 4 % of
 * COP per K of warmer chilled water at tropical condenser temperatures; manufacturers' curves give
 * about half (the EnergyPlus "DOE-2 Centrifugal/5.50COP" EIR curve: +7.2 % from 6.67 to 10 C at 31 C
 * condenser water, 2.1 %/K; MODEL.md section 8). The factor applied is 1 + credit x (Carnot factor - 1),
 * with the evaporating temperature capped at the chiller's highest leaving water and the lift kept
 * above a minimum, so that it stays bounded however warm the air side runs.
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
    /**
     * Smallest refrigerant lift (condensing minus evaporating) the bounded credit counts, K: centrifugal
     * compressors surge below a minimum lift (process-cooling literature on low-lift chillers); 10 K is
     * an engineering assumption.
     */
    static final double MIN_CREDITED_LIFT_K = 10.0;
    /**
     * Highest leaving chilled water of standard chillers, C: 60 F (15.6 C), the upper end of the
     * leaving-fluid range of standard water- and air-cooled chiller lines (Carrier 30XA/30XW product data,
     * read second-hand); warmer water needs process-type machines (Schneider Electric WP227).
     */
    public static final double MAX_LEAVING_WATER_C = 15.6;
    /**
     * Highest saturated suction credited to DX units, C: 55 F, where the coil stops dehumidifying; an
     * engineering assumption (no published limit found).
     */
    static final double DX_MAX_SUCTION_C = 12.8;
    /**
     * Share of the Carnot warm-water gain that real chillers achieve: DOE-2 centrifugal EIR curve 2.1 %/K
     * over the Carnot 4 %/K at 31 C condenser water (MODEL.md section 8), i.e. about 0.5.
     */
    public static final double DEFAULT_WARM_WATER_CREDIT = 0.5;

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
        double te = evaporatingC + Psychrometrics.ZERO_C_IN_K;
        double teRef = referenceEvaporatingC + Psychrometrics.ZERO_C_IN_K;
        double lift = Math.max(condensingC - evaporatingC, MIN_LIFT_K);
        double liftRef = Math.max(condensingC - referenceEvaporatingC, MIN_LIFT_K);
        return te * liftRef / (teRef * lift);
    }

    /**
     * The bounded warm-water factor: 1 + credit x (Carnot factor - 1), the evaporating temperature capped
     * at {@code maxEvaporatingC} and the condensing temperature held at least {@link #MIN_CREDITED_LIFT_K}
     * above it.
     */
    public static double warmWaterFactor(double evaporatingC, double referenceEvaporatingC, double condensingC,
            double credit, double maxEvaporatingC) {
        double capped = Math.min(evaporatingC, maxEvaporatingC);
        // head pressure is held up (tower bypass, condenser fan cycling) to keep the minimum lift
        double condensing = Math.max(condensingC, capped + MIN_CREDITED_LIFT_K);
        return 1.0 + credit * (evaporatorLiftFactor(capped, referenceEvaporatingC, condensing) - 1.0);
    }

    /** Electric input per unit of cooling (1 / COP) for a base COP corrected by the bounded warm-water factor. */
    static double inverseCop(double baseCop, double evaporatingC, double referenceEvaporatingC, double condensingC,
            double credit) {
        return 1.0 / (baseCop * warmWaterFactor(evaporatingC, referenceEvaporatingC, condensingC, credit,
                MAX_LEAVING_WATER_C - EVAPORATOR_APPROACH_K));
    }

    /** 1 / COP of a water-cooled chiller with the full (credit 1) warm-water extrapolation, bounded. */
    static double waterCooledInverseCop(double condenserInC, double condenserRangeK, double partLoad,
            double chilledWaterC, double copScale) {
        return waterCooledInverseCop(condenserInC, condenserRangeK, partLoad, chilledWaterC, copScale, 1.0);
    }

    /** 1 / COP of a water-cooled chiller (see {@link #waterCooledCop}) with warm-water credit {@code credit}. */
    static double waterCooledInverseCop(double condenserInC, double condenserRangeK, double partLoad,
            double chilledWaterC, double copScale, double credit) {
        return inverseCop(waterCooledBaseCop(condenserInC, partLoad) * copScale, chilledWaterC - EVAPORATOR_APPROACH_K,
                REFERENCE_CHILLED_WATER_C - EVAPORATOR_APPROACH_K,
                condenserInC + condenserRangeK + WATER_CONDENSER_APPROACH_K, credit);
    }

    /** 1 / COP of an air-cooled chiller with the full (credit 1) warm-water extrapolation, bounded. */
    static double airCooledInverseCop(double outdoorC, double chilledWaterC, double copScale) {
        return airCooledInverseCop(outdoorC, chilledWaterC, copScale, 1.0);
    }

    /** 1 / COP of an air-cooled chiller (see {@link #airCooledCop}) with warm-water credit {@code credit}. */
    static double airCooledInverseCop(double outdoorC, double chilledWaterC, double copScale, double credit) {
        return inverseCop(airCooledBaseCop(outdoorC) * copScale, chilledWaterC - EVAPORATOR_APPROACH_K,
                REFERENCE_CHILLED_WATER_C - EVAPORATOR_APPROACH_K, outdoorC + AIR_CONDENSER_APPROACH_K, credit);
    }

    /** Water-cooled chiller COP at leaving chilled water {@code chilledWaterC} (credit 1, bounded). */
    public static double waterCooledCop(double condenserInC, double condenserRangeK, double partLoad,
            double chilledWaterC, double copAdjustment) {
        return 1.0 / waterCooledInverseCop(condenserInC, condenserRangeK, partLoad, chilledWaterC, 1 + copAdjustment);
    }

    /** Water-cooled chiller COP with warm-water credit {@code credit} (0: the base curve as published). */
    public static double waterCooledCop(double condenserInC, double condenserRangeK, double partLoad,
            double chilledWaterC, double copAdjustment, double credit) {
        return 1.0 / waterCooledInverseCop(condenserInC, condenserRangeK, partLoad, chilledWaterC, 1 + copAdjustment,
                credit);
    }

    /** Air-cooled chiller COP at leaving chilled water {@code chilledWaterC} (credit 1, bounded). */
    public static double airCooledCop(double outdoorC, double chilledWaterC, double copAdjustment) {
        return 1.0 / airCooledInverseCop(outdoorC, chilledWaterC, 1 + copAdjustment);
    }

    /** Air-cooled chiller COP with warm-water credit {@code credit}. */
    public static double airCooledCop(double outdoorC, double chilledWaterC, double copAdjustment, double credit) {
        return 1.0 / airCooledInverseCop(outdoorC, chilledWaterC, 1 + copAdjustment, credit);
    }

    /** DX unit COP with return (entering) air at {@code enteringAirC} (credit 1, bounded). */
    public static double dxCop(double outdoorC, double enteringAirC, double copAdjustment) {
        return dxCop(outdoorC, enteringAirC, copAdjustment, 1.0);
    }

    /**
     * DX unit COP with return air at {@code enteringAirC}: the suction follows the return air from the
     * rating point, capped at {@link #DX_MAX_SUCTION_C}, credited by {@code credit}.
     */
    public static double dxCop(double outdoorC, double enteringAirC, double copAdjustment, double credit) {
        double condensing = outdoorC + AIR_CONDENSER_APPROACH_K;
        double suction = DX_RATED_SUCTION_C + (enteringAirC - DX_RATED_ENTERING_AIR_C);
        return dxBaseCop(outdoorC) * (1 + copAdjustment)
                * warmWaterFactor(suction, DX_RATED_SUCTION_C, condensing, credit, DX_MAX_SUCTION_C);
    }

    /** AHRI 550/590 full-load rating condition of water-cooled chillers: entering condenser water, C (85 F). */
    public static final double AHRI_CONDENSER_WATER_C = 29.44;
    /** AHRI 550/590 rating of air-cooled chillers: outdoor air, C (95 F). */
    public static final double AHRI_OUTDOOR_AIR_C = 35.0;
    /** kW of cooling in one refrigeration ton (12,000 Btu/h). */
    public static final double KW_PER_REFRIGERATION_TON = 3.51685;

    /** The water-cooled base curve at the AHRI 550/590 full-load rating (29.44 C condenser water, 6.67 C chilled). */
    public static double waterCooledRatedBaseCop() {
        return waterCooledBaseCop(AHRI_CONDENSER_WATER_C, 1.0);
    }

    /** The air-cooled base curve at the AHRI 550/590 rating (35 C outdoor air, 6.67 C chilled water). */
    public static double airCooledRatedBaseCop() {
        return airCooledBaseCop(AHRI_OUTDOOR_AIR_C);
    }
}
