package dcplanner.scenario;

import static dcplanner.energy.CoolingTechnology.AIRSIDE_ECONOMISER_ADIABATIC;
import static dcplanner.energy.CoolingTechnology.AIR_COOLED_CHILLER;
import static dcplanner.energy.CoolingTechnology.DIRECT_LIQUID_COOLING;
import static dcplanner.energy.CoolingTechnology.DX_CRAC;
import static dcplanner.energy.CoolingTechnology.IMMERSION;
import static dcplanner.energy.CoolingTechnology.SEAWATER;
import static dcplanner.energy.CoolingTechnology.WATER_COOLED_CHILLER;
import static dcplanner.energy.CoolingTechnology.WATER_COOLED_CHILLER_WSE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dcplanner.climate.SiteCatalogue;
import dcplanner.reference.ReferenceData;
import dcplanner.energy.CoolingTechnology;
import dcplanner.energy.ItLoad;
import dcplanner.scenario.DefaultRule.Default;
import dcplanner.scenario.Parameter.Group;
import dcplanner.scenario.Parameter.Kind;

/**
 * Every scenario input, declared once (ARCHITECTURE.md: one catalogue of parameters). Defaults
 * come from the middle of the Lei and Masanet ranges for the size class that matches each cooling
 * technology unless a better-sourced value is at hand; every default names its source.
 */
public final class ParameterCatalogue {

