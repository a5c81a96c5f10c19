package dcplanner.climate;

/**
 * Moist-air properties in SI units after ASHRAE Handbook Fundamentals 2017, chapter 1.
 *
 * <p>Temperatures in degrees C, pressures in Pa, humidity ratio in kg water per kg dry air,
 * enthalpy in J per kg dry air, specific volume in m3 per kg dry air. Every function is pure and
 * allocation-free so that it can run inside the hourly loop.
 */
public final class Psychrometrics {

    /** Ratio of the molecular masses of water and dry air (ASHRAE 2017 ch.1 eq.20). */
    public static final double MOLAR_MASS_RATIO = 0.621945;

    /** Triple point of water, K. Below it saturation is over ice. */
    private static final double TRIPLE_POINT_K = 273.16;

    /** 0 C in kelvin. */
    public static final double ZERO_C_IN_K = 273.15;
    /** Dry-air specific heat, kJ/(kg K) (ASHRAE Fundamentals 2017 ch.1 eq.32 term). */
    public static final double DRY_AIR_CP_KJ_PER_KG_K = 1.006;
    /** Water-vapour specific heat in moist-air enthalpy, kJ/(kg K) (ASHRAE 2017 ch.1 eq.32). */
    public static final double VAPOUR_CP_KJ_PER_KG_K = 1.86;
    /** Latent heat of vaporisation of water at 0 C in moist-air enthalpy, kJ/kg (ASHRAE 2017 ch.1 eq.32). */
    public static final double LATENT_HEAT_0C_KJ_PER_KG = 2501.0;
    /** Gas constant of dry air in the specific-volume equation, kJ/(kg K) (ASHRAE 2017 ch.1 eq.26). */
    public static final double DRY_AIR_GAS_CONSTANT_KJ_PER_KG_K = 0.287042;

    /** Lowest and highest temperature of the Hyland-Wexler fits, C (ASHRAE 2017 ch.1 eq.5-6). */
    public static final double MIN_TEMPERATURE_C = -100.0;
    public static final double MAX_TEMPERATURE_C = 200.0;

    // Hyland-Wexler coefficients over ice, -100..0.01 C (ASHRAE 2017 ch.1 eq.5).
    private static final double C1 = -5.6745359e3;
    private static final double C2 = 6.3925247;
    private static final double C3 = -9.677843e-3;
    private static final double C4 = 6.2215701e-7;
    private static final double C5 = 2.0747825e-9;
    private static final double C6 = -9.484024e-13;
    private static final double C7 = 4.1635019;

    // Hyland-Wexler coefficients over liquid water, 0.01..200 C (ASHRAE 2017 ch.1 eq.6).
    private static final double C8 = -5.8002206e3;
    private static final double C9 = 1.3914993;
    private static final double C10 = -4.8640239e-2;
    private static final double C11 = 4.1764768e-5;
    private static final double C12 = -1.4452093e-8;
    private static final double C13 = 6.5459673;

    private Psychrometrics() {
    }

    /** Saturation vapour pressure, Pa, at dry bulb {@code tC} (ASHRAE 2017 ch.1 eq.5 and 6). */
    public static double saturationPressurePa(double tC) {
        double t = tC + ZERO_C_IN_K;
        if (t < TRIPLE_POINT_K) {
            return Math.exp(C1 / t + C2 + C3 * t + C4 * t * t + C5 * t * t * t + C6 * t * t * t * t
                    + C7 * Math.log(t));
        }
        return Math.exp(C8 / t + C9 + C10 * t + C11 * t * t + C12 * t * t * t + C13 * Math.log(t));
    }

    /** d(ln p_ws)/dT, 1/K, used by the Newton iteration of the dew point. */
    private static double dLnSaturationPressure(double tC) {
        double t = tC + ZERO_C_IN_K;
        if (t < TRIPLE_POINT_K) {
            return -C1 / (t * t) + C3 + 2 * C4 * t + 3 * C5 * t * t + 4 * C6 * t * t * t + C7 / t;
        }
        return -C8 / (t * t) + C10 + 2 * C11 * t + 3 * C12 * t * t + C13 / t;
    }

