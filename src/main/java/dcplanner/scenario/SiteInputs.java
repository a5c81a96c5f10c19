package dcplanner.scenario;

import static dcplanner.scenario.Declarations.*;

import java.util.ArrayList;
import java.util.List;

import dcplanner.climate.SiteCatalogue;
import dcplanner.energy.ItLoad;
import dcplanner.scenario.DefaultRule.Default;
import dcplanner.scenario.Parameter.Group;

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

    /** The declarations of this domain's inputs, in the order they are resolved and listed. */
    static List<Parameter> parameters(SiteCatalogue sites, SiteLookup lookup) {
        List<Parameter> p = new ArrayList<>();
        // ---- site ---------------------------------------------------------------------------------
        p.add(new Parameter.Builder(SITE).group(Group.SITE).choices(sites.ids())
                .describe("built-in site (see 'sites'); give either site or epw").build());
        p.add(new Parameter.Builder(EPW).group(Group.SITE)
                .describe("EPW weather file (.epw or .epw.gz) instead of a built-in site").build());
        p.add(new Parameter.Builder(COUNTRY).group(Group.SITE)
                .describe("ISO 3166 alpha-3 country of the site: sets the grid, tariff and cost figures; default:"
                        + " the site's (or the EPW file's)")
                .byDefault(DefaultRule.derived(partial -> lookup.site(partial).map(site -> new DefaultRule.Default(
                        site.countryIso3().toUpperCase(java.util.Locale.ROOT), site.id().startsWith("epw:")
                                ? Source.of("the EPW file's LOCATION header", "", "medium") : SITE_DATA))
                        .orElse(null)))
                .build());
        p.add(new Parameter.Builder(ELEVATION_M).group(Group.SITE).unit("m")
                .range(-400, 5000, "lowest to highest inhabited land")
                .describe("site elevation; default: the weather file's. Station pressure follows it (standard"
                        + " atmosphere)").build());

        // ---- IT load ------------------------------------------------------------------------------
        p.add(new Parameter.Builder(IT_CAPACITY_KW).group(Group.IT).unit("kW")
                .range(1, 2_000_000, "1 kW to 2 GW")
                .describe("rated critical (IT) load of the facility")
                .byDefault(1000.0, Source.assumption("an example size of 1 MW; set the proposal's capacity"))
                .build());
        p.add(new Parameter.Builder(UTILISATION).group(Group.IT).range(0.01, 1, "share of capacity")
                .describe("annual mean IT power over IT capacity").byDefault(0.6, WP108_UTILISATION).build());
        p.add(new Parameter.Builder(UTILISATION_PROFILE).group(Group.IT)
                .describe("relative IT load for each hour of the day (24 weights, hour 1 = 00:00-01:00), scaled"
                        + " so that the annual mean is 'utilisation'")
                .byDefault(ItLoad.flatProfile(),
                        Source.assumption("flat load, as is usual for cloud and colocation halls"))
                .build());
        p.add(new Parameter.Builder(SERVER_FAN_SHARE).group(Group.IT)
                .range(0, 0.3, "share of IT power").describe("share of IT power drawn by server fans of"
                        + " air-cooled servers; liquid cooling removes the fans of the heat it captures")
                .byDefault(0.10, EWEEK_FANS).build());
        p.add(new Parameter.Builder(SERVER_FAN_SPEEDUP_PER_K).group(Group.IT).unit("1/K")
                .range(0, 0.2, "relative fan speed increase per K")
                .describe("optional: relative increase of server fan speed per K of inlet air above the reference"
                        + " (fan power grows with its cube); 0 = off")
                .byDefault(0.0, Source.assumption("off unless set: no published server-fan curve for ASEAN fleets"))
                .build());
        p.add(new Parameter.Builder(SERVER_FAN_REFERENCE_INLET_C).group(Group.IT).unit("C")
                .range(15, 35, "ASHRAE A1-A2 allowable inlet range")
                .describe("inlet temperature above which server fans speed up")
                .byDefault(27.0, ASHRAE_RECOMMENDED).build());

        // ---- design level: sets the efficiency-related defaults together ------------------------------
        p.add(new Parameter.Builder(DESIGN_LEVEL).group(Group.COOLING).choices(ParameterCatalogue.DESIGN_LEVELS)
                .describe("how efficient the equipment is: legacy (older plant: 90.1-2004 chillers, constant-speed"
                        + " fans and pumps, legacy UPS, 22 C air), typical (new build to current minimums), best-practice"
                        + " (best equipment on the market); sets chiller efficiency, fan pressure and efficiency, part-load"
                        + " limits, UPS type, supply air and the base load; any of them can still be given")
                .byDefault("typical", Source.assumption("a new build to current minimum standards")).build());
        return p;
    }
}