    // ---- sources of defaults ------------------------------------------------------------------
    static final Source LM2022_LARGE = Source.of("Lei & Masanet, Resources, Conservation & Recycling 182 (2022)"
            + " 106323, input ranges of the large-scale cases 1-2: middle of range", "2022", "medium");
    static final Source LM2022_LARGE_AE = Source.of("Lei & Masanet (2022) 106323, case 1 (large, air-side"
            + " economiser + adiabatic) input range: middle", "2022", "medium");
    static final Source LM2022_LARGE_WSE = Source.of("Lei & Masanet (2022) 106323, case 2 (large, water-cooled"
            + " chiller + water-side economiser) input range: middle", "2022", "medium");
    static final Source LM2022_MIDSIZE = Source.of("Lei & Masanet (2022) 106323, case 7 (midsize, air-cooled"
            + " chiller) input range: middle", "2022", "medium");
    static final Source LM2022_SMALL_DX = Source.of("Lei & Masanet (2022) 106323, case 10 (small, DX) input"
            + " range: middle", "2022", "medium");
    static final Source LM2022_ALL = Source.of("Lei & Masanet (2022) 106323, input range common to all cases:"
            + " middle", "2022", "medium");
    static final Source SS697 = Source.of("IMDA SS 697:2023 tropical data centre standard: operate at 26 C and"
            + " above", "2023", "high");
    static final Source ASHRAE_RECOMMENDED = Source.of("ASHRAE TC 9.9 Thermal Guidelines for Data Processing"
            + " Environments: recommended envelope 18-27 C", "2021", "high");
    static final Source ASHRAE_A2 = Source.of("ASHRAE TC 9.9 Thermal Guidelines, class A2 allowable envelope"
            + " (dew point -12..21 C, RH 8-80%)", "2021", "medium");
    static final Source WP108_UTILISATION = Source.of("Schneider Electric WP108: field surveys find 2N data"
            + " centres at 20-40% of 2N capacity, i.e. 40-80% of N capacity: middle", "2011", "medium");
    static final Source EWEEK_FANS = Source.of("eWeek, Neudorfer (2009): server fans draw 10-15% or more of"
            + " server power: lower end", "2009", "low");
    static final Source UPTIME_TIER3 = Source.of("Uptime Institute Tier Standard: Topology, Tier III (N+1"
            + " capacity components), the common design target of ASEAN colocation", "2018", "medium");
    static final Source UPS_LEGACY = Source.of("Schneider Electric WP113 Table 2, typical UPS: 4% no-load + 5%"
            + " proportional loss (read in a public transcription)", "2012", "low");
    static final Source UPS_MODERN = Source.of("fit of no-load + square-law losses to Eaton 9395XR double"
            + " conversion efficiency 97.0/97.3/97.0/96.4% at 25/50/75/100% load (read second-hand)", "2020",
            "low");
    static final Source UPS_ECO = Source.of("fit of no-load + square-law losses to Eaton 9395XR ESS eco-mode"
            + " efficiency 98.4/99.0/99.2/99.2% at 25/50/75/100% load (read second-hand)", "2020", "low");
    static final Source DOE_TRANSFORMER = Source.of("US DOE 10 CFR 431.196 (2016 level): 2500 kVA liquid-immersed"
            + " transformer 99.53% efficient at 50% load (0.236% loss), split so that no-load and load losses"
            + " are equal there", "2016", "medium");
    static final Source ENERGYPLUS_DRIFT = Source.of("EnergyPlus CoolingTower default drift loss: 0.008% of"
            + " circulating water", "2020", "medium");
    static final Source MDPI_DRY_COOLER = Source.of("Energies 16(9) 3661 (2023), manufacturer data of 6,730"
            + " coolers: median dry-cooler approach 10 K to dry bulb", "2023", "medium");
    static final Source EVAPORATIVE_EFFECTIVENESS = Source.of("direct evaporative coolers: saturation"
            + " effectiveness 0.75-0.95 (HVAC handbook ranges): middle", "2009", "low");
    static final Source W32 = Source.of("ASHRAE TC 9.9 liquid cooling class W32 (facility water supply up to"
            + " 32 C; read in secondary notes)", "2021", "low");
    static final Source LIQUID_SHARE = Source.of("MODEL.md section 4: direct-to-chip loops capture typically"
            + " 70-80% of IT heat (EnergyPlus liquid-cooled ITE proposal default 0.8; Vertiv/NVIDIA study 75%):"
            + " middle", "2024", "medium");
    static final Source SEA_MALACCA = Source.of("Strait of Malacca CTD cruise averages 28.60 (Mar 2015), 29.31"
            + " (Mar 2019), 29.63 C (Aug 2019): their mean; Singapore's warmest monthly mean is 30.5 C (St John's"
            + " Island marine laboratory)", "2019", "low");
    static final Source SITE_DATA = Source.of("built-in site catalogue (data/sites.csv)", "", "high");
    static final Source ASHRAE901_2004 = Source.of("ASHRAE 90.1-2004 Table 6.8.1C minimum chiller efficiency:"
            + " water-cooled centrifugal >= 300 tons 0.576 kW/ton (COP 6.10), air-cooled with condenser 9.562 EER"
            + " (COP 2.80), AHRI 550/590 full load", "2004", "medium");
    static final Source ASHRAE901_2019 = Source.of("ASHRAE 90.1-2019 Table 6.8.1-3 minimum chiller efficiency,"
            + " path A: water-cooled centrifugal >= 600 tons 0.560 kW/ton, air-cooled >= 150 tons 10.1 EER (COP"
            + " 2.96), AHRI 550/590 full load", "2019", "medium");
    static final Source BEST_CHILLERS = Source.of("high-efficiency VSD centrifugal chillers: about 0.47 kW/ton at"
            + " AHRI conditions (Prism Engineering, efficient chillers); air-cooled: Eurovent energy class A, EER"
            + " >= 3.1 at 35 C (read second-hand)", "2015", "low");
    static final Source WARM_WATER_CREDIT = Source.of("EnergyPlus DOE-2 Centrifugal/5.50COP EIR curve: +2.1 %/K of"
            + " COP from 6.67 to 10 C chilled water at 31 C condenser water, about half the Carnot gain (4 %/K)"
            + " (MODEL.md section 8); manufacturers quote 2-3 %/K", "2020", "medium");
    static final Source FAN_CURVE_MIN = Source.of("ASHRAE 90.1 Performance Rating Method reference manual:"
            + " variable-speed fans (Appendix G curve, method 2) with minimum power 20 % of design, i.e. about 40 %"
            + " of design flow (read second-hand)", "2019", "low");
    static final Source CONSTANT_SPEED = Source.assumption("legacy plants: constant-speed CRAC/CRAH, tower fans"
            + " and constant primary chilled-water flow");
    static final Source BEST_MIN_SPEED = Source.assumption("EC plug fans and variable-primary pumping turn down to"
            + " about 30 % of design (vendor literature, not verified)");
    static final Source PUMP_MIN_FLOW = Source.assumption("variable primary flow limited by the chillers' minimum"
            + " evaporator flow, commonly 40-60 % of design (vendor literature, not verified): 0.5");
    static final Source CHILLER_MIN_LOAD = Source.assumption("chillers unload to 10-15 % (VSD centrifugal), 15-25 %"
            + " (inlet-vane, constant speed) before hot-gas bypass (vendor literature, not verified)");
    static final Source BASE_LOAD = Source.assumption("computed: support and office space of about 200 m2 per MW"
            + " at 60 W/m2 (lighting about 10 W/m2 plus their own air conditioning) plus 3 kW of security,"
            + " controls and BMS: 15 kW per MW; legacy 25, best-practice 10");
    static final Source CHW_LEGACY = Source.of("the traditional 7/12 C chilled-water design (AHRI 550/590 rates"
            + " at 6.67 C leaving water)", "2020", "medium");
    static final Source CHW_TYPICAL = Source.of("Schneider Electric WP227: raising chilled water from the"
            + " traditional 7 C; 12 C taken as the middle of the 10-15 C of current designs (assumption within"
            + " the paper's range)", "2016", "low");
    static final Source CHW_BEST = Source.of("upper end of the leaving-water range of standard chillers, 60 F"
            + " (Carrier 30XA/30XW product data, read second-hand); warmer needs process chillers (WP227)",
            "2016", "low");
    static final Source DX_NSENCOP = Source.of("ASHRAE 90.1-2019 Table 6.8.1-11: air-cooled downflow computer-room"
            + " units 65-240 kBtu/h NSenCOP 2.20 (read second-hand), i.e. a gross compressor COP of about 2.5 with"
            + " this model's fans; legacy 2.2 and best-practice 3.0 set about 12-20 % either side (assumption)",
            "2019", "low");
    static final Source AIRFLOW_BYPASS = Source.of("0: the default air rises are cooling-unit air rises (Lei &"
            + " Masanet's ranges; legacy's 7.5 K is that of rooms without containment, with Uptime's 60 % bypass a"
            + " server air rise of 19 K). Published field figures to give for an open or leaky hall: Upsite"
            + " Technologies 2013, 48 % in the average data centre; Sullivan, Strong & Brill (Uptime Institute) 2004,"
            + " 60 % in 19 computer rooms; containment specifications at most 3-5 %", "2013", "medium");
    static final Source LM_RANGE_QUARTILES = Source.of("Lei & Masanet (2022) 106323 input ranges (CRAH fan 300-1000"
            + " Pa, efficiency 0.6-0.9): legacy at the unfavourable quartile, best-practice at the favourable one",
            "2022", "low");
    static final Source SUPPLY_BY_LEVEL = Source.of("legacy: ASHRAE TC 9.9 (2004) recommended 20-25 C, halls run"
            + " near 22 C; typical: IMDA SS 697:2023 26 C; best-practice: ASHRAE recommended upper limit 27 C",
            "2023", "medium");

    private final Map<String, Parameter> byName;

    private ParameterCatalogue(List<Parameter> parameters) {
        Map<String, Parameter> map = new LinkedHashMap<>();
        for (Parameter parameter : parameters) {
            if (map.put(parameter.name(), parameter) != null) {
                throw new IllegalStateException("parameter declared twice: " + parameter.name());
            }
        }
        this.byName = Collections.unmodifiableMap(map);
    }

    /** All parameters, in the order they are resolved and listed. */
    public List<Parameter> all() {
        return new ArrayList<>(byName.values());
    }

    /** A parameter by its snake_case or kebab-case name. */
    public Optional<Parameter> find(String name) {
        return Optional.ofNullable(byName.get(name.trim().replace('-', '_')));
    }

    /** The standard catalogue with the bundled reference data; EPW files' countries are not looked up. */
    public static ParameterCatalogue standard(SiteCatalogue sites) {
        return standard(sites, ReferenceData.bundled(), byId(sites));
    }