    /** Humidity ratio, kg/kg, from the partial pressure of water vapour (ASHRAE 2017 ch.1 eq.20). */
    public static double humidityRatioFromVapourPressure(double vapourPressurePa, double pressurePa) {
        return MOLAR_MASS_RATIO * vapourPressurePa / (pressurePa - vapourPressurePa);
    }

    /** Partial pressure of water vapour, Pa, from the humidity ratio (inverse of eq.20). */
    public static double vapourPressureFromHumidityRatio(double humidityRatio, double pressurePa) {
        return pressurePa * humidityRatio / (MOLAR_MASS_RATIO + humidityRatio);
    }

    /** Humidity ratio at saturation, kg/kg (ASHRAE 2017 ch.1 eq.23). */
    public static double saturationHumidityRatio(double tC, double pressurePa) {
        return humidityRatioFromVapourPressure(saturationPressurePa(tC), pressurePa);
    }

    /** Humidity ratio, kg/kg, from dew point (the vapour pressure is p_ws at the dew point, eq.38). */
    public static double humidityRatioFromDewPoint(double dewPointC, double pressurePa) {
        return humidityRatioFromVapourPressure(saturationPressurePa(dewPointC), pressurePa);
    }

    /** Humidity ratio, kg/kg, from relative humidity 0..1 (ASHRAE 2017 ch.1 eq.24 and 20). */
    public static double humidityRatioFromRelativeHumidity(double tC, double relativeHumidity, double pressurePa) {
        return humidityRatioFromVapourPressure(relativeHumidity * saturationPressurePa(tC), pressurePa);
    }

    /** Relative humidity 0..1 from the humidity ratio (ASHRAE 2017 ch.1 eq.24). */
    public static double relativeHumidity(double tC, double humidityRatio, double pressurePa) {
        return vapourPressureFromHumidityRatio(humidityRatio, pressurePa) / saturationPressurePa(tC);
    }

    /**
     * Dew point, C: the temperature at which p_ws equals the vapour pressure (ASHRAE 2017 ch.1
     * eq.38), solved by Newton's method on ln p_ws, which is smooth and monotonic.
     */
    public static double dewPointFromVapourPressure(double vapourPressurePa) {
        if (!(vapourPressurePa > 0)) {
            throw new IllegalArgumentException("vapour pressure must be positive, got " + vapourPressurePa + " Pa");
        }
        double target = Math.log(vapourPressurePa);
        // start from the Magnus approximation, then refine
        double gamma = Math.log(vapourPressurePa / 610.94);
        double t = 243.04 * gamma / (17.625 - gamma);
        t = Math.max(MIN_TEMPERATURE_C, Math.min(MAX_TEMPERATURE_C, t));
        for (int i = 0; i < 50; i++) {
            double f = Math.log(saturationPressurePa(t)) - target;
            double step = f / dLnSaturationPressure(t);
            t -= step;
            t = Math.max(MIN_TEMPERATURE_C, Math.min(MAX_TEMPERATURE_C, t));
            if (Math.abs(step) < 1e-9) {
                break;
            }
        }
        return t;
    }

    /** Dew point, C, from humidity ratio and pressure. */
    public static double dewPointFromHumidityRatio(double humidityRatio, double pressurePa) {
        return dewPointFromVapourPressure(vapourPressureFromHumidityRatio(humidityRatio, pressurePa));
    }

    /** Moist-air specific enthalpy, J/kg dry air (ASHRAE 2017 ch.1 eq.32). */
    public static double enthalpyJPerKg(double tC, double humidityRatio) {
        return (DRY_AIR_CP_KJ_PER_KG_K * tC + humidityRatio * (LATENT_HEAT_0C_KJ_PER_KG + VAPOUR_CP_KJ_PER_KG_K * tC))
                * 1000.0;
    }

    /** Dry bulb, C, from enthalpy (J/kg) and humidity ratio (inverse of eq.32). */
    public static double dryBulbFromEnthalpy(double enthalpyJPerKg, double humidityRatio) {
        return (enthalpyJPerKg / 1000.0 - LATENT_HEAT_0C_KJ_PER_KG * humidityRatio)
                / (DRY_AIR_CP_KJ_PER_KG_K + VAPOUR_CP_KJ_PER_KG_K * humidityRatio);
    }

