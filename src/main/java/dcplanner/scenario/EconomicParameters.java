package dcplanner.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import dcplanner.climate.Site;
import dcplanner.reference.Figure;
import dcplanner.reference.ReferenceData;
import dcplanner.reference.ReferenceRow;
import dcplanner.scenario.DefaultRule.Default;
import dcplanner.scenario.Parameter.Group;
import dcplanner.scenario.Parameter.Kind;

/**
 * The carbon, renewable and economic inputs of the catalogue. Country-dependent defaults come from
 * the bundled reference data of the scenario's country, in US dollars; where the country has no
 * figure, the stated fallback is used and every result says so.
 */
final class EconomicParameters {

    static final Source ASSUMPTION_NONE = Source.assumption("none unless set");
    static final Source CONSTANT_PRICES = Source.assumption("constant prices: money in US dollars of the first"
            + " year, no escalation unless set");
    static final Source DATASET_BASIS = Source.of("data/countries/README.md: the life-cycle basis (Our World in Data"
            + " / Ember) is the one consistent basis for all ten countries, the default for comparisons", "2024",
            "high");

    private final ReferenceData reference;
    private final SiteLookup sites;

    EconomicParameters(ReferenceData reference, SiteLookup sites) {
        this.reference = reference;
        this.sites = sites;
    }

    /** The country of a partly resolved scenario: given, or its site's. */
    static String country(Scenario.Partial partial) {
        return partial.get(SiteInputs.COUNTRY).orElse("");
    }

    private Optional<Site> site(Scenario.Partial partial) {
        return sites.site(partial);
    }

    private static Source sourceOf(Figure figure) {
        return Source.of(figure.source(), figure.year(), figure.confidence());
    }

    /** Default from a reference figure of the scenario's country (or its fallback), times {@code scale}. */
    private DefaultRule figure(String parameter, double scale) {
        return DefaultRule.derived(partial -> reference.figure(country(partial), parameter)
                .map(f -> new Default(f.value() * scale, sourceOf(f), f.fallbackNote())).orElse(null));
    }

    private static Parameter.Builder number(Input<Double> name, String unit, double min, double max, String description) {
        return new Parameter.Builder(name).unit(unit).range(min, max, "").describe(description);
    }

    private static boolean positive(Scenario.Partial partial, Input<Double> name) {
        return partial.get(name).orElse(0.0) > 0;
    }

