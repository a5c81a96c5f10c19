package dcplanner.scenario;

import java.util.List;

import dcplanner.carbon.PvMounting;
import dcplanner.carbon.PvSystem;
import dcplanner.economics.CapexInputs;
import dcplanner.economics.LifecycleInputs;
import dcplanner.economics.OperatingYear;
import dcplanner.economics.Tariff;
import dcplanner.energy.CoolingDesign;
import dcplanner.energy.CoolingTechnology;
import dcplanner.energy.ElectricalDesign;
import dcplanner.energy.FacilityDesign;
import dcplanner.energy.ItLoad;
import dcplanner.energy.LossCoefficients;

/** Builds the energy model's design records from a resolved scenario. */
public final class DesignMapper {

    private DesignMapper() {
    }

    public static FacilityDesign facilityDesign(Scenario s) {
        ItLoad it = new ItLoad(s.number("it_capacity_kw"), s.number("utilisation"), s.profile("utilisation_profile"),
                s.number("server_fan_share"), s.number("server_fan_speedup_per_k"),
                s.number("server_fan_reference_inlet_c"));
        return new FacilityDesign(it, electrical(s), cooling(s));
    }

    /** Installed UPS and transformer rating over IT capacity for the scenario's redundancy. */
    public static double installedCapacityFactor(Scenario s) {
        return switch (s.text("redundancy")) {
            case "2N" -> 2.0;
            case "N+1" -> 1.0 + 1.0 / s.number("redundancy_group_size");
            default -> 1.0;
        };
    }

    static ElectricalDesign electrical(Scenario s) {
        LossCoefficients ups = new LossCoefficients(s.number("ups_no_load_loss"), s.number("ups_proportional_loss"),
                s.number("ups_square_law_loss"));
        LossCoefficients transformer = new LossCoefficients(s.number("transformer_no_load_loss"), 0,
                s.number("transformer_load_loss"));
        return new ElectricalDesign(ups, installedCapacityFactor(s), s.number("distribution_loss_fraction"),
                transformer, s.number("lighting_fraction"), s.number("misc_load_fraction"));
    }

    /** Tier III (N+1 with four duty units): the redundancy of the builds capital costs are published for. */
    public static final double REFERENCE_REDUNDANCY_FACTOR = 1.25;
    /** Rack density taken for the builds capital costs are published for (the default), kW/rack. */
    public static final double REFERENCE_RACK_DENSITY_KW = 10.0;
    /** Size of the builds capital costs are published for, MW. */
    public static final double REFERENCE_CAPACITY_MW = 20.0;

    public static Tariff tariff(Scenario s) {
        boolean tou = s.text("tariff_structure").equals("time-of-use");
        return new Tariff(s.number("tariff_usd_per_kwh"), tou, s.number("tariff_peak_usd_per_kwh"),
                s.number("tariff_offpeak_usd_per_kwh"), s.number("tariff_peak_start_hour"),
                s.number("tariff_peak_end_hour"), Tariff.PeakDays.fromId(s.text("tariff_peak_days")),
                s.number("demand_charge_usd_per_kw_month"));
    }

    public static PvSystem pvSystem(Scenario s) {
        return new PvSystem(s.number("pv_tilt_deg"), s.number("pv_azimuth_deg"), s.number("pv_dc_ac_ratio"),
                PvSystem.DEFAULT_INVERTER_EFFICIENCY, s.number("pv_losses_pct"),
                PvSystem.STANDARD_MODULE_TEMPERATURE_COEFFICIENT_PER_C, PvSystem.DEFAULT_ALBEDO,
                PvMounting.OPEN_RACK_GLASS_POLYMER);
    }

    public static CapexInputs capexInputs(Scenario s) {
        return new CapexInputs(s.number("it_capacity_kw"), s.number("construction_cost_usd_per_mw"),
                installedCapacityFactor(s), REFERENCE_REDUNDANCY_FACTOR, s.number("mechanical_capex_multiplier"),
                s.number("electrical_capex_multiplier"),
                s.number("rack_density_kw"), REFERENCE_RACK_DENSITY_KW,
                s.number("capex_scale_exponent"), REFERENCE_CAPACITY_MW, s.number("land_cost_usd_per_m2"),
                s.number("land_area_m2_per_mw"), s.number("pv_kwp"), s.number("pv_capex_usd_per_kwp"));
    }

