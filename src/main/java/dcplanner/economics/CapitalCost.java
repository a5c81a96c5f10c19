package dcplanner.economics;

/**
 * Capital cost by subsystem (after the Schneider Electric capital-cost method: a cost per kW of
 * each subsystem times density, scale and redundancy multipliers), calibrated so that the
 * calibration build (20 MW, Tier III N+1, air- or water-cooled, reference density) costs exactly
 * the published construction cost per MW of its country; land is added on top.
 *
 * <p>Subsystem shares of the construction cost (Cushman &amp; Wakefield Data Center Development Cost
 * Guide 2025: critical power and cooling 53%, shell with back of house and offices 27%, white-space
 * build-out 10%, site 10%; electrical systems 26% of the cost in Cushman &amp; Wakefield's 2025 ASEAN
 * guide as reported for Viet Nam, so mechanical 53 - 26 = 27%).
 */
public final class CapitalCost {

    public static final double SHELL_SHARE = 0.27;
    public static final double ELECTRICAL_SHARE = 0.26;
    public static final double MECHANICAL_SHARE = 0.27;
    public static final double FIT_OUT_SHARE = 0.10;
    public static final double SITE_SHARE = 0.10;

    /**
     * Rack density above which floor-area savings stop (Schneider Electric WP156: densities above
     * about 15 kW/rack show no further relevant savings).
     */
    public static final double DENSITY_SAVINGS_LIMIT_KW = 15.0;

    private CapitalCost() {
    }

    public static CapexBreakdown estimate(CapexInputs in) {
        double mw = in.itCapacityKw() / 1000.0;
        // economies of scale relative to the calibration size: per-MW cost x (MW / MW_ref)^(b - 1)
        double scale = Math.pow(mw / in.referenceCapacityMw(), in.scaleExponent() - 1.0);
        double base = in.constructionUsdPerMw() * mw * scale;
        // electrical plant (UPS, switchgear, generators, distribution) in proportion to its installed rating
        double redundancy = in.redundancyFactor() / in.referenceRedundancyFactor() * in.electricalMultiplier();
        // white space and shell in proportion to floor area, i.e. to 1 / rack density
        double density = Math.min(in.referenceRackDensityKw(), DENSITY_SAVINGS_LIMIT_KW)
                / Math.min(in.rackDensityKw(), DENSITY_SAVINGS_LIMIT_KW);
        return new CapexBreakdown(base * SHELL_SHARE * density, base * ELECTRICAL_SHARE * redundancy,
                base * MECHANICAL_SHARE * in.mechanicalMultiplier(), base * FIT_OUT_SHARE * density,
                base * SITE_SHARE, in.landUsdPerM2() * in.landM2PerMw() * mw, in.pvKwp() * in.pvUsdPerKwp());
    }
}