    /** Finds built-in sites by id (an EPW file's site is unknown to it). */
    public static SiteLookup byId(SiteCatalogue sites) {
        return partial -> partial.get(SiteInputs.SITE).flatMap(id -> sites.find((String) id));
    }

    /**
     * The standard catalogue: site choices from {@code sites}, country figures from
     * {@code reference}, the site of a scenario (its country and latitude) from {@code lookup}.
     */
    public static ParameterCatalogue standard(SiteCatalogue sites, ReferenceData reference, SiteLookup lookup) {
        List<Parameter> p = new ArrayList<>();
        // ---- site ---------------------------------------------------------------------------------
        p.add(new Parameter.Builder(SiteInputs.SITE).group(Group.SITE).choices(sites.ids())
                .describe("built-in site (see 'sites'); give either site or epw").build());
        p.add(new Parameter.Builder(SiteInputs.EPW).group(Group.SITE)
                .describe("EPW weather file (.epw or .epw.gz) instead of a built-in site").build());
        p.add(new Parameter.Builder(SiteInputs.COUNTRY).group(Group.SITE)
                .describe("ISO 3166 alpha-3 country of the site: sets the grid, tariff and cost figures; default:"
                        + " the site's (or the EPW file's)")
                .byDefault(DefaultRule.derived(partial -> lookup.site(partial).map(site -> new DefaultRule.Default(
                        site.countryIso3().toUpperCase(java.util.Locale.ROOT), site.id().startsWith("epw:")
                                ? Source.of("the EPW file's LOCATION header", "", "medium") : SITE_DATA))
                        .orElse(null)))
                .build());
        p.add(new Parameter.Builder(SiteInputs.ELEVATION_M).group(Group.SITE).unit("m")
                .range(-400, 5000, "lowest to highest inhabited land")
                .describe("site elevation; default: the weather file's. Station pressure follows it (standard"
                        + " atmosphere)").build());

        // ---- IT load ------------------------------------------------------------------------------
        p.add(new Parameter.Builder(SiteInputs.IT_CAPACITY_KW).group(Group.IT).unit("kW")
                .range(1, 2_000_000, "1 kW to 2 GW")
                .describe("rated critical (IT) load of the facility")
                .byDefault(1000.0, Source.assumption("an example size of 1 MW; set the proposal's capacity"))
                .build());
        p.add(new Parameter.Builder(SiteInputs.UTILISATION).group(Group.IT).range(0.01, 1, "share of capacity")
                .describe("annual mean IT power over IT capacity").byDefault(0.6, WP108_UTILISATION).build());
        p.add(new Parameter.Builder(SiteInputs.UTILISATION_PROFILE).group(Group.IT)
                .describe("relative IT load for each hour of the day (24 weights, hour 1 = 00:00-01:00), scaled"
                        + " so that the annual mean is 'utilisation'")
                .byDefault(ItLoad.flatProfile(),
                        Source.assumption("flat load, as is usual for cloud and colocation halls"))
                .build());
        p.add(new Parameter.Builder(SiteInputs.SERVER_FAN_SHARE).group(Group.IT)
                .range(0, 0.3, "share of IT power").describe("share of IT power drawn by server fans of"
                        + " air-cooled servers; liquid cooling removes the fans of the heat it captures")
                .byDefault(0.10, EWEEK_FANS).build());
        p.add(new Parameter.Builder(SiteInputs.SERVER_FAN_SPEEDUP_PER_K).group(Group.IT).unit("1/K")
                .range(0, 0.2, "relative fan speed increase per K")
                .describe("optional: relative increase of server fan speed per K of inlet air above the reference"
                        + " (fan power grows with its cube); 0 = off")
                .byDefault(0.0, Source.assumption("off unless set: no published server-fan curve for ASEAN fleets"))
                .build());
        p.add(new Parameter.Builder(SiteInputs.SERVER_FAN_REFERENCE_INLET_C).group(Group.IT).unit("C")
                .range(15, 35, "ASHRAE A1-A2 allowable inlet range")
                .describe("inlet temperature above which server fans speed up")
                .byDefault(27.0, ASHRAE_RECOMMENDED).build());

        // ---- design level: sets the efficiency-related defaults together ------------------------------
        p.add(new Parameter.Builder(SiteInputs.DESIGN_LEVEL).group(Group.COOLING).choices(DESIGN_LEVELS)
                .describe("how efficient the equipment is: legacy (older plant: 90.1-2004 chillers, constant-speed"
                        + " fans and pumps, legacy UPS, 22 C air), typical (new build to current minimums), best-practice"
                        + " (best equipment on the market); sets chiller efficiency, fan pressure and efficiency, part-load"
                        + " limits, UPS type, supply air and the base load; any of them can still be given")
                .byDefault("typical", Source.assumption("a new build to current minimum standards")).build());

        // ---- electrical ---------------------------------------------------------------------------
        p.add(new Parameter.Builder(ElectricalInputs.REDUNDANCY).group(Group.ELECTRICAL)
                .choices(List.of("N", "N+1", "2N"))
                .describe("redundancy of UPS and transformers: installed rating N: 1x, N+1: (n+1)/n, 2N: 2x"
                        + " the IT capacity")
                .byDefault("N+1", UPTIME_TIER3).build());
        p.add(new Parameter.Builder(ElectricalInputs.REDUNDANCY_GROUP_SIZE).group(Group.ELECTRICAL)
                .range(1, 20, "units").describe("n of an N+1 design: units that together carry the full load")
                .byDefault(4.0, Source.assumption("four duty units plus one standby; set your design")).build());
        p.add(new Parameter.Builder(ElectricalInputs.UPS_TYPE).group(Group.ELECTRICAL)
                .choices(List.of("legacy-double-conversion", "modern-double-conversion", "eco-mode"))
                .describe("UPS technology; sets the three UPS loss coefficients")
                .byDefault(byLevel(new Default("legacy-double-conversion", Source.assumption("older halls: double"
                        + " conversion UPS with input transformers")), new Default("modern-double-conversion",
                        Source.assumption("current large UPS ranges are transformerless double conversion")),
                        new Default("eco-mode", Source.assumption("best practice: high-efficiency (eco) mode, as"
                                + " hyperscale operators use"))))
                .build());
        p.add(upsLoss(ElectricalInputs.UPS_NO_LOAD_LOSS, "UPS losses at no load, as a fraction of the installed UPS rating",
                0.04, 0.0058, 0.00386));
        p.add(upsLoss(ElectricalInputs.UPS_PROPORTIONAL_LOSS, "UPS losses proportional to the load, fraction of the load",
                0.05, 0.0, 0.0));
        p.add(upsLoss(ElectricalInputs.UPS_SQUARE_LAW_LOSS, "UPS square-law (I^2 R) losses at full load, fraction of the rating",
                0.0, 0.03143, 0.00416));
        p.add(new Parameter.Builder(ElectricalInputs.DISTRIBUTION_LOSS_FRACTION).group(Group.ELECTRICAL)
                .range(0, 0.1, "share of the power entering PDUs and cabling")
                .describe("losses of PDUs and cabling downstream of the UPS")
                .byDefault(0.01, LM2022_LARGE).build());
        p.add(new Parameter.Builder(ElectricalInputs.TRANSFORMER_NO_LOAD_LOSS).group(Group.ELECTRICAL)
                .range(0, 0.02, "fraction of the transformer rating")
                .describe("transformer no-load (core) losses; transformers are sized for the full-load peak"
                        + " times the redundancy")
                .byDefault(0.00118, DOE_TRANSFORMER).build());
        p.add(new Parameter.Builder(ElectricalInputs.TRANSFORMER_LOAD_LOSS).group(Group.ELECTRICAL)
                .range(0, 0.05, "fraction of the transformer rating")
                .describe("transformer load (copper) losses at rated load; they follow the square of the load")
                .byDefault(0.00472, DOE_TRANSFORMER).build());
        p.add(new Parameter.Builder(ElectricalInputs.LIGHTING_FRACTION).group(Group.ELECTRICAL)
                .range(0, 0.1, "fraction of IT capacity")
                .describe("lighting power of the white space, as a fraction of IT capacity")
                .byDefault(0.001, LM2022_LARGE).build());
        p.add(new Parameter.Builder(ElectricalInputs.MISC_LOAD_FRACTION).group(Group.ELECTRICAL)
                .range(0, 0.2, "fraction of IT capacity")
                .describe("fixed base load of the building (offices, security, controls, support-space air"
                        + " conditioning) in kW per kW of IT capacity (0.015 = 15 kW per MW), drawn every hour"
                        + " whatever the IT load")
                .byDefault(byLevel(new Default(0.025, BASE_LOAD), new Default(0.015, BASE_LOAD),
                        new Default(0.010, BASE_LOAD))).build());

        // ---- cooling: technology and air side -------------------------------------------------------
        p.add(new Parameter.Builder(CoolingInputs.COOLING).group(Group.COOLING).choices(CoolingTechnology.ids())
                .describe("cooling technology")
                .byDefault("water-cooled-chiller", Source.assumption("the usual plant of large data centres in"
                        + " the region; choose the proposal's"))
                .build());
        p.add(number(CoolingInputs.SUPPLY_AIR_C, "C", 15, 35, "ASHRAE A1-A2 allowable inlet range",
                "supply (IT inlet) air temperature; for the air-side economiser the highest supply temperature",
                supplyAirByLevel()));
        p.add(new Parameter.Builder(CoolingInputs.SUPPLY_AIR_MIN_C).unit("C")
                .range(10, 27, "ASHRAE A2 lower limit to the recommended upper limit")
                .describe("lowest supply temperature of the air-side economiser (outdoor air is mixed with"
                        + " return air below it)")
                .byDefault(supplyAirMinimum()).onlyFor(AIRSIDE_ECONOMISER_ADIABATIC).build());
        p.add(number(CoolingInputs.AIR_DT_K, "K", 3, 25, "temperature rise across IT equipment",
                "air temperature rise across the IT equipment (supply to return)",
                legacyAtMost(byClass(16.65, 16.65, 7.5, 6.5), 7.5, Source.of("legacy halls without aisle containment:"
                        + " Lei & Masanet (2022) 106323 midsize range 5-10 K: middle", "2022", "low"))));
        p.add(number(CoolingInputs.AIRFLOW_BYPASS, "", 0, 0.8, "share of the cooling units' air",
                "share of the cooling units' air that returns to them without passing through IT equipment: they"
                        + " move 1 / (1 - bypass) times the IT airflow and their return air is warmer than the supply"
                        + " by air_dt_k x (1 - bypass)", DefaultRule.constant(0.0, AIRFLOW_BYPASS)));
        p.add(number(CoolingInputs.AIR_HANDLER_FAN_PRESSURE_PA, "Pa", 50, 2000, "fan static plus coil pressure",
                "CRAH/CRAC fan pressure rise", byClassAndLevel(byClass(650, 500, 650, 500), 825, 475)));
        p.add(number(CoolingInputs.AIR_HANDLER_FAN_EFFICIENCY, "", 0.3, 0.95, "total fan efficiency",
                "CRAH/CRAC fan total efficiency", byClassAndLevel(byClass(0.775, 0.775, 0.70, 0.675), 0.675, 0.825)));
        p.add(number(CoolingInputs.SENSIBLE_HEAT_RATIO, "", 0.8, 1.0, "sensible over total coil load",
                "sensible heat ratio of recirculating cooling coils (the latent part is put back by humidifiers)",
                DefaultRule.constant(0.97, LM2022_ALL)));
        p.add(aeOnly(number(CoolingInputs.SUPPLY_DEW_POINT_MAX_C, "C", 0, 27, "dew point of supply air",
                "highest dew point of economiser supply air", DefaultRule.constant(21.0, ASHRAE_A2))));
        p.add(aeOnly(number(CoolingInputs.SUPPLY_DEW_POINT_MIN_C, "C", -20, 10, "dew point of supply air",
                "lowest dew point of economiser supply air (humidified below)",
                DefaultRule.constant(-12.0, ASHRAE_A2))));
        p.add(aeOnly(number(CoolingInputs.SUPPLY_RH_MAX, "", 0.3, 1.0, "relative humidity as a fraction",
                "highest relative humidity of economiser supply air", DefaultRule.constant(0.80, ASHRAE_A2))));
        p.add(aeOnly(number(CoolingInputs.SUPPLY_RH_MIN, "", 0.0, 0.5, "relative humidity as a fraction",
                "lowest relative humidity of economiser supply air (humidified below)",
                DefaultRule.constant(0.08, ASHRAE_A2))));
        p.add(aeOnly(number(CoolingInputs.ADIABATIC_EFFECTIVENESS, "", 0.5, 1.0, "saturation effectiveness",
                "saturation effectiveness of the evaporative pad: share of the dry-bulb to wet-bulb gap it closes",
                DefaultRule.constant(0.85, EVAPORATIVE_EFFECTIVENESS))));
        p.add(number(CoolingInputs.HUMIDIFIER_PUMP_PRESSURE_PA, "Pa", 1e5, 1.2e7, "atomising pump pressure",
                "pressure of the high-pressure humidifier / adiabatic spray pump",
                DefaultRule.constant(7.0e6, LM2022_ALL)));
        p.add(number(CoolingInputs.HUMIDIFIER_PUMP_EFFICIENCY, "", 0.3, 0.95, "pump efficiency",
                "humidifier pump efficiency", DefaultRule.constant(0.7, LM2022_ALL)));

        p.add(new Parameter.Builder(CoolingInputs.LIQUID_HEAT_REJECTION).choices(List.of("cooling-tower",
                "dry-cooler"))
                .describe("where the liquid loop's heat goes: cooling towers (through a heat exchanger) or dry"
                        + " coolers (no water; air-cooled chillers then serve the air side)")
                .byDefault("cooling-tower", Source.assumption("towers reach lower temperatures in the tropics;"
                        + " choose dry-cooler where water is scarce"))
                .onlyFor(DIRECT_LIQUID_COOLING, IMMERSION).build());
        // ---- cooling: chilled water and chillers ---------------------------------------------------
        CoolingTechnology[] chilledWater = {AIR_COOLED_CHILLER, WATER_COOLED_CHILLER, WATER_COOLED_CHILLER_WSE,
            AIRSIDE_ECONOMISER_ADIABATIC, DIRECT_LIQUID_COOLING, IMMERSION, SEAWATER};
        p.add(only(number(CoolingInputs.CHILLED_WATER_DT_K, "K", 2, 15, "chilled-water temperature rise",
                "chilled (facility) water temperature rise", DefaultRule.constant(7.5, LM2022_ALL)), chilledWater));
        p.add(only(number(CoolingInputs.CHILLED_WATER_SUPPLY_MAX_C, "C", 4, 20, "chilled-water supply set-point",
                "chilled-water supply set-point: the supply is the warmest water the coils allow or this, whichever"
                        + " is colder; by default it moves with supply_air_c", chilledWaterFollowsSupplyAir()),
                chilledWater));
        p.add(only(number(CoolingInputs.COIL_EFFECTIVENESS, "", 0.4, 0.98, "coil effectiveness",
                "cooling-coil effectiveness: sets the chilled-water supply temperature from the air temperatures",
                byClass(0.8, 0.8, 0.775, 0.8)), chilledWater));
        p.add(only(number(CoolingInputs.CHILLED_WATER_PUMP_PRESSURE_PA, "Pa", 2e4, 6e5, "pump pressure",
                "chilled-water pump pressure rise", DefaultRule.constant(143650.0, LM2022_ALL)), chilledWater));
        p.add(only(number(CoolingInputs.CHILLED_WATER_PUMP_EFFICIENCY, "", 0.3, 0.95, "pump efficiency",
                "chilled-water pump efficiency", DefaultRule.constant(0.7, LM2022_ALL)), chilledWater));
        CoolingTechnology[] economiser = {WATER_COOLED_CHILLER_WSE, SEAWATER, DIRECT_LIQUID_COOLING, IMMERSION};
        p.add(only(number(CoolingInputs.ECONOMISER_PUMP_PRESSURE_PA, "Pa", 2e4, 6e5, "pump pressure",
                "economiser (heat exchanger) water pump pressure rise", DefaultRule.constant(143650.0, LM2022_ALL)),
                economiser));
        p.add(only(number(CoolingInputs.ECONOMISER_PUMP_EFFICIENCY, "", 0.3, 0.95, "pump efficiency",
                "economiser water pump efficiency", DefaultRule.constant(0.7, LM2022_ALL)), economiser));
        p.add(only(number(CoolingInputs.HEAT_EXCHANGER_APPROACH_K, "K", 0.5, 6, "plate heat exchanger approach",
                "approach of the economiser plate heat exchanger", DefaultRule.constant(2.25, LM2022_ALL)),
                economiser));
        CoolingTechnology[] waterCooledChillers = {WATER_COOLED_CHILLER, WATER_COOLED_CHILLER_WSE,
            AIRSIDE_ECONOMISER_ADIABATIC, DIRECT_LIQUID_COOLING, IMMERSION, SEAWATER};
        p.add(only(new Parameter.Builder(CoolingInputs.CHILLER_PART_LOAD).range(0.1, 1.0, "part-load ratio")
                .describe("optional: a fixed part-load ratio of the water-cooled chillers (as Lei & Masanet);"
                        + " unset, the chillers are staged on the load: as many run as the load needs")
                .build(), waterCooledChillers));
        CoolingTechnology[] compressors = {AIR_COOLED_CHILLER, WATER_COOLED_CHILLER, WATER_COOLED_CHILLER_WSE,
            AIRSIDE_ECONOMISER_ADIABATIC, DX_CRAC, DIRECT_LIQUID_COOLING, IMMERSION, SEAWATER};
        p.add(only(number(CoolingInputs.CHILLER_MIN_PART_LOAD, "", 0, 0.6, "share of one chiller's capacity",
                "lowest load of a running chiller; below it the chiller false-loads (hot-gas bypass)",
                byLevel(new Default(0.25, CHILLER_MIN_LOAD), new Default(0.15, CHILLER_MIN_LOAD),
                        new Default(0.10, CHILLER_MIN_LOAD))), waterCooledChillers));
        p.add(only(number(CoolingInputs.CHILLER_RATED_KW_PER_RT, "kW/RT", 0.3, 2.0, "kW per refrigeration ton",
                "chiller (or DX unit) efficiency at the AHRI 550/590 full-load rating: 29.44 C condenser water or"
                        + " 35 C outdoor air, 6.67 C chilled water (DX: gross rated COP)",
                DefaultRule.derived(ParameterCatalogue::ratedKwPerRt)), compressors));
        p.add(only(number(CoolingInputs.CHILLER_RATED_COP, "", 1.5, 12, "COP at the AHRI 550/590 rating",
                "the same efficiency as a COP (3.51685 / kW per RT); give either",
                DefaultRule.derived(resolved -> resolved.get(CoolingInputs.CHILLER_RATED_KW_PER_RT).map(kwPerRt -> new Default(
                        dcplanner.energy.ChillerModels.KW_PER_REFRIGERATION_TON / kwPerRt,
                        Source.of("3.51685 / chiller_rated_kw_per_rt", "", "high"))).orElse(null))), compressors));
        p.add(number(CoolingInputs.CHILLER_COP_ADJUSTMENT, "", -0.6, 0.5, "relative COP deviation",
                "relative deviation of chiller or DX COP from the rated one (e.g. -0.1 for fouling or age)",
                DefaultRule.constant(0.0, Source.of("the rated COP as is; base curves: Lei & Masanet (2020)"
                        + " water-cooled regression, EnergyPlus Carrier 30XA air-cooled chiller, EnergyPlus Liebert DSE"
                        + " CRAC, scaled to the rated COP", "2020", "medium"))));
        p.add(only(number(CoolingInputs.CHILLER_WARM_WATER_CREDIT, "", 0, 1, "share of the Carnot gain",
                "share of the second-law COP gain credited for chilled water (DX: return air) warmer than the"
                        + " rating point; capped at 15.6 C leaving water and a 10 K minimum lift; 0 = base curves as"
                        + " published", DefaultRule.constant(dcplanner.energy.ChillerModels.DEFAULT_WARM_WATER_CREDIT,
                        WARM_WATER_CREDIT)), compressors));
        p.add(number(CoolingInputs.FAN_MIN_SPEED, "", 0.1, 1.0, "share of design flow",
                "lowest speed of air-handler, tower and dry-cooler fans (1 = constant speed); above it"
                        + " variable-speed fans follow the ASHRAE 90.1 Appendix G part-load curve",
                byLevel(new Default(1.0, CONSTANT_SPEED), new Default(0.4, FAN_CURVE_MIN),
                        new Default(0.3, BEST_MIN_SPEED))));
        p.add(only(number(CoolingInputs.PUMP_MIN_FLOW, "", 0.1, 1.0, "share of design flow",
                "lowest flow of chilled-water, condenser and liquid-loop pumps (1 = constant flow)",
                byLevel(new Default(1.0, CONSTANT_SPEED), new Default(0.5, PUMP_MIN_FLOW),
                        new Default(0.3, BEST_MIN_SPEED))), chilledWater));

        // ---- cooling: towers and water ---------------------------------------------------------------
        CoolingTechnology[] towers = {WATER_COOLED_CHILLER, WATER_COOLED_CHILLER_WSE, AIRSIDE_ECONOMISER_ADIABATIC,
            DIRECT_LIQUID_COOLING, IMMERSION};
        p.add(only(number(CoolingInputs.TOWER_APPROACH_K, "K", 1, 10, "cooling tower approach to wet bulb",
                "cooling tower approach to the outdoor wet bulb", DefaultRule.constant(4.75, LM2022_ALL)), towers));
        p.add(only(number(CoolingInputs.TOWER_RANGE_K, "K", 2, 12, "condenser water range",
                "condenser-water temperature range through the towers", DefaultRule.constant(5.0, LM2022_ALL)),
                towers));
        p.add(only(number(CoolingInputs.TOWER_FAN_PRESSURE_PA, "Pa", 50, 600, "tower fan pressure",
                "cooling tower fan pressure rise", byClass(250, 250, 300, 300)), towers));
        p.add(only(number(CoolingInputs.TOWER_FAN_EFFICIENCY, "", 0.3, 0.95, "fan efficiency",
                "cooling tower fan efficiency", byClass(0.775, 0.775, 0.70, 0.675)), towers));
        p.add(only(number(CoolingInputs.TOWER_LIQUID_GAS_RATIO, "", 0.2, 5, "water over air mass flow",
                "liquid-to-gas (water over air) mass flow ratio of the towers", byClass(2.1, 2.1, 1.1, 1.1)),
                towers));
        p.add(only(number(CoolingInputs.CONDENSER_PUMP_PRESSURE_PA, "Pa", 2e4, 6e5, "pump pressure",
                "condenser (tower) water pump pressure rise", DefaultRule.constant(208650.0, LM2022_ALL)),
                towers));
        p.add(only(number(CoolingInputs.CONDENSER_PUMP_EFFICIENCY, "", 0.3, 0.95, "pump efficiency",
                "condenser water pump efficiency", DefaultRule.constant(0.7, LM2022_ALL)), towers));
        p.add(only(new Parameter.Builder(WaterInputs.CYCLES_OF_CONCENTRATION).group(Group.WATER)
                .range(1.5, 20, "dissolved solids in the basin over the make-up water")
                .describe("cycles of concentration of the tower water (sets the blowdown)")
                .byDefault(9.0, Source.of("MODEL.md section 4 / Lei & Masanet: cycles 3-15: middle", "2022",
                        "medium")).build(), towers));
        p.add(only(new Parameter.Builder(WaterInputs.DRIFT_FRACTION).group(Group.WATER)
                .range(0, 0.005, "fraction of the circulating water")
                .describe("tower drift as a fraction of the circulating water")
                .byDefault(0.00008, ENERGYPLUS_DRIFT).build(), towers));

        // ---- cooling: liquid loop -----------------------------------------------------------------
        p.add(new Parameter.Builder(CoolingInputs.LIQUID_SHARE).range(0.3, 0.95, "share of IT heat")
                .describe("share of IT heat captured by the direct-to-chip liquid loop (immersion: all)")
                .byDefault(0.75, LIQUID_SHARE).onlyFor(DIRECT_LIQUID_COOLING).build());
        p.add(liquid(number(CoolingInputs.LIQUID_SUPPLY_C, "C", 15, 50, "ASHRAE W17-W45 facility water classes",
                "facility water supply temperature of the liquid loop", DefaultRule.constant(32.0, W32))));
        p.add(liquid(number(CoolingInputs.LIQUID_DT_K, "K", 2, 15, "loop temperature rise",
                "temperature rise of the liquid loop", DefaultRule.constant(7.5, LM2022_ALL))));
        p.add(liquid(number(CoolingInputs.LIQUID_PUMP_PRESSURE_PA, "Pa", 2e4, 6e5, "pump pressure",
                "liquid loop pump pressure rise (facility and technology cooling loops)",
                DefaultRule.constant(143650.0, LM2022_ALL))));
        p.add(liquid(number(CoolingInputs.LIQUID_PUMP_EFFICIENCY, "", 0.3, 0.95, "pump efficiency",
                "liquid loop pump efficiency", DefaultRule.constant(0.7, LM2022_ALL))));
        p.add(liquid(number(CoolingInputs.DRY_COOLER_APPROACH_K, "K", 3, 20, "leaving water above dry bulb",
                "dry cooler approach: leaving water above the outdoor dry bulb",
                DefaultRule.constant(10.0, MDPI_DRY_COOLER))));
        p.add(liquid(number(CoolingInputs.DRY_COOLER_AIR_DT_K, "K", 3, 25, "air temperature rise",
                "air temperature rise through the dry coolers (sets their air flow)",
                DefaultRule.constant(10.0, Source.assumption("no published figure found; air heated about as"
                        + " much as the approach")))));
        p.add(liquid(number(CoolingInputs.DRY_COOLER_FAN_PRESSURE_PA, "Pa", 50, 500, "fan pressure",
                "dry cooler fan pressure rise", DefaultRule.constant(150.0, Source.assumption(
                        "typical axial fan pressure; no published figure found")))));
        p.add(liquid(number(CoolingInputs.DRY_COOLER_FAN_EFFICIENCY, "", 0.2, 0.9, "fan efficiency",
                "dry cooler fan efficiency", DefaultRule.constant(0.5, Source.assumption(
                        "axial fan with motor; no published figure found")))));

        // ---- cooling: sea water -------------------------------------------------------------------
        p.add(sea(number(CoolingInputs.SEA_TEMPERATURE_C, "C", 5, 35, "sea surface temperature",
                "sea water temperature at the intake (annual mean)", DefaultRule.constant(29.2, SEA_MALACCA))));
        p.add(sea(number(CoolingInputs.SEA_DT_K, "K", 2, 15, "sea water temperature rise",
                "sea water temperature rise through the heat exchangers",
                DefaultRule.constant(7.5, Source.of("Lei & Masanet (2020) seawater model range 5-10 K: middle",
                        "2020", "medium")))));
        p.add(sea(number(CoolingInputs.SEA_PUMP_HEAD_M, "m", 5, 200, "pump head",
                "sea water pump head", DefaultRule.constant(90.0, Source.of("MODEL.md / Lei & Masanet (2020):"
                        + " pump head 30-150 m: middle", "2020", "medium")))));
        p.add(sea(number(CoolingInputs.SEA_PUMP_EFFICIENCY, "", 0.3, 0.95, "pump efficiency", "sea water pump efficiency",
                DefaultRule.constant(0.7, LM2022_ALL))));
        p.addAll(new EconomicParameters(reference, lookup).declare());
        return new ParameterCatalogue(p);
    }

