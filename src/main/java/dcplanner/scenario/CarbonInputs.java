package dcplanner.scenario;

import static dcplanner.scenario.CountryDefaults.*;

import java.util.ArrayList;
import java.util.List;

import dcplanner.carbon.GridCarbon;
import dcplanner.reference.Figure;
import dcplanner.scenario.DefaultRule.Default;
import dcplanner.scenario.Parameter.Group;
import dcplanner.solar.PvMounting;
import dcplanner.solar.PvSystem;

/**
  * Inputs of grid carbon, on-site PV, renewable contracts, heat reuse and embodied carbon, and the {@link
  * PvSystem} they fill.
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

    /** The grid carbon accounting of a resolved scenario: intensity, contracts and heat reuse. */
    public static GridCarbon gridCarbon(Scenario s) {
        return new GridCarbon(s.get(GRID_CARBON_BASIS), s.get(GRID_CI_G_PER_KWH), s.get(PPA_SHARE),
                s.get(CERTIFICATE_SHARE), s.get(HEAT_REUSE_FRACTION), s.get(GRID_WATER_L_PER_KWH));
    }

    /** The declarations of this domain's inputs (country defaults from {@code d}), in catalogue order. */
    static List<Parameter> parameters(CountryDefaults d) {
        List<Parameter> p = new ArrayList<>();
        // ---- carbon and renewables ----------------------------------------------------------------
        p.add(new Parameter.Builder(GRID_CARBON_BASIS).group(Group.CARBON)
                .choices(List.of("lifecycle", "national"))
                .describe("grid carbon basis: life-cycle intensity of generation (one method for all ASEAN"
                        + " countries) or the official national grid emission factor")
                .byDefault("lifecycle", DATASET_BASIS).build());
        p.add(number(GRID_CI_G_PER_KWH, "g/kWh", 0, 1500, "carbon intensity of grid electricity, on the chosen"
                + " basis").group(Group.CARBON).byDefault(DefaultRule.derived(d::gridCarbon)).build());
        p.add(number(GRID_WATER_L_PER_KWH, "L/kWh", 0, 30, "water consumed by power stations per kWh of grid"
                + " electricity (for source WUE)").group(Group.CARBON).byDefault(d.figure("grid_water", 1)).build());
        p.add(number(PV_KWP, "kWp", 0, 1_000_000, "on-site solar PV, DC nameplate").group(Group.CARBON)
                .byDefault(0.0, ASSUMPTION_NONE).build());
        p.add(number(PV_TILT_DEG, "deg", 0, 90, "PV tilt from horizontal").group(Group.CARBON)
                .relevantWhen(partial -> positive(partial, PV_KWP))
                .byDefault(DefaultRule.derived(partial -> d.site(partial).map(s -> new Default(
                        Math.max(10.0, Math.abs(s.latitudeDeg())), Source.of("tilt = latitude, at least 10 deg so"
                                + " that rain cleans the modules (design practice)", "", "medium"))).orElse(null)))
                .build());
        p.add(number(PV_AZIMUTH_DEG, "deg", 0, 360, "PV azimuth, clockwise from north (180 = facing south)")
                .group(Group.CARBON).relevantWhen(partial -> positive(partial, PV_KWP))
                .byDefault(DefaultRule.derived(partial -> d.site(partial).map(s -> new Default(
                        s.latitudeDeg() >= 0 ? 180.0 : 0.0, Source.of("facing the equator", "", "high")))
                        .orElse(null))).build());
        p.add(number(PV_LOSSES_PCT, "%", 0, 50, "PV system losses (soiling, wiring, mismatch, availability...)")
                .group(Group.CARBON).relevantWhen(partial -> positive(partial, PV_KWP))
                .byDefault(14.08, Source.of("Dobos, PVWatts Version 5 Manual, NREL/TP-6A20-62641 (2014): default"
                        + " loss list combined", "2014", "high")).build());
        p.add(number(PV_DC_AC_RATIO, "", 0.5, 2.0, "PV DC nameplate over inverter AC rating").group(Group.CARBON)
                .relevantWhen(partial -> positive(partial, PV_KWP))
                .byDefault(1.1, Source.of("NREL SSC pvwattsv5 default DC/AC ratio", "2014", "medium")).build());
        p.add(number(PV_CAPEX_USD_PER_KWP, "USD/kWp", 0, 5000, "PV installed cost").group(Group.CARBON)
                .relevantWhen(partial -> positive(partial, PV_KWP))
                .byDefault(876.0, Source.of("IRENA Renewable Power Generation Costs in 2022: global mean installed"
                        + " cost of utility-scale PV (read second-hand); no ASEAN country figure found", "2022",
                        "low")).build());
        p.add(number(PPA_SHARE, "", 0, 1, "share of grid electricity bought under renewable power purchase"
                + " agreements").group(Group.CARBON).byDefault(0.0, ASSUMPTION_NONE).build());
        p.add(number(CERTIFICATE_SHARE, "", 0, 1, "share of grid electricity matched by retired renewable energy"
                + " certificates").group(Group.CARBON).byDefault(0.0, ASSUMPTION_NONE).build());
        p.add(number(CERTIFICATE_PRICE_USD_PER_MWH, "USD/MWh", 0, 500, "price of renewable energy certificates")
                .group(Group.CARBON).relevantWhen(partial -> positive(partial, CERTIFICATE_SHARE))
                .byDefault(DefaultRule.derived(partial -> {
                    Figure singapore = d.reference.countryFigure("SGP", "certificate_price").orElseThrow();
                    return new Default(singapore.value(), sourceOf(singapore), "SGP".equals(country(partial)) ? ""
                            : "no certificate price for " + country(partial) + ": Singapore's USD "
                                    + Parameter.plain(singapore.value()) + "/MWh is used");
                })).build());
        p.add(number(HEAT_REUSE_FRACTION, "", 0, 1, "share of the rejected heat exported for reuse (ERF, ERE)")
                .group(Group.CARBON).byDefault(0.0, ASSUMPTION_NONE).build());
        p.add(number(BUILDING_EMBODIED_KG_PER_KW, "kgCO2e/kW", 0, 20000, "embodied carbon of building and"
                + " mechanical and electrical plant per kW of IT capacity").group(Group.CARBON)
                .byDefault(980.0, Source.of("Data4 / APL life-cycle assessment of a 5 MW data centre (Jan 2026,"
                        + " press coverage): materials and equipment 39% of 12.6 ktCO2e over 20 years, per MW"
                        + " (computed; servers excluded)", "2026", "low")).build());
        p.add(number(IT_EMBODIED_KG_PER_KW, "kgCO2e/kW", 0, 20000, "embodied carbon of IT equipment per kW of IT"
                + " capacity, for each generation").group(Group.CARBON)
                .byDefault(2900.0, Source.of("Dell PowerEdge R740 product carbon footprint: manufacturing 1,313"
                        + " kgCO2e (Boavizta transcription) over its full-load draw of 457 W (SPECpower); computed",
                        "2019", "low")).build());
        p.add(number(IT_REFRESH_YEARS, "years", 1, 15, "years between IT equipment renewals").group(Group.CARBON)
                .byDefault(5.0, Source.of("server useful lives: Amazon and Meta 5 years, Microsoft and Google 6"
                        + " (company filings as reported); product footprints assume 4", "2024", "medium")).build());
        return p;
    }
}
