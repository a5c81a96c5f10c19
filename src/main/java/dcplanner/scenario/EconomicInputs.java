package dcplanner.scenario;

import static dcplanner.scenario.CountryDefaults.*;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;

import dcplanner.economics.CapexInputs;
import dcplanner.economics.LifecycleInputs;
import dcplanner.economics.OperatingYear;
import dcplanner.economics.Tariff;
import dcplanner.scenario.DefaultRule.Default;
import dcplanner.scenario.Parameter.Group;

/**
  * Inputs of tariffs, contracts, capital and operating costs and the study period, and the {@link Tariff}, {@link
  * CapexInputs} and {@link LifecycleInputs} they fill.
 * The keys are typed ({@link Input}); the catalogue declares each one's parameter (unit, range, default rule,
 * source, technologies) from its key, and {@link Scenario#get(Input)} reads it without a cast.
 */
public final class EconomicInputs {

    private EconomicInputs() {
    }

    public static final Input<Double> TARIFF_USD_PER_KWH = Input.number("tariff_usd_per_kwh");
    public static final Input<String> TARIFF_STRUCTURE = Input.choice("tariff_structure");
    public static final Input<String> TARIFF_PEAK_DAYS = Input.choice("tariff_peak_days");
    public static final Input<Double> DEMAND_CHARGE_USD_PER_KW_MONTH = Input.number("demand_charge_usd_per_kw_month");
    public static final Input<Double> PPA_PRICE_USD_PER_KWH = Input.number("ppa_price_usd_per_kwh");
    public static final Input<Double> TARIFF_ESCALATION = Input.number("tariff_escalation");
    public static final Input<Double> WATER_TARIFF_USD_PER_M3 = Input.number("water_tariff_usd_per_m3");
    public static final Input<NavigableMap<Integer,
            Double>> CARBON_PRICE_USD_PER_T = Input.schedule("carbon_price_usd_per_t");
    public static final Input<Double> CONSTRUCTION_COST_USD_PER_MW = Input.number("construction_cost_usd_per_mw");
    public static final Input<Double> LAND_COST_USD_PER_M2 = Input.number("land_cost_usd_per_m2");
    public static final Input<Double> LAND_AREA_M2_PER_MW = Input.number("land_area_m2_per_mw");
    public static final Input<Double> RACK_DENSITY_KW = Input.number("rack_density_kw");
    public static final Input<Double> CAPEX_SCALE_EXPONENT = Input.number("capex_scale_exponent");
    public static final Input<Double> MECHANICAL_CAPEX_MULTIPLIER = Input.number("mechanical_capex_multiplier");
    public static final Input<Double> ELECTRICAL_CAPEX_MULTIPLIER = Input.number("electrical_capex_multiplier");
    public static final Input<Double> MAINTENANCE_FRACTION = Input.number("maintenance_fraction");
    public static final Input<Double> STAFF_COST_USD_PER_YEAR = Input.number("staff_cost_usd_per_year");
    public static final Input<Double> INSURANCE_FRACTION = Input.number("insurance_fraction");
    public static final Input<Double> COST_ESCALATION = Input.number("cost_escalation");
    public static final Input<Double> BATTERY_LIFE_YEARS = Input.number("battery_life_years");
    public static final Input<Double> BATTERY_COST_FRACTION = Input.number("battery_cost_fraction");
    public static final Input<Double> MECHANICAL_LIFE_YEARS = Input.number("mechanical_life_years");
    public static final Input<Integer> START_YEAR = Input.integer("start_year");
    public static final Input<Integer> CONSTRUCTION_YEARS = Input.integer("construction_years");
    public static final Input<Integer> OPERATING_YEARS = Input.integer("operating_years");
    public static final Input<double[]> RAMP = Input.list("ramp");
    public static final Input<Double> DISCOUNT_RATE = Input.number("discount_rate");
    public static final Input<Double> RESIDUAL_VALUE_FRACTION = Input.number("residual_value_fraction");
    public static final Input<Double> REVENUE_USD_PER_KW_MONTH = Input.number("revenue_usd_per_kw_month");
    public static final Input<Double> TARIFF_PEAK_USD_PER_KWH = Input.number("tariff_peak_usd_per_kwh");
    public static final Input<Double> TARIFF_OFFPEAK_USD_PER_KWH = Input.number("tariff_offpeak_usd_per_kwh");
    public static final Input<Double> TARIFF_PEAK_START_HOUR = Input.number("tariff_peak_start_hour");
    public static final Input<Double> TARIFF_PEAK_END_HOUR = Input.number("tariff_peak_end_hour");