    /** The design levels, least to most efficient. */
    public static final List<String> DESIGN_LEVELS = List.of("legacy", "typical", "best-practice");

    /** A default by design level. */
    private static DefaultRule byLevel(Default legacy, Default typical, Default bestPractice) {
        return DefaultRule.derived(resolved -> switch (resolved.require(SiteInputs.DESIGN_LEVEL)) {
            case "legacy" -> legacy;
            case "best-practice" -> bestPractice;
            default -> typical;
        });
    }

    /** The technology's default at the typical level, fixed values at the other two. */
    private static DefaultRule byClassAndLevel(DefaultRule typical, double legacy, double bestPractice) {
        return DefaultRule.derived(resolved -> switch (resolved.require(SiteInputs.DESIGN_LEVEL)) {
            case "legacy" -> new Default(legacy, LM_RANGE_QUARTILES);
            case "best-practice" -> new Default(bestPractice, LM_RANGE_QUARTILES);
            default -> typical.resolve(resolved).orElse(null);
        });
    }

    /** The technology's default, but at most {@code legacyMax} at the legacy level. */
    private static DefaultRule legacyAtMost(DefaultRule typical, double legacyMax, Source legacySource) {
        return DefaultRule.derived(resolved -> {
            Default value = typical.resolve(resolved).orElse(null);
            return "legacy".equals(resolved.require(SiteInputs.DESIGN_LEVEL)) && value != null
                    && (Double) value.value() > legacyMax ? new Default(legacyMax, legacySource) : value;
        });
    }

