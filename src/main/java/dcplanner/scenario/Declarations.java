package dcplanner.scenario;

import java.util.List;

import dcplanner.energy.CoolingTechnology;
import dcplanner.scenario.DefaultRule.Default;

/**
 * What the domain declarations ({@link SiteInputs}, {@link ElectricalInputs}, {@link CoolingInputs},
 * {@link WaterInputs}) share: the sources of their defaults and the helpers that declare a parameter.
 */
final class Declarations {

    private Declarations() {
    }

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
    static final Source LIQUID_SHARE_SOURCE = Source.of("MODEL.md section 4: direct-to-chip loops capture typically"
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
    static final Source PUMP_MIN_FLOW_SOURCE = Source.assumption("variable primary flow limited by the chillers' minimum"
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
    static final Source AIRFLOW_BYPASS_SOURCE = Source.of("0: the default air rises are cooling-unit air rises (Lei &"
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

    /** A default by design level. */
    static DefaultRule byLevel(Default legacy, Default typical, Default bestPractice) {
        return DefaultRule.derived(resolved -> switch (resolved.require(SiteInputs.DESIGN_LEVEL)) {
            case "legacy" -> legacy;
            case "best-practice" -> bestPractice;
            default -> typical;
        });
    }

    static Parameter number(Input<Double> name, String unit, double min, double max, String rangeNote,
            String description, DefaultRule rule) {
        return new Parameter.Builder(name).unit(unit).range(min, max, rangeNote).describe(description)
                .byDefault(rule).build();
    }

    static Parameter only(Parameter parameter, CoolingTechnology... technologies) {
        return parameter.onlyFor(java.util.EnumSet.copyOf(List.of(technologies)));
    }
}