    /** Tier III (N+1 with four duty units): the redundancy of the builds capital costs are published for. */
    public static final double REFERENCE_REDUNDANCY_FACTOR = 1.25;
    /** Rack density taken for the builds capital costs are published for (the default), kW/rack. */
    public static final double REFERENCE_RACK_DENSITY_KW = 10.0;
    /** Size of the builds capital costs are published for, MW. */
    public static final double REFERENCE_CAPACITY_MW = 20.0;

    /** The electricity tariff of a resolved scenario. */
    public static Tariff tariff(Scenario s) {
        boolean timeOfUse = s.get(TARIFF_STRUCTURE).equals("time-of-use");
        return new Tariff(s.get(TARIFF_USD_PER_KWH), timeOfUse, s.get(TARIFF_PEAK_USD_PER_KWH),
                s.get(TARIFF_OFFPEAK_USD_PER_KWH), s.get(TARIFF_PEAK_START_HOUR), s.get(TARIFF_PEAK_END_HOUR),
                Tariff.PeakDays.fromId(s.get(TARIFF_PEAK_DAYS)), s.get(DEMAND_CHARGE_USD_PER_KW_MONTH));
    }

    /** The capital cost inputs of a resolved scenario. */
    public static CapexInputs capexInputs(Scenario s) {
        return new CapexInputs.Builder()
                .itCapacityKw(s.get(SiteInputs.IT_CAPACITY_KW))
                .constructionUsdPerMw(s.get(CONSTRUCTION_COST_USD_PER_MW))
                .redundancyFactor(ElectricalInputs.installedCapacityFactor(s))
                .referenceRedundancyFactor(REFERENCE_REDUNDANCY_FACTOR)
                .mechanicalMultiplier(s.get(MECHANICAL_CAPEX_MULTIPLIER))
                .electricalMultiplier(s.get(ELECTRICAL_CAPEX_MULTIPLIER))
                .rackDensityKw(s.get(RACK_DENSITY_KW)).referenceRackDensityKw(REFERENCE_RACK_DENSITY_KW)
                .scaleExponent(s.get(CAPEX_SCALE_EXPONENT)).referenceCapacityMw(REFERENCE_CAPACITY_MW)
                .landUsdPerM2(s.get(LAND_COST_USD_PER_M2)).landM2PerMw(s.get(LAND_AREA_M2_PER_MW))
                .pvKwp(s.get(CarbonInputs.PV_KWP)).pvUsdPerKwp(s.get(CarbonInputs.PV_CAPEX_USD_PER_KWP))
                .build();
    }