    /** Rated chiller (DX) efficiency, kW/RT, by technology and design level. */
    private static Default ratedKwPerRt(Scenario.Partial resolved) {
        String level = resolved.require(SiteInputs.DESIGN_LEVEL);
        int index = DESIGN_LEVELS.indexOf(level);
        double rt = dcplanner.energy.ChillerModels.KW_PER_REFRIGERATION_TON;
        double[] airCooledCop = {2.80, 2.96, 3.10};
        Source[] sources = {ASHRAE901_2004, ASHRAE901_2019, BEST_CHILLERS};
        CoolingTechnology technology = resolved.technology() == null ? WATER_COOLED_CHILLER : resolved.technology();
        return switch (technology) {
            case AIR_COOLED_CHILLER -> new Default(rt / airCooledCop[index], sources[index]);
            case DX_CRAC -> new Default(rt / new double[] {2.2, 2.5, 3.0}[index], DX_NSENCOP);
            case DIRECT_LIQUID_COOLING, IMMERSION -> resolved.require(CoolingInputs.LIQUID_HEAT_REJECTION).equals("dry-cooler")
                    ? new Default(rt / airCooledCop[index], sources[index])
                    : new Default(new double[] {0.576, 0.560, 0.47}[index], sources[index]);
            default -> new Default(new double[] {0.576, 0.560, 0.47}[index], sources[index]);
        };
    }