    List<Parameter> declare() {
        List<Parameter> p = new ArrayList<>();
        // ---- carbon and renewables ----------------------------------------------------------------
        p.add(new Parameter.Builder(CarbonInputs.GRID_CARBON_BASIS).group(Group.CARBON)
                .choices(List.of("lifecycle", "national"))
                .describe("grid carbon basis: life-cycle intensity of generation (one method for all ASEAN"
                        + " countries) or the official national grid emission factor")
                .byDefault("lifecycle", DATASET_BASIS).build());
        p.add(number(CarbonInputs.GRID_CI_G_PER_KWH, "g/kWh", 0, 1500, "carbon intensity of grid electricity, on the chosen"
                + " basis").group(Group.CARBON).byDefault(DefaultRule.derived(this::gridCarbon)).build());
        p.add(number(CarbonInputs.GRID_WATER_L_PER_KWH, "L/kWh", 0, 30, "water consumed by power stations per kWh of grid"
                + " electricity (for source WUE)").group(Group.CARBON).byDefault(figure("grid_water", 1)).build());
        p.add(number(CarbonInputs.PV_KWP, "kWp", 0, 1_000_000, "on-site solar PV, DC nameplate").group(Group.CARBON)
                .byDefault(0.0, ASSUMPTION_NONE).build());
        p.add(number(CarbonInputs.PV_TILT_DEG, "deg", 0, 90, "PV tilt from horizontal").group(Group.CARBON)
                .relevantWhen(partial -> positive(partial, CarbonInputs.PV_KWP))
                .byDefault(DefaultRule.derived(partial -> site(partial).map(s -> new Default(
                        Math.max(10.0, Math.abs(s.latitudeDeg())), Source.of("tilt = latitude, at least 10 deg so"
                                + " that rain cleans the modules (design practice)", "", "medium"))).orElse(null)))
                .build());
        p.add(number(CarbonInputs.PV_AZIMUTH_DEG, "deg", 0, 360, "PV azimuth, clockwise from north (180 = facing south)")
                .group(Group.CARBON).relevantWhen(partial -> positive(partial, CarbonInputs.PV_KWP))
                .byDefault(DefaultRule.derived(partial -> site(partial).map(s -> new Default(
                        s.latitudeDeg() >= 0 ? 180.0 : 0.0, Source.of("facing the equator", "", "high")))
                        .orElse(null))).build());
        p.add(number(CarbonInputs.PV_LOSSES_PCT, "%", 0, 50, "PV system losses (soiling, wiring, mismatch, availability...)")
                .group(Group.CARBON).relevantWhen(partial -> positive(partial, CarbonInputs.PV_KWP))
                .byDefault(14.08, Source.of("Dobos, PVWatts Version 5 Manual, NREL/TP-6A20-62641 (2014): default"
                        + " loss list combined", "2014", "high")).build());
        p.add(number(CarbonInputs.PV_DC_AC_RATIO, "", 0.5, 2.0, "PV DC nameplate over inverter AC rating").group(Group.CARBON)
                .relevantWhen(partial -> positive(partial, CarbonInputs.PV_KWP))
                .byDefault(1.1, Source.of("NREL SSC pvwattsv5 default DC/AC ratio", "2014", "medium")).build());
        p.add(number(CarbonInputs.PV_CAPEX_USD_PER_KWP, "USD/kWp", 0, 5000, "PV installed cost").group(Group.CARBON)
                .relevantWhen(partial -> positive(partial, CarbonInputs.PV_KWP))
                .byDefault(876.0, Source.of("IRENA Renewable Power Generation Costs in 2022: global mean installed"
                        + " cost of utility-scale PV (read second-hand); no ASEAN country figure found", "2022",
                        "low")).build());
        p.add(number(CarbonInputs.PPA_SHARE, "", 0, 1, "share of grid electricity bought under renewable power purchase"
                + " agreements").group(Group.CARBON).byDefault(0.0, ASSUMPTION_NONE).build());
        p.add(number(CarbonInputs.CERTIFICATE_SHARE, "", 0, 1, "share of grid electricity matched by retired renewable energy"
                + " certificates").group(Group.CARBON).byDefault(0.0, ASSUMPTION_NONE).build());
        p.add(number(CarbonInputs.CERTIFICATE_PRICE_USD_PER_MWH, "USD/MWh", 0, 500, "price of renewable energy certificates")
                .group(Group.CARBON).relevantWhen(partial -> positive(partial, CarbonInputs.CERTIFICATE_SHARE))
                .byDefault(DefaultRule.derived(partial -> {
                    Figure singapore = reference.countryFigure("SGP", "certificate_price").orElseThrow();
                    return new Default(singapore.value(), sourceOf(singapore), "SGP".equals(country(partial)) ? ""
                            : "no certificate price for " + country(partial) + ": Singapore's USD "
                                    + Parameter.plain(singapore.value()) + "/MWh is used");
                })).build());
        p.add(number(CarbonInputs.HEAT_REUSE_FRACTION, "", 0, 1, "share of the rejected heat exported for reuse (ERF, ERE)")
                .group(Group.CARBON).byDefault(0.0, ASSUMPTION_NONE).build());
        p.add(number(CarbonInputs.BUILDING_EMBODIED_KG_PER_KW, "kgCO2e/kW", 0, 20000, "embodied carbon of building and"
                + " mechanical and electrical plant per kW of IT capacity").group(Group.CARBON)
                .byDefault(980.0, Source.of("Data4 / APL life-cycle assessment of a 5 MW data centre (Jan 2026,"
                        + " press coverage): materials and equipment 39% of 12.6 ktCO2e over 20 years, per MW"
                        + " (computed; servers excluded)", "2026", "low")).build());
        p.add(number(CarbonInputs.IT_EMBODIED_KG_PER_KW, "kgCO2e/kW", 0, 20000, "embodied carbon of IT equipment per kW of IT"
                + " capacity, for each generation").group(Group.CARBON)
                .byDefault(2900.0, Source.of("Dell PowerEdge R740 product carbon footprint: manufacturing 1,313"
                        + " kgCO2e (Boavizta transcription) over its full-load draw of 457 W (SPECpower); computed",
                        "2019", "low")).build());
        p.add(number(CarbonInputs.IT_REFRESH_YEARS, "years", 1, 15, "years between IT equipment renewals").group(Group.CARBON)
                .byDefault(5.0, Source.of("server useful lives: Amazon and Meta 5 years, Microsoft and Google 6"
                        + " (company filings as reported); product footprints assume 4", "2024", "medium")).build());

        // ---- tariffs and prices --------------------------------------------------------------------
        p.add(number(EconomicInputs.TARIFF_USD_PER_KWH, "USD/kWh", 0, 2, "electricity tariff (energy charge)")
                .group(Group.ECONOMICS).byDefault(figure("electricity_tariff", 1)).build());
        p.add(new Parameter.Builder(EconomicInputs.TARIFF_STRUCTURE).group(Group.ECONOMICS)
                .choices(List.of("flat", "time-of-use")).describe("flat energy price, or peak and off-peak prices")
                .byDefault("flat", Source.assumption("flat unless set; time-of-use rates are published for"
                        + " Malaysia and Viet Nam")).build());
        p.add(touNumber(EconomicInputs.TARIFF_PEAK_USD_PER_KWH, "USD/kWh", 0, 2, "electricity price in the peak window",
                "electricity_tariff_peak"));
        p.add(touNumber(EconomicInputs.TARIFF_OFFPEAK_USD_PER_KWH, "USD/kWh", 0, 2, "electricity price outside the peak window",
                "electricity_tariff_offpeak"));
        p.add(touNumber(EconomicInputs.TARIFF_PEAK_START_HOUR, "h", 0, 24, "start of the daily peak window, hours after midnight",
                "tou_peak_start"));
        p.add(touNumber(EconomicInputs.TARIFF_PEAK_END_HOUR, "h", 0, 24, "end of the daily peak window, hours after midnight",
                "tou_peak_end"));
        p.add(new Parameter.Builder(EconomicInputs.TARIFF_PEAK_DAYS).group(Group.ECONOMICS)
                .choices(List.of("weekdays", "mon-sat", "all")).describe("days the peak window applies on")
                .relevantWhen(EconomicParameters::timeOfUse)
                .byDefault(DefaultRule.derived(partial -> reference.figure(country(partial), "tou_peak_days")
                        .map(f -> new Default(f.value() >= 7 ? "all" : f.value() >= 6 ? "mon-sat" : "weekdays",
                                sourceOf(f), f.fallbackNote())).orElse(null))).build());
        p.add(number(EconomicInputs.DEMAND_CHARGE_USD_PER_KW_MONTH, "USD/kW-month", 0, 200, "charge on each month's highest"
                + " hourly demand").group(Group.ECONOMICS).byDefault(DefaultRule.derived(partial ->
                        reference.countryFigure(country(partial), "electricity_demand_charge")
                                .map(f -> new Default(f.value(), sourceOf(f)))
                                .orElse(new Default(0.0, Source.of("no published demand charge for " + country(partial)
                                        + ": energy-only tariff", "", "low"))))).build());
        p.add(number(EconomicInputs.PPA_PRICE_USD_PER_KWH, "USD/kWh", 0, 2, "price of electricity bought under power purchase"
                + " agreements").group(Group.ECONOMICS).relevantWhen(partial -> positive(partial, CarbonInputs.PPA_SHARE))
                .byDefault(DefaultRule.derived(this::ppaPrice)).build());
        p.add(number(EconomicInputs.TARIFF_ESCALATION, "1/year", -0.1, 0.2, "real yearly change of electricity prices")
                .group(Group.ECONOMICS).byDefault(0.0, CONSTANT_PRICES).build());
        p.add(number(EconomicInputs.WATER_TARIFF_USD_PER_M3, "USD/m3", 0, 20, "water tariff").group(Group.ECONOMICS)
                .byDefault(DefaultRule.derived(this::waterTariff)).build());
        p.add(new Parameter.Builder(EconomicInputs.CARBON_PRICE_USD_PER_T).group(Group.ECONOMICS).unit("USD/t")
                .range(0, 1000, "").describe("carbon price on market-based emissions, by calendar year")
                .byDefault(DefaultRule.derived(this::carbonPrice)).build());

        // ---- capital cost --------------------------------------------------------------------------
        p.add(number(EconomicInputs.CONSTRUCTION_COST_USD_PER_MW, "USD/MW", 1e5, 1e8, "construction cost per MW of IT capacity"
                + " (excluding land) of a 20 MW Tier III air- or water-cooled build").group(Group.ECONOMICS)
                .byDefault(figure("capex_per_mw", 1e6)).build());
        p.add(number(EconomicInputs.LAND_COST_USD_PER_M2, "USD/m2", 0, 100000, "land price").group(Group.ECONOMICS)
                .byDefault(figure("land_cost", 1)).build());
        p.add(number(EconomicInputs.LAND_AREA_M2_PER_MW, "m2/MW", 0, 100000, "site area per MW of IT capacity")
                .group(Group.ECONOMICS).byDefault(809.4, Source.of("Cushman & Wakefield APAC 2025 capex benchmark:"
                        + " a multi-level hyperscale 50 MW on 10 acres", "2025", "medium")).build());
        p.add(number(EconomicInputs.RACK_DENSITY_KW, "kW/rack", 1, 200, "average IT power per rack (floor area, shell and"
                + " fit-out cost)").group(Group.ECONOMICS).byDefault(EconomicInputs.REFERENCE_RACK_DENSITY_KW,
                        Source.of("Uptime Institute 2024 survey: average below 8-10 kW/rack; AFCOM 2024: about 12"
                                + " kW/rack", "2024", "medium"))
                .build());
        p.add(number(EconomicInputs.CAPEX_SCALE_EXPONENT, "", 0.3, 1.5, "capital cost grows with capacity to this power (1:"
                + " linear)").group(Group.ECONOMICS).byDefault(1.0, Source.assumption("linear: data centres are"
                        + " built in repeated modules; no published ASEAN scale curve found")).build());
        p.add(number(EconomicInputs.MECHANICAL_CAPEX_MULTIPLIER, "", 0.2, 3, "mechanical (cooling) cost of this technology and"
                + " design level over a chilled-water plant's (the calibration build's)").group(Group.ECONOMICS)
                .byDefault(DefaultRule.derived(CoolingCapex::mechanical)).build());
        p.add(number(EconomicInputs.ELECTRICAL_CAPEX_MULTIPLIER, "", 0.2, 3, "electrical plant cost (UPS, switchgear, generators)"
                + " over the calibration build's, before the redundancy factor").group(Group.ECONOMICS)
                .byDefault(1.0, CoolingCapex.ELECTRICAL).build());

        // ---- other costs and the study period --------------------------------------------------------
        p.add(number(EconomicInputs.MAINTENANCE_FRACTION, "1/year", 0, 0.2, "yearly maintenance cost as a share of the"
                + " construction cost").group(Group.ECONOMICS).byDefault(0.0, Source.assumption(
                        "not included unless set: no published figure found")).build());
        p.add(number(EconomicInputs.STAFF_COST_USD_PER_YEAR, "USD/year", 0, 1e9, "yearly staff cost (24/7 cover needs at least"
                + " two people a shift, about 8.4 FTE)").group(Group.ECONOMICS).byDefault(0.0, Source.assumption(
                        "not included unless set: no ASEAN salary figure found")).build());
        p.add(number(EconomicInputs.INSURANCE_FRACTION, "1/year", 0, 0.1, "yearly insurance as a share of the construction cost")
                .group(Group.ECONOMICS).byDefault(0.0, Source.assumption("not included unless set: no published"
                        + " premium rate found")).build());
        p.add(number(EconomicInputs.COST_ESCALATION, "1/year", -0.1, 0.2, "real yearly change of other costs and rents")
                .group(Group.ECONOMICS).byDefault(0.0, CONSTANT_PRICES).build());
        p.add(number(EconomicInputs.BATTERY_LIFE_YEARS, "years", 0, 30, "UPS battery life (0: never replaced)")
                .group(Group.ECONOMICS).byDefault(4.0, Source.of("valve-regulated lead-acid UPS batteries: 3-6"
                        + " years in service (vendor sources)", "2024", "low")).build());
        p.add(number(EconomicInputs.BATTERY_COST_FRACTION, "", 0, 0.5, "cost of one set of UPS batteries as a share of the"
                + " electrical capital cost").group(Group.ECONOMICS).byDefault(0.01, Source.of("VRLA batteries USD"
                        + " 100-300/kWh (vendor) for about 10 minutes of autonomy, about USD 34 per kW: about 1% of"
                        + " the electrical cost (computed)", "2024", "low")).build());
        p.add(number(EconomicInputs.MECHANICAL_LIFE_YEARS, "years", 0, 60, "life of the cooling plant before replacement (0:"
                + " never)").group(Group.ECONOMICS).byDefault(23.0, Source.of("ASHRAE HVAC Applications median"
                        + " service life of centrifugal chillers (23 years)", "2007", "medium")).build());
        p.add(new Parameter.Builder(EconomicInputs.START_YEAR).group(Group.ECONOMICS).range(2000, 2100, "")
                .describe("calendar year construction starts (carbon price schedule)")
                .byDefault(2027.0, Source.assumption("construction starts next year")).build());
        p.add(new Parameter.Builder(EconomicInputs.CONSTRUCTION_YEARS).group(Group.ECONOMICS).unit("years")
                .range(0, 10, "").describe("years of construction before operation (capital spent evenly)")
                .byDefault(2.0, Source.assumption("typical build time; set the proposal's")).build());
        p.add(new Parameter.Builder(EconomicInputs.OPERATING_YEARS).group(Group.ECONOMICS).unit("years")
                .range(1, 60, "").describe("years of operation in the study period")
                .byDefault(20.0, Source.assumption("20-year horizon, as in published data-centre LCAs")).build());
        p.add(new Parameter.Builder(EconomicInputs.RAMP).group(Group.ECONOMICS).range(0.01, 1, "utilisation")
                .describe("IT utilisation of the first operating years, one value a year (then 'utilisation')")
                .build());
        p.add(number(EconomicInputs.DISCOUNT_RATE, "1/year", 0, 0.3, "discount rate (cost of capital)").group(Group.ECONOMICS)
                .byDefault(figure("discount_rate", 1)).build());
        p.add(number(EconomicInputs.RESIDUAL_VALUE_FRACTION, "", 0, 1, "value of the built assets at the end of the study, as a"
                + " share of the construction cost (land keeps its full value)").group(Group.ECONOMICS)
                .byDefault(0.0, Source.assumption("none: plant and building are taken as worn out")).build());
        p.add(number(EconomicInputs.REVENUE_USD_PER_KW_MONTH, "USD/kW-month", 0, 2000, "rent per utilised kW per month (gives"
                + " IRR and payback)").group(Group.ECONOMICS).build());
        return p;
    }