    /** The life-cycle inputs of a resolved scenario, over the given operating years. */
    public static LifecycleInputs lifecycleInputs(Scenario s, List<OperatingYear> years) {
        return new LifecycleInputs.Builder()
                .startYear(s.get(START_YEAR)).constructionYears(s.get(CONSTRUCTION_YEARS)).operatingYears(years)
                .discountRate(s.get(DISCOUNT_RATE))
                .tariff(tariff(s)).tariffEscalation(s.get(TARIFF_ESCALATION))
                .ppaShare(s.get(CarbonInputs.PPA_SHARE)).ppaUsdPerKwh(s.get(PPA_PRICE_USD_PER_KWH))
                .certificateShare(s.get(CarbonInputs.CERTIFICATE_SHARE))
                .certificateUsdPerMwh(s.get(CarbonInputs.CERTIFICATE_PRICE_USD_PER_MWH))
                .waterUsdPerM3(s.get(WATER_TARIFF_USD_PER_M3))
                .carbonPriceUsdPerT(s.get(CARBON_PRICE_USD_PER_T))
                .gridGramsPerKwh(s.get(CarbonInputs.GRID_CI_G_PER_KWH))
                .maintenanceFraction(s.get(MAINTENANCE_FRACTION)).staffUsdPerYear(s.get(STAFF_COST_USD_PER_YEAR))
                .insuranceFraction(s.get(INSURANCE_FRACTION)).costEscalation(s.get(COST_ESCALATION))
                .batteryLifeYears(s.get(BATTERY_LIFE_YEARS))
                .batteryCostFractionOfElectrical(s.get(BATTERY_COST_FRACTION))
                .mechanicalLifeYears(s.get(MECHANICAL_LIFE_YEARS))
                .residualFraction(s.get(RESIDUAL_VALUE_FRACTION))
                .revenueUsdPerKwMonth(s.find(REVENUE_USD_PER_KW_MONTH).orElse(Double.NaN))
                .itCapacityKw(s.get(SiteInputs.IT_CAPACITY_KW))
                .buildingEmbodiedKgPerKw(s.get(CarbonInputs.BUILDING_EMBODIED_KG_PER_KW))
                .itEmbodiedKgPerKw(s.get(CarbonInputs.IT_EMBODIED_KG_PER_KW))
                .itRefreshYears(s.get(CarbonInputs.IT_REFRESH_YEARS))
                .build();
    }