    private static Parameter upsLoss(Input<Double> name, String description, double legacy, double modern, double eco) {
        return new Parameter.Builder(name).group(Group.ELECTRICAL).range(0, 0.2, "fraction")
                .describe(description + "; default from ups_type")
                .byDefault(DefaultRule.derived(resolved -> switch (resolved.require(ElectricalInputs.UPS_TYPE)) {
                    case "legacy-double-conversion" -> new Default(legacy, UPS_LEGACY);
                    case "eco-mode" -> new Default(eco, UPS_ECO);
                    default -> new Default(modern, UPS_MODERN);
                })).build();
    }

    private static Parameter number(Input<Double> name, String unit, double min, double max, String rangeNote,
            String description, DefaultRule rule) {
        return new Parameter.Builder(name).unit(unit).range(min, max, rangeNote).describe(description)
                .byDefault(rule).build();
    }

    private static Parameter only(Parameter parameter, CoolingTechnology... technologies) {
        return parameter.onlyFor(java.util.EnumSet.copyOf(List.of(technologies)));
    }

    private static Parameter aeOnly(Parameter parameter) {
        return only(parameter, AIRSIDE_ECONOMISER_ADIABATIC);
    }

    private static Parameter liquid(Parameter parameter) {
        return only(parameter, DIRECT_LIQUID_COOLING, IMMERSION);
    }

