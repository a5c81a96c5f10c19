package dcplanner.scenario;

import dcplanner.energy.ItLoad;

/**
 * Inputs of the site and the IT load, and the {@link ItLoad} they fill.
 * The keys are typed ({@link Input}); the catalogue declares each one's parameter (unit, range, default rule,
 * source, technologies) from its key, and {@link Scenario#get(Input)} reads it without a cast.
 */
public final class SiteInputs {

    private SiteInputs() {
    }

    public static final Input<String> SITE = Input.choice("site");
    public static final Input<String> EPW = Input.file("epw");
    public static final Input<String> COUNTRY = Input.text("country");
    public static final Input<Double> ELEVATION_M = Input.number("elevation_m");
    public static final Input<Double> IT_CAPACITY_KW = Input.number("it_capacity_kw");
    public static final Input<Double> UTILISATION = Input.number("utilisation");
    public static final Input<double[]> UTILISATION_PROFILE = Input.profile("utilisation_profile");
    public static final Input<Double> SERVER_FAN_SHARE = Input.number("server_fan_share");
    public static final Input<Double> SERVER_FAN_SPEEDUP_PER_K = Input.number("server_fan_speedup_per_k");
    public static final Input<Double> SERVER_FAN_REFERENCE_INLET_C = Input.number("server_fan_reference_inlet_c");
    public static final Input<String> DESIGN_LEVEL = Input.choice("design_level");

    /** The IT load of a resolved scenario. */
    public static ItLoad itLoad(Scenario s) {
        return new ItLoad(s.get(IT_CAPACITY_KW), s.get(UTILISATION), s.get(UTILISATION_PROFILE),
                s.get(SERVER_FAN_SHARE), s.get(SERVER_FAN_SPEEDUP_PER_K), s.get(SERVER_FAN_REFERENCE_INLET_C));
    }
}
