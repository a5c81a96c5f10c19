package dcplanner.energy;

import dcplanner.climate.Psychrometrics;

/**
 * The ASHRAE TC 9.9 recommended envelope for air entering IT equipment (Thermal Guidelines for
 * Data Processing Environments, 4th ed. 2015, Table 2.1, classes A1-A4): 18-27 C dry bulb,
 * dew point -9 C to 15 C, relative humidity at most 60%.
 */
public final class InletEnvelope {

    public static final double MIN_DRY_BULB_C = 18.0;
    public static final double MAX_DRY_BULB_C = 27.0;
    public static final double MIN_DEW_POINT_C = -9.0;
    public static final double MAX_DEW_POINT_C = 15.0;
    public static final double MAX_RELATIVE_HUMIDITY = 0.60;

    private static final double MIN_DEW_POINT_PA = Psychrometrics.saturationPressurePa(MIN_DEW_POINT_C);
    private static final double MAX_DEW_POINT_PA = Psychrometrics.saturationPressurePa(MAX_DEW_POINT_C);
    /** Tolerance so that air held exactly at a limit counts as inside. */
    private static final double SLACK = 1e-9;

    /** RH limit at the lowest allowed dry bulb: below it no RH check is needed (p_ws rises with T). */
    private static final double ALWAYS_RH_OK_PA = MAX_RELATIVE_HUMIDITY
            * Psychrometrics.saturationPressurePa(MIN_DRY_BULB_C);

    // the last dry bulb whose saturation pressure was computed: inlet temperatures repeat hour after hour
    private double lastDryBulbC = Double.NaN;
    private double lastSaturationPa;

    /** A checker for one simulation (not thread-safe: it remembers the last saturation pressure). */
    public InletEnvelope() {
    }

    /** True when air at {@code dryBulbC} with water vapour at {@code vapourPa} lies in the recommended envelope. */
    public boolean isRecommended(double dryBulbC, double vapourPa) {
        if (dryBulbC < MIN_DRY_BULB_C - SLACK || dryBulbC > MAX_DRY_BULB_C + SLACK) {
            return false;
        }
        if (vapourPa > MAX_DEW_POINT_PA * (1 + SLACK) || vapourPa < MIN_DEW_POINT_PA * (1 - SLACK)) {
            return false;
        }
        if (vapourPa <= ALWAYS_RH_OK_PA) {
            return true;
        }
        if (dryBulbC != lastDryBulbC) {
            lastDryBulbC = dryBulbC;
            lastSaturationPa = Psychrometrics.saturationPressurePa(dryBulbC);
        }
        return vapourPa <= MAX_RELATIVE_HUMIDITY * lastSaturationPa * (1 + SLACK);
    }
}
