package dcplanner.scenario;

import dcplanner.carbon.PvMounting;
import dcplanner.carbon.PvSystem;

/**
 * Inputs of grid carbon, on-site PV, renewable contracts, heat reuse and embodied carbon, and the {@link PvSystem} they fill.
 * The keys are typed ({@link Input}); the catalogue declares each one's parameter (unit, range, default rule,
 * source, technologies) from its key, and {@link Scenario#get(Input)} reads it without a cast.
 */
public final class CarbonInputs {

    private CarbonInputs() {
    }

    public static final Input<String> GRID_CARBON_BASIS = Input.choice("grid_carbon_basis");
    public static final Input<Double> GRID_CI_G_PER_KWH = Input.number("grid_ci_g_per_kwh");
    public static final Input<Double> GRID_WATER_L_PER_KWH = Input.number("grid_water_l_per_kwh");
    public static final Input<Double> PV_KWP = Input.number("pv_kwp");
    public static final Input<Double> PV_TILT_DEG = Input.number("pv_tilt_deg");
    public static final Input<Double> PV_AZIMUTH_DEG = Input.number("pv_azimuth_deg");
    public static final Input<Double> PV_LOSSES_PCT = Input.number("pv_losses_pct");
    public static final Input<Double> PV_DC_AC_RATIO = Input.number("pv_dc_ac_ratio");
    public static final Input<Double> PV_CAPEX_USD_PER_KWP = Input.number("pv_capex_usd_per_kwp");
    public static final Input<Double> PPA_SHARE = Input.number("ppa_share");
    public static final Input<Double> CERTIFICATE_SHARE = Input.number("certificate_share");
    public static final Input<Double> CERTIFICATE_PRICE_USD_PER_MWH = Input.number("certificate_price_usd_per_mwh");
    public static final Input<Double> HEAT_REUSE_FRACTION = Input.number("heat_reuse_fraction");
    public static final Input<Double> BUILDING_EMBODIED_KG_PER_KW = Input.number("building_embodied_kg_per_kw");
    public static final Input<Double> IT_EMBODIED_KG_PER_KW = Input.number("it_embodied_kg_per_kw");
    public static final Input<Double> IT_REFRESH_YEARS = Input.number("it_refresh_years");

    /** The on-site PV system of a resolved scenario (inverter, temperature coefficient, albedo: the standard ones). */
    public static PvSystem pvSystem(Scenario s) {
        return new PvSystem(s.get(PV_TILT_DEG), s.get(PV_AZIMUTH_DEG), s.get(PV_DC_AC_RATIO),
                PvSystem.DEFAULT_INVERTER_EFFICIENCY, s.get(PV_LOSSES_PCT),
                PvSystem.STANDARD_MODULE_TEMPERATURE_COEFFICIENT_PER_C, PvSystem.DEFAULT_ALBEDO,
                PvMounting.OPEN_RACK_GLASS_POLYMER);
    }
}