    private static boolean timeOfUse(Scenario.Partial partial) {
        return partial.get(EconomicInputs.TARIFF_STRUCTURE).map("time-of-use"::equals).orElse(false);
    }

    /** A time-of-use input: the country's figure, else the flat tariff / Malaysia's window, stated. */
    private Parameter touNumber(Input<Double> name, String unit, double min, double max, String description,
            String parameter) {
        return number(name, unit, min, max, description).group(Group.ECONOMICS)
                .relevantWhen(EconomicParameters::timeOfUse)
                .byDefault(DefaultRule.derived(partial -> {
                    String country = country(partial);
                    Optional<Figure> own = reference.countryFigure(country, parameter);
                    if (own.isPresent()) {
                        return new Default(own.get().value(), sourceOf(own.get()));
                    }
                    if (parameter.startsWith("electricity_tariff")) {
                        double flat = partial.get(EconomicInputs.TARIFF_USD_PER_KWH).orElse(0.0);
                        return new Default(flat, Source.of("the flat tariff (no time-of-use rates published for "
                                + country + ")", "", "low"), "no time-of-use rates for " + country
                                + ": peak and off-peak prices equal the flat tariff");
                    }
                    Figure malaysia = reference.countryFigure("MYS", parameter).orElseThrow();
                    return new Default(malaysia.value(), sourceOf(malaysia), "no time-of-use window published for "
                            + country + ": Malaysia's is used");
                })).build();
    }

