package dcplanner.scenario;

import dcplanner.economics.CapitalCost;
import dcplanner.energy.CoolingTechnology;
import dcplanner.scenario.DefaultRule.Default;

/**
 * Capital cost of the cooling (mechanical) and electrical plant of each cooling technology and
 * design level, as multipliers of the calibration build's (a chilled-water plant: the builds the
 * published construction costs per MW are for). Only published comparisons are used; where none
 * was found the fallback is named and its confidence is low.
 */
final class CoolingCapex {

    /**
     * Schneider Electric WP132 (Economizer Modes of Data Center Cooling Systems), capital cost of
     * the whole cooling system per watt of IT load, as summarised on Schneider's blog (2012): chilled
     * water with a heat-exchanger (water-side) economiser and towers USD 3.0/W, direct fresh air with
     * evaporative assist USD 2.2/W, CRAC units with a second (economiser) coil USD 2.0/W.
     */
    static final double WP132_CHILLED_WATER_WITH_ECONOMISER_USD_PER_W = 3.0;
    static final double WP132_FRESH_AIR_EVAPORATIVE_USD_PER_W = 2.2;
    static final double WP132_DX_CRAC_SECOND_COIL_USD_PER_W = 2.0;

    /**
     * Turner &amp; Townsend Data Centre Construction Cost Index 2025-2026: AI-ready (high-density,
     * liquid-cooled) data centres cost 7-10 % more to build than traditional ones of the same IT
     * capacity (USA): middle, as a share of the whole construction cost.
     */
    static final double LIQUID_COOLED_CONSTRUCTION_PREMIUM = 0.085;

    /**
     * Natural Resources Canada, high-efficiency unitary air conditioners (19-73 kW): price premium
     * 20-30 % over standard-efficiency models: middle.
     */
    static final double HIGH_EFFICIENCY_PREMIUM = 0.25;

    private static final Source REFERENCE = Source.of("the calibration build: published construction costs per MW"
            + " are for chilled-water builds (Cushman & Wakefield 2025: 'air- or water-cooled'), so 1", "2025",
            "medium");
    private static final Source WP132 = Source.of("Schneider Electric WP132 via Schneider blog: cooling system capital"
            + " cost USD 3.0/W chilled water + water-side economiser, 2.2/W fresh air + evaporative assist, 2.0/W CRAC"
            + " with economiser coil (our DX has none: an upper bound); ratio to the chilled-water plant", "2012",
            "medium");
    private static final Source WP132_FALLBACK_WSE = Source.of("fallback: Schneider WP132 costs the chilled-water plant"
            + " with its water-side economiser (USD 3.0/W); no published cost without the economiser found, so the"
            + " same as the chilled-water plant", "2012", "low");
    private static final Source AIR_COOLED_FALLBACK = Source.of("fallback: no published data-centre ratio of air- to"
            + " water-cooled chiller plant cost found (CSE magazine 2020: water-cooled plants cost more up front, no"
            + " figure); published construction costs cover 'air- or water-cooled' builds, so 1", "2020", "low");
    private static final Source WP282 = Source.of("Schneider Electric WP282: a 2 MW data centre at 10 kW/rack costs"
            + " about the same with chassis immersion as air-cooled; the savings at 20-40 kW/rack come from floor"
            + " area (rack_density_kw)", "2020", "medium");
    private static final Source DIRECT_TO_CHIP = Source.of("Turner & Townsend Data Centre Construction Cost Index"
            + " 2025-2026: liquid-cooled AI-ready builds cost 7-10 % more than traditional ones of the same IT capacity"
            + " (USA): 8.5 % of the construction cost, all put on the cooling plant (27 % of it), as no split is"
            + " published: 1 + 0.085 / 0.27; HVAC.best (2026) gives direct-to-chip +10-15 % of the cooling cost alone",
            "2025", "medium");
    private static final Source SEAWATER_FALLBACK = Source.of("fallback: no published capital cost of a shallow-intake"
            + " seawater-cooled chiller plant found (seawater air-conditioning studies, e.g. Hunt et al., Energy 2019,"
            + " cost deep-water pipelines); taken as the chilled-water plant", "2019", "low");
    private static final Source BEST_PRACTICE = Source.of("Natural Resources Canada: high-efficiency unitary air"
            + " conditioners cost 20-30 % more than standard ones: middle, applied to the whole cooling plant (an upper"
            + " bound: installation does not cost more)", "2015", "low");
    private static final Source LEGACY_FALLBACK = Source.of("fallback: no published price of plant at the older"
            + " minimum efficiencies found; costed as typical", "", "low");
    static final Source ELECTRICAL = Source.of("fallback: no published comparison of the electrical plant (UPS,"
            + " switchgear, generators) by cooling technology or UPS type found (transformerless UPSs are called"
            + " 'lower in cost', without a figure); the same for all (redundancy is costed separately)", "", "low");

    private CoolingCapex() {
    }

    /** Mechanical capital cost over the chilled-water plant's, and its sources. */
    static Default mechanical(Scenario.Partial resolved) {
        CoolingTechnology technology = resolved.technology() == null ? CoolingTechnology.WATER_COOLED_CHILLER
                : resolved.technology();
        Default byTechnology = byTechnology(technology);
        String level = resolved.get(SiteInputs.DESIGN_LEVEL).map(Object::toString).orElse("typical");
        double ratio = (Double) byTechnology.value();
        Source source = byTechnology.source();
        return switch (level) {
            case "best-practice" -> new Default(ratio * (1 + HIGH_EFFICIENCY_PREMIUM), combine(source, BEST_PRACTICE));
            case "legacy" -> new Default(ratio, combine(source, LEGACY_FALLBACK));
            default -> byTechnology;
        };
    }

    static Default byTechnology(CoolingTechnology technology) {
        double wp132 = WP132_CHILLED_WATER_WITH_ECONOMISER_USD_PER_W;
        return switch (technology) {
            case WATER_COOLED_CHILLER -> new Default(1.0, REFERENCE);
            case WATER_COOLED_CHILLER_WSE -> new Default(1.0, WP132_FALLBACK_WSE);
            case AIR_COOLED_CHILLER -> new Default(1.0, AIR_COOLED_FALLBACK);
            case AIRSIDE_ECONOMISER_ADIABATIC -> new Default(WP132_FRESH_AIR_EVAPORATIVE_USD_PER_W / wp132, WP132);
            case DX_CRAC -> new Default(WP132_DX_CRAC_SECOND_COIL_USD_PER_W / wp132, WP132);
            case IMMERSION -> new Default(1.0, WP282);
            case DIRECT_LIQUID_COOLING -> new Default(1.0 + LIQUID_COOLED_CONSTRUCTION_PREMIUM
                    / CapitalCost.MECHANICAL_SHARE, DIRECT_TO_CHIP);
            case SEAWATER -> new Default(1.0, SEAWATER_FALLBACK);
        };
    }

    /** Both citations; the later year; the lower confidence. */
    private static Source combine(Source technology, Source level) {
        String year = technology.year().compareTo(level.year()) >= 0 ? technology.year() : level.year();
        String confidence = "low".equals(technology.confidence()) || "low".equals(level.confidence()) ? "low"
                : technology.confidence();
        return Source.of(technology.citation() + "; design level: " + level.citation(), year, confidence);
    }
}