    /** Moist-air specific volume, m3/kg dry air (ASHRAE 2017 ch.1 eq.26). */
    public static double specificVolumeM3PerKg(double tC, double humidityRatio, double pressurePa) {
        return DRY_AIR_GAS_CONSTANT_KJ_PER_KG_K * (tC + ZERO_C_IN_K) * (1.0 + 1.607858 * humidityRatio)
                / (pressurePa / 1000.0);
    }

    /** Moist-air density, kg moist air per m3 (ASHRAE 2017 ch.1 eq.11: (1+W)/v). */
    public static double densityKgPerM3(double tC, double humidityRatio, double pressurePa) {
        return (1.0 + humidityRatio) / specificVolumeM3PerKg(tC, humidityRatio, pressurePa);
    }

    /** Standard atmospheric pressure, Pa, at elevation {@code elevationM} (ASHRAE 2017 ch.1 eq.3). */
    public static double standardPressurePa(double elevationM) {
        return 101325.0 * Math.pow(1.0 - 2.25577e-5 * elevationM, 5.2559);
    }

    /**
     * Humidity ratio, kg/kg, from dry bulb and thermodynamic wet bulb (ASHRAE 2017 ch.1 eq.33,
     * wet bulb above freezing; eq.35 over ice below).
     */
    public static double humidityRatioFromWetBulb(double tC, double wetBulbC, double pressurePa) {
        double wsStar = saturationHumidityRatio(wetBulbC, pressurePa);
        if (wetBulbC >= 0) {
            return ((LATENT_HEAT_0C_KJ_PER_KG - 2.326 * wetBulbC) * wsStar - DRY_AIR_CP_KJ_PER_KG_K * (tC - wetBulbC))
                    / (LATENT_HEAT_0C_KJ_PER_KG + VAPOUR_CP_KJ_PER_KG_K * tC - 4.186 * wetBulbC);
        }
        return ((2830.0 - 0.24 * wetBulbC) * wsStar - DRY_AIR_CP_KJ_PER_KG_K * (tC - wetBulbC))
                / (2830.0 + VAPOUR_CP_KJ_PER_KG_K * tC - 2.1 * wetBulbC);
    }

    /**
     * Thermodynamic wet bulb, C, solving eq.33 (or 35) for t* between the dew point and the dry
     * bulb. The result lies in [dew point, dry bulb] and satisfies the equation to 1e-7 K.
     */
    public static double wetBulb(double tC, double humidityRatio, double pressurePa) {
        return wetBulb(tC, humidityRatio, pressurePa, dewPointFromHumidityRatio(humidityRatio, pressurePa));
    }

    /**
     * As {@link #wetBulb(double, double, double)} when the dew point is already known (it brackets
     * the root from below). Regula falsi with the Illinois modification keeps the bracket and
     * converges superlinearly: about six evaluations instead of bisection's thirty.
     */
    public static double wetBulb(double tC, double humidityRatio, double pressurePa, double dewPointC) {
        double low = Math.min(dewPointC, tC);
        double high = tC;
        if (high - low < 1e-9) {
            return tC;
        }
        // f(t*) = W(t*) - W rises with t*: negative at the dew point, positive at the dry bulb
        double fLow = humidityRatioFromWetBulb(tC, low, pressurePa) - humidityRatio;
        double fHigh = humidityRatioFromWetBulb(tC, high, pressurePa) - humidityRatio;
        if (fLow >= 0) {
            return low;
        }
        if (fHigh <= 0) {
            return high;
        }
        int side = 0;
        double t = 0.5 * (low + high);
        for (int i = 0; i < 100; i++) {
            t = (low * fHigh - high * fLow) / (fHigh - fLow);
            double f = humidityRatioFromWetBulb(tC, t, pressurePa) - humidityRatio;
            if (f > 0) {
                high = t;
                fHigh = f;
                if (side == 1) {
                    fLow *= 0.5;
                }
                side = 1;
            } else {
                low = t;
                fLow = f;
                if (side == -1) {
                    fHigh *= 0.5;
                }
                side = -1;
            }
            if (high - low < 1e-7 || Math.abs(f) < 1e-13) {
                break;
            }
        }
        return t;
    }

    /** Latent heat of vaporisation of water, J/kg, at {@code tC} (MODEL.md section 4 item 6 fit). */
    public static double latentHeatJPerKg(double tC) {
        return (-0.0013 * tC * tC - 2.3097 * tC + 2500.5) * 1000.0;
    }
}