    private Default gridCarbon(Scenario.Partial partial) {
        String country = country(partial);
        boolean national = partial.get(CarbonInputs.GRID_CARBON_BASIS).map("national"::equals).orElse(false);
        if (national) {
            Optional<Figure> official = reference.countryFigure(country, "grid_ef_national");
            if (official.isPresent()) {
                return new Default(official.get().value(), sourceOf(official.get()));
            }
            Optional<Figure> lifecycle = reference.countryFigure(country, "grid_ci_lifecycle");
            if (lifecycle.isPresent()) {
                return new Default(lifecycle.get().value(), sourceOf(lifecycle.get()), "no official national grid"
                        + " emission factor for " + country + ": its life-cycle intensity (Our World in Data / Ember) is"
                        + " used instead");
            }
        }
        return reference.figure(country, "grid_ci_lifecycle")
                .map(f -> new Default(f.value(), sourceOf(f), f.fallbackNote())).orElse(null);
    }

    private Default ppaPrice(Scenario.Partial partial) {
        String country = country(partial);
        double tariff = partial.get(EconomicInputs.TARIFF_USD_PER_KWH).orElse(0.0);
        Optional<Figure> premium = reference.countryFigure(country, "green_tariff_premium");
        if (premium.isPresent()) {
            return new Default(tariff + premium.get().value(), sourceOf(premium.get()));
        }
        Optional<Figure> green = reference.countryFigure(country, "green_tariff");
        if (green.isPresent()) {
            return new Default(green.get().value(), sourceOf(green.get()));
        }
        return new Default(tariff, Source.of("the grid tariff (no published green tariff or PPA price for " + country
                + ")", "", "low"), "no published PPA price for " + country + ": the grid tariff is used");
    }

