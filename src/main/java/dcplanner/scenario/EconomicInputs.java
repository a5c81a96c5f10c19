package dcplanner.scenario;

import java.util.List;
import java.util.NavigableMap;

import dcplanner.economics.CapexInputs;
import dcplanner.economics.LifecycleInputs;
import dcplanner.economics.OperatingYear;
import dcplanner.economics.Tariff;

/**
 * Inputs of tariffs, contracts, capital and operating costs and the study period, and the {@link Tariff}, {@link CapexInputs} and {@link LifecycleInputs} they fill.
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
    public static final Input<NavigableMap<Integer, Double>> CARBON_PRICE_USD_PER_T = Input.schedule("carbon_price_usd_per_t");
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
        return new CapexInputs(s.get(SiteInputs.IT_CAPACITY_KW), s.get(CONSTRUCTION_COST_USD_PER_MW),
                ElectricalInputs.installedCapacityFactor(s), REFERENCE_REDUNDANCY_FACTOR,
                s.get(MECHANICAL_CAPEX_MULTIPLIER), s.get(ELECTRICAL_CAPEX_MULTIPLIER),
                s.get(RACK_DENSITY_KW), REFERENCE_RACK_DENSITY_KW,
                s.get(CAPEX_SCALE_EXPONENT), REFERENCE_CAPACITY_MW, s.get(LAND_COST_USD_PER_M2),
                s.get(LAND_AREA_M2_PER_MW), s.get(CarbonInputs.PV_KWP), s.get(CarbonInputs.PV_CAPEX_USD_PER_KWP));
    }

    /** The life-cycle inputs of a resolved scenario, over the given operating years. */
    public static LifecycleInputs lifecycleInputs(Scenario s, List<OperatingYear> years) {
        NavigableMap<Integer, Double> carbonPrice = s.get(CARBON_PRICE_USD_PER_T);
        return new LifecycleInputs(s.get(START_YEAR), s.get(CONSTRUCTION_YEARS), years,
                s.get(DISCOUNT_RATE), tariff(s), s.get(TARIFF_ESCALATION), s.get(CarbonInputs.PPA_SHARE),
                s.get(PPA_PRICE_USD_PER_KWH), s.get(CarbonInputs.CERTIFICATE_SHARE),
                s.get(CarbonInputs.CERTIFICATE_PRICE_USD_PER_MWH), s.get(WATER_TARIFF_USD_PER_M3),
                carbonPrice, s.get(CarbonInputs.GRID_CI_G_PER_KWH), s.get(MAINTENANCE_FRACTION),
                s.get(STAFF_COST_USD_PER_YEAR), s.get(INSURANCE_FRACTION), s.get(COST_ESCALATION),
                s.get(BATTERY_LIFE_YEARS), s.get(BATTERY_COST_FRACTION), s.get(MECHANICAL_LIFE_YEARS),
                s.get(RESIDUAL_VALUE_FRACTION), s.find(REVENUE_USD_PER_KW_MONTH).orElse(Double.NaN),
                s.get(SiteInputs.IT_CAPACITY_KW), s.get(CarbonInputs.BUILDING_EMBODIED_KG_PER_KW),
                s.get(CarbonInputs.IT_EMBODIED_KG_PER_KW), s.get(CarbonInputs.IT_REFRESH_YEARS));
    }
}