    public static LifecycleInputs lifecycleInputs(Scenario s, List<OperatingYear> years) {
        return new LifecycleInputs((int) s.number("start_year"), (int) s.number("construction_years"), years,
                s.number("discount_rate"), tariff(s), s.number("tariff_escalation"), s.number("ppa_share"),
                s.number("ppa_price_usd_per_kwh"), s.number("certificate_share"),
                s.number("certificate_price_usd_per_mwh"), s.number("water_tariff_usd_per_m3"),
                s.schedule("carbon_price_usd_per_t"), s.number("grid_ci_g_per_kwh"), s.number("maintenance_fraction"),
                s.number("staff_cost_usd_per_year"), s.number("insurance_fraction"), s.number("cost_escalation"),
                s.number("battery_life_years"), s.number("battery_cost_fraction"), s.number("mechanical_life_years"),
                s.number("residual_value_fraction"),
                s.find("revenue_usd_per_kw_month").map(v -> (Double) v.value()).orElse(Double.NaN),
                s.number("it_capacity_kw"), s.number("building_embodied_kg_per_kw"),
                s.number("it_embodied_kg_per_kw"), s.number("it_refresh_years"));
    }

    static CoolingDesign cooling(Scenario s) {
        CoolingTechnology technology = s.technology();
        CoolingDesign.AirSide air = new CoolingDesign.AirSide(s.number("supply_air_c"), s.number("supply_air_min_c"),
                s.number("air_dt_k") * (1 - s.number("airflow_bypass")), s.number("air_handler_fan_pressure_pa"), s.number("air_handler_fan_efficiency"),
                s.number("sensible_heat_ratio"), s.number("supply_dew_point_max_c"),
                s.number("supply_dew_point_min_c"), s.number("supply_rh_max"), s.number("supply_rh_min"),
                s.number("adiabatic_effectiveness"), s.number("humidifier_pump_pressure_pa"),
                s.number("humidifier_pump_efficiency"));
        CoolingDesign.ChilledWater water = new CoolingDesign.ChilledWater(s.number("chilled_water_dt_k"),
                s.number("coil_effectiveness"), s.number("chilled_water_pump_pressure_pa"),
                s.number("chilled_water_pump_efficiency"), s.number("economiser_pump_pressure_pa"),
                s.number("economiser_pump_efficiency"), s.number("heat_exchanger_approach_k"),
                optional(s, "chilled_water_supply_max_c", Double.POSITIVE_INFINITY));
        // chillers staged on the load unless a fixed part-load ratio is given (Lei & Masanet's model)
        CoolingDesign.Chiller chiller = new CoolingDesign.Chiller(optional(s, "chiller_part_load"),
                s.number("chiller_cop_adjustment"), optional(s, "chiller_rated_cop"),
                optional(s, "chiller_warm_water_credit", 0.0), optional(s, "chiller_min_part_load", 0.0));
        CoolingDesign.Tower tower = new CoolingDesign.Tower(s.number("tower_approach_k"), s.number("tower_range_k"),
                s.number("tower_fan_pressure_pa"), s.number("tower_fan_efficiency"),
                s.number("tower_liquid_gas_ratio"), s.number("condenser_pump_pressure_pa"),
                s.number("condenser_pump_efficiency"), s.number("cycles_of_concentration"),
                s.number("drift_fraction"));
        CoolingDesign.LiquidLoop liquid = new CoolingDesign.LiquidLoop(s.number("liquid_share"),
                s.number("liquid_supply_c"), s.number("liquid_dt_k"), s.number("liquid_pump_pressure_pa"),
                s.number("liquid_pump_efficiency"),
                s.text("liquid_heat_rejection").equals("dry-cooler") ? CoolingDesign.HeatRejection.DRY_COOLER
                        : CoolingDesign.HeatRejection.COOLING_TOWER,
                s.number("dry_cooler_approach_k"), s.number("dry_cooler_air_dt_k"),
                s.number("dry_cooler_fan_pressure_pa"), s.number("dry_cooler_fan_efficiency"));
        CoolingDesign.Seawater sea = new CoolingDesign.Seawater(s.number("sea_temperature_c"), s.number("sea_dt_k"),
                s.number("sea_pump_head_m"), s.number("sea_pump_efficiency"));
        int duty = (int) s.number("redundancy_group_size");
        int installed = switch (s.text("redundancy")) {
            case "2N" -> 2 * duty;
            case "N+1" -> duty + 1;
            default -> duty;
        };
        CoolingDesign.PartLoad partLoad = new CoolingDesign.PartLoad(s.number("it_capacity_kw"),
                s.number("fan_min_speed"), optional(s, "pump_min_flow", 1.0), duty, installed);
        return new CoolingDesign(technology, air, water, chiller, tower, liquid, sea, partLoad);
    }

    private static double optional(Scenario s, String name) {
        return optional(s, name, Double.NaN);
    }

    /** An input that may be absent (not used by the technology, or optional): {@code fallback} then. */
    private static double optional(Scenario s, String name, double fallback) {
        return s.find(name).map(v -> v.value() instanceof Double d ? d : fallback).orElse(fallback);
    }
}
