package dcplanner.solar;

/**
 * Module construction and mounting, with the coefficients of the Sandia (SAPM) cell-temperature
 * model: D. L. King, W. E. Boyson, J. A. Kratochvil, "Photovoltaic Array Performance Model",
 * SAND2004-3535, Sandia National Laboratories (2004), module and cell temperature equations and the
 * table of empirical coefficients (as tabulated in the pvlib {@code temperature.sapm_cell} documentation):
 * {@code T_module = E exp(a + b WS) + T_air}, {@code T_cell = T_module + (E / 1000) deltaT}, with E the
 * plane-of-array irradiance (W/m2) and WS the wind speed at 10 m (m/s).
 *
 * <p>PVWatts v5 itself uses the Fuentes (1987) energy balance with INOCT 45 C (open rack) or 49 C
 * (roof mount). The SAPM model is used here instead: it is explicit (no iteration, no memory of the
 * previous hour) and its published coefficients cover the same mountings.
 */
public enum PvMounting {

    /** Glass/glass module on an open rack. */
    OPEN_RACK_GLASS_GLASS(-3.47, -0.0594, 3.0),
    /** Glass/glass module close to a roof. */
    CLOSE_ROOF_GLASS_GLASS(-2.98, -0.0471, 1.0),
    /** Glass/polymer-backsheet module on an open rack: the usual ground or flat-roof system. */
    OPEN_RACK_GLASS_POLYMER(-3.56, -0.0750, 3.0),
    /** Glass/polymer module with an insulated back (building-integrated). */
    INSULATED_BACK_GLASS_POLYMER(-2.81, -0.0455, 0.0);

    private final double coefficientA;
    private final double coefficientBSPerM;
    private final double cellToModuleDeltaC;

    PvMounting(double coefficientA, double coefficientBSPerM, double cellToModuleDeltaC) {
        this.coefficientA = coefficientA;
        this.coefficientBSPerM = coefficientBSPerM;
        this.cellToModuleDeltaC = cellToModuleDeltaC;
    }

    /** SAPM coefficient a (dimensionless): the module's heating at no wind. */
    public double coefficientA() {
        return coefficientA;
    }

    /** SAPM coefficient b, s/m: the cooling by wind. */
    public double coefficientBSPerM() {
        return coefficientBSPerM;
    }

    /** SAPM deltaT, C: cell above back-of-module temperature at 1000 W/m2. */
    public double cellToModuleDeltaC() {
        return cellToModuleDeltaC;
    }

    /**
     * Cell temperature, C, for a plane-of-array irradiance (W/m2), air temperature (C) and wind speed
     * at 10 m (m/s; negative values are taken as calm).
     */
    public double cellTemperatureC(double poaWPerM2, double airTemperatureC, double windSpeedMPerS) {
        double irradiance = Math.max(0.0, poaWPerM2);
        double wind = Math.max(0.0, windSpeedMPerS);
        double moduleC = irradiance * Math.exp(coefficientA + coefficientBSPerM * wind) + airTemperatureC;
        return moduleC + irradiance / 1000.0 * cellToModuleDeltaC;
    }
}