    private static Parameter sea(Parameter parameter) {
        return only(parameter, SEAWATER);
    }

    /**
     * A default by size class of the technology's Lei and Masanet (2022) case: the air-side
     * economiser (case 1), the other large water-cooled plants (case 2), the air-cooled chiller
     * (midsize, case 7) and DX (small, case 10).
     */
    private static DefaultRule byClass(double airsideEconomiser, double largeWaterCooled, double airCooled,
            double dx) {
        Map<CoolingTechnology, Default> values = new EnumMap<>(CoolingTechnology.class);
        values.put(AIRSIDE_ECONOMISER_ADIABATIC, new Default(airsideEconomiser, LM2022_LARGE_AE));
        values.put(AIR_COOLED_CHILLER, new Default(airCooled, LM2022_MIDSIZE));
        values.put(DX_CRAC, new Default(dx, LM2022_SMALL_DX));
        return DefaultRule.byTechnology(values, new Default(largeWaterCooled, LM2022_LARGE_WSE));
    }

    /** Supply air by design level: 22 C legacy, 26 C typical (SS 697), 27 C best-practice. */
    private static DefaultRule supplyAirByLevel() {
        return byLevel(new Default(22.0, SUPPLY_BY_LEVEL), new Default(26.0, SS697),
                new Default(27.0, SUPPLY_BY_LEVEL));
    }