    private Default waterTariff(Scenario.Partial partial) {
        String country = country(partial);
        for (String parameter : List.of("water_tariff", "water_tariff_industrial")) {
            Optional<Figure> own = reference.countryFigure(country, parameter);
            if (own.isPresent()) {
                return new Default(own.get().value(), sourceOf(own.get()));
            }
        }
        Figure median = reference.regionalMedian("water_tariff_industrial").orElseThrow();
        return new Default(median.value(), sourceOf(median), "no water tariff for " + country + ": "
                + median.source() + " is used");
    }

    private Default carbonPrice(Scenario.Partial partial) {
        String country = country(partial);
        TreeMap<Integer, Double> schedule = reference.carbonPriceSchedule(country);
        if (!schedule.isEmpty()) {
            return new Default(schedule, Source.of("Singapore Carbon Pricing Act schedule: S$25 (2024-25), S$45"
                    + " (2026-27), S$50-80 by 2030 (middle, from 2030), converted at the 2024 exchange rate", "2024",
                    "high"));
        }
        List<ReferenceRow> rows = reference.rows(country, "carbon_price");
        String why = rows.isEmpty() ? "no carbon price applies to electricity in " + country
                : "no carbon price on data-centre electricity in " + country + " (" + rows.get(rows.size() - 1).note()
                        + ")";
        return new Default(new TreeMap<Integer, Double>(), Source.of(why, rows.isEmpty() ? "" : rows.get(0).year(),
                "medium"));
    }
}