    /** The declarations of this domain's inputs (country defaults from {@code d}), in catalogue order. */
    static List<Parameter> parameters(CountryDefaults d) {
        List<Parameter> p = new ArrayList<>();
        // ---- tariffs and prices --------------------------------------------------------------------
        p.add(number(TARIFF_USD_PER_KWH, "USD/kWh", 0, 2, "electricity tariff (energy charge)")
                .group(Group.ECONOMICS).byDefault(d.figure("electricity_tariff", 1)).build());
        p.add(new Parameter.Builder(TARIFF_STRUCTURE).group(Group.ECONOMICS)
                .choices(List.of("flat", "time-of-use")).describe("flat energy price, or peak and off-peak prices")
                .byDefault("flat", Source.assumption("flat unless set; time-of-use rates are published for"
                        + " Malaysia and Viet Nam")).build());
        p.add(d.touNumber(TARIFF_PEAK_USD_PER_KWH, "USD/kWh", 0, 2, "electricity price in the peak window",
                "electricity_tariff_peak"));
        p.add(d.touNumber(TARIFF_OFFPEAK_USD_PER_KWH, "USD/kWh", 0, 2, "electricity price outside the peak window",
                "electricity_tariff_offpeak"));
        p.add(d.touNumber(TARIFF_PEAK_START_HOUR, "h", 0, 24, "start of the daily peak window, hours after midnight",
                "tou_peak_start"));
        p.add(d.touNumber(TARIFF_PEAK_END_HOUR, "h", 0, 24, "end of the daily peak window, hours after midnight",
                "tou_peak_end"));
        p.add(new Parameter.Builder(TARIFF_PEAK_DAYS).group(Group.ECONOMICS)
                .choices(List.of("weekdays", "mon-sat", "all")).describe("days the peak window applies on")
                .relevantWhen(CountryDefaults::timeOfUse)
                .byDefault(DefaultRule.derived(partial -> d.reference.figure(country(partial), "tou_peak_days")
                        .map(f -> new Default(f.value() >= 7 ? "all" : f.value() >= 6 ? "mon-sat" : "weekdays",
                                sourceOf(f), f.fallbackNote())).orElse(null))).build());
        p.add(number(DEMAND_CHARGE_USD_PER_KW_MONTH, "USD/kW-month", 0, 200, "charge on each month's highest"
                + " hourly demand").group(Group.ECONOMICS).byDefault(DefaultRule.derived(partial ->
                        d.reference.countryFigure(country(partial), "electricity_demand_charge")
                                .map(f -> new Default(f.value(), sourceOf(f)))
                                .orElse(new Default(0.0, Source.of("no published demand charge for " + country(partial)
                                        + ": energy-only tariff", "", "low"))))).build());
        p.add(number(PPA_PRICE_USD_PER_KWH, "USD/kWh", 0, 2, "price of electricity bought under power purchase"
                + " agreements").group(Group.ECONOMICS).relevantWhen(partial -> positive(partial,
                CarbonInputs.PPA_SHARE))
                .byDefault(DefaultRule.derived(d::ppaPrice)).build());
        p.add(number(TARIFF_ESCALATION, "1/year", -0.1, 0.2, "real yearly change of electricity prices")
                .group(Group.ECONOMICS).byDefault(0.0, CONSTANT_PRICES).build());
        p.add(number(WATER_TARIFF_USD_PER_M3, "USD/m3", 0, 20, "water tariff").group(Group.ECONOMICS)
                .byDefault(DefaultRule.derived(d::waterTariff)).build());
        p.add(new Parameter.Builder(CARBON_PRICE_USD_PER_T).group(Group.ECONOMICS).unit("USD/t")
                .range(0, 1000, "").describe("carbon price on market-based emissions, by calendar year")
                .byDefault(DefaultRule.derived(d::carbonPrice)).build());

        // ---- capital cost --------------------------------------------------------------------------
        p.add(number(CONSTRUCTION_COST_USD_PER_MW, "USD/MW", 1e5, 1e8, "construction cost per MW of IT capacity"
                + " (excluding land) of a 20 MW Tier III air- or water-cooled build").group(Group.ECONOMICS)
                .byDefault(d.figure("capex_per_mw", 1e6)).build());
        p.add(number(LAND_COST_USD_PER_M2, "USD/m2", 0, 100000, "land price").group(Group.ECONOMICS)
                .byDefault(d.figure("land_cost", 1)).build());
        p.add(number(LAND_AREA_M2_PER_MW, "m2/MW", 0, 100000, "site area per MW of IT capacity")
                .group(Group.ECONOMICS).byDefault(809.4, Source.of("Cushman & Wakefield APAC 2025 capex benchmark:"
                        + " a multi-level hyperscale 50 MW on 10 acres", "2025", "medium")).build());
        p.add(number(RACK_DENSITY_KW, "kW/rack", 1, 200, "average IT power per rack (floor area, shell and"
                + " fit-out cost)").group(Group.ECONOMICS).byDefault(REFERENCE_RACK_DENSITY_KW,
                        Source.of("Uptime Institute 2024 survey: average below 8-10 kW/rack; AFCOM 2024: about 12"
                                + " kW/rack", "2024", "medium"))
                .build());
        p.add(number(CAPEX_SCALE_EXPONENT, "", 0.3, 1.5, "capital cost grows with capacity to this power (1:"
                + " linear)").group(Group.ECONOMICS).byDefault(1.0, Source.assumption("linear: data centres are"
                        + " built in repeated modules; no published ASEAN scale curve found")).build());
        p.add(number(MECHANICAL_CAPEX_MULTIPLIER, "", 0.2, 3, "mechanical (cooling) cost of this technology and"
                + " design level over a chilled-water plant's (the calibration build's)").group(Group.ECONOMICS)
                .byDefault(DefaultRule.derived(CoolingCapex::mechanical)).build());
        p.add(number(ELECTRICAL_CAPEX_MULTIPLIER, "", 0.2, 3, "electrical plant cost (UPS, switchgear, generators)"
                + " over the calibration build's, before the redundancy factor").group(Group.ECONOMICS)
                .byDefault(1.0, CoolingCapex.ELECTRICAL).build());

        // ---- other costs and the study period --------------------------------------------------------
        p.add(number(MAINTENANCE_FRACTION, "1/year", 0, 0.2, "yearly maintenance cost as a share of the"
                + " construction cost").group(Group.ECONOMICS).byDefault(0.0, Source.assumption(
                        "not included unless set: no published figure found")).build());
        p.add(number(STAFF_COST_USD_PER_YEAR, "USD/year", 0, 1e9, "yearly staff cost (24/7 cover needs at least"
                + " two people a shift, about 8.4 FTE)").group(Group.ECONOMICS).byDefault(0.0, Source.assumption(
                        "not included unless set: no ASEAN salary figure found")).build());
        p.add(number(INSURANCE_FRACTION, "1/year", 0, 0.1, "yearly insurance as a share of the construction cost")
                .group(Group.ECONOMICS).byDefault(0.0, Source.assumption("not included unless set: no published"
                        + " premium rate found")).build());
        p.add(number(COST_ESCALATION, "1/year", -0.1, 0.2, "real yearly change of other costs and rents")
                .group(Group.ECONOMICS).byDefault(0.0, CONSTANT_PRICES).build());
        p.add(number(BATTERY_LIFE_YEARS, "years", 0, 30, "UPS battery life (0: never replaced)")
                .group(Group.ECONOMICS).byDefault(4.0, Source.of("valve-regulated lead-acid UPS batteries: 3-6"
                        + " years in service (vendor sources)", "2024", "low")).build());
        p.add(number(BATTERY_COST_FRACTION, "", 0, 0.5, "cost of one set of UPS batteries as a share of the"
                + " electrical capital cost").group(Group.ECONOMICS).byDefault(0.01, Source.of("VRLA batteries USD"
                        + " 100-300/kWh (vendor) for about 10 minutes of autonomy, about USD 34 per kW: about 1% of"
                        + " the electrical cost (computed)", "2024", "low")).build());
        p.add(number(MECHANICAL_LIFE_YEARS, "years", 0, 60, "life of the cooling plant before replacement (0:"
                + " never)").group(Group.ECONOMICS).byDefault(23.0, Source.of("ASHRAE HVAC Applications median"
                        + " service life of centrifugal chillers (23 years)", "2007", "medium")).build());
        p.add(new Parameter.Builder(START_YEAR).group(Group.ECONOMICS).range(2000, 2100, "")
                .describe("calendar year construction starts (carbon price schedule)")
                .byDefault(2027.0, Source.assumption("construction starts next year")).build());
        p.add(new Parameter.Builder(CONSTRUCTION_YEARS).group(Group.ECONOMICS).unit("years")
                .range(0, 10, "").describe("years of construction before operation (capital spent evenly)")
                .byDefault(2.0, Source.assumption("typical build time; set the proposal's")).build());
        p.add(new Parameter.Builder(OPERATING_YEARS).group(Group.ECONOMICS).unit("years")
                .range(1, 60, "").describe("years of operation in the study period")
                .byDefault(20.0, Source.assumption("20-year horizon, as in published data-centre LCAs")).build());
        p.add(new Parameter.Builder(RAMP).group(Group.ECONOMICS).range(0.01, 1, "utilisation")
                .describe("IT utilisation of the first operating years, one value a year (then 'utilisation')")
                .build());
        p.add(number(DISCOUNT_RATE, "1/year", 0, 0.3, "discount rate (cost of capital)").group(Group.ECONOMICS)
                .byDefault(d.figure("discount_rate", 1)).build());
        p.add(number(RESIDUAL_VALUE_FRACTION, "", 0, 1, "value of the built assets at the end of the study, as a"
                + " share of the construction cost (land keeps its full value)").group(Group.ECONOMICS)
                .byDefault(0.0, Source.assumption("none: plant and building are taken as worn out")).build());
        p.add(number(REVENUE_USD_PER_KW_MONTH, "USD/kW-month", 0, 2000, "rent per utilised kW per month (gives"
                + " IRR and payback)").group(Group.ECONOMICS).build());
        return p;
    }
}