    /** The warmest chilled-water set-point the default follows supply air up to (CHW_BEST). */
    static final double CHILLED_WATER_SET_POINT_MAX_C = 15.6;

    /**
     * The design level's chilled-water set-point (7 / 12 / 15.6 C at its default supply air of
     * 22 / 26 / 27 C), moved by as many kelvin as supply_air_c is set above or below that default:
     * raising the supply air lets the plant raise its chilled water with it (Schneider Electric WP227),
     * which is where the energy saving of warmer supply air comes from. Never above 15.6 C, the upper
     * end of standard chillers' leaving-water range (CHW_BEST), and never below 4 C.
     */
    private static DefaultRule chilledWaterFollowsSupplyAir() {
        DefaultRule atLevel = byLevel(new Default(7.0, CHW_LEGACY), new Default(12.0, CHW_TYPICAL),
                new Default(CHILLED_WATER_SET_POINT_MAX_C, CHW_BEST));
        DefaultRule levelSupplyAir = supplyAirByLevel();
        return DefaultRule.derived(partial -> {
            Default level = atLevel.resolve(partial).orElse(null);
            Default levelAir = levelSupplyAir.resolve(partial).orElse(null);
            double supplyAirC = partial.get(CoolingInputs.SUPPLY_AIR_C).orElse(Double.NaN);
            if (level == null || levelAir == null || Double.isNaN(supplyAirC)
                    || supplyAirC == (Double) levelAir.value()) {
                return level;
            }
            double followed = Math.max(4.0, Math.min(CHILLED_WATER_SET_POINT_MAX_C,
                    (Double) level.value() + supplyAirC - (Double) levelAir.value()));
            return new Default(followed, Source.of("follows supply_air_c: the design level's set-point "
                    + level.value() + " C at " + levelAir.value() + " C supply air, moved by the same kelvin as"
                    + " the supply air (Schneider Electric WP227), at most " + CHILLED_WATER_SET_POINT_MAX_C
                    + " C (upper end of standard chillers' leaving-water range)", "2016", "low"));
        });
    }

    /**
     * 18 C (ASHRAE recommended lower limit), or supply_air_c when that is set lower (the documented
     * range of supply_air_c reaches 15 C): the lowest supply temperature cannot exceed the highest.
     */
    private static DefaultRule supplyAirMinimum() {
        return DefaultRule.derived(partial -> {
            double supplyAirC = partial.get(CoolingInputs.SUPPLY_AIR_C).orElse(18.0);
            return supplyAirC >= 18.0 ? new Default(18.0, ASHRAE_RECOMMENDED) : new Default(supplyAirC, Source.of(
                    "follows supply_air_c, set below the ASHRAE recommended lower limit of 18 C", "", "user"));
        });
    }
}
