package dcplanner.scenario;

import dcplanner.energy.CoolingDesign;

/**
 * Inputs of the cooling plant (technology, air side, chilled water, chillers, towers, liquid loop, sea water, part load) and the {@link CoolingDesign} they fill.
 * The keys are typed ({@link Input}); the catalogue declares each one's parameter (unit, range, default rule,
 * source, technologies) from its key, and {@link Scenario#get(Input)} reads it without a cast.
 */
public final class CoolingInputs {

    private CoolingInputs() {
    }

    public static final Input<String> COOLING = Input.choice("cooling");
    public static final Input<Double> SUPPLY_AIR_C = Input.number("supply_air_c");
    public static final Input<Double> SUPPLY_AIR_MIN_C = Input.number("supply_air_min_c");
    public static final Input<Double> AIR_DT_K = Input.number("air_dt_k");
    public static final Input<Double> AIRFLOW_BYPASS = Input.number("airflow_bypass");
    public static final Input<Double> AIR_HANDLER_FAN_PRESSURE_PA = Input.number("air_handler_fan_pressure_pa");
    public static final Input<Double> AIR_HANDLER_FAN_EFFICIENCY = Input.number("air_handler_fan_efficiency");
    public static final Input<Double> SENSIBLE_HEAT_RATIO = Input.number("sensible_heat_ratio");
    public static final Input<Double> SUPPLY_DEW_POINT_MAX_C = Input.number("supply_dew_point_max_c");
    public static final Input<Double> SUPPLY_DEW_POINT_MIN_C = Input.number("supply_dew_point_min_c");
    public static final Input<Double> SUPPLY_RH_MAX = Input.number("supply_rh_max");
    public static final Input<Double> SUPPLY_RH_MIN = Input.number("supply_rh_min");
    public static final Input<Double> ADIABATIC_EFFECTIVENESS = Input.number("adiabatic_effectiveness");
    public static final Input<Double> HUMIDIFIER_PUMP_PRESSURE_PA = Input.number("humidifier_pump_pressure_pa");
    public static final Input<Double> HUMIDIFIER_PUMP_EFFICIENCY = Input.number("humidifier_pump_efficiency");
    public static final Input<String> LIQUID_HEAT_REJECTION = Input.choice("liquid_heat_rejection");
    public static final Input<Double> CHILLED_WATER_DT_K = Input.number("chilled_water_dt_k");
    public static final Input<Double> CHILLED_WATER_SUPPLY_MAX_C = Input.number("chilled_water_supply_max_c");
    public static final Input<Double> COIL_EFFECTIVENESS = Input.number("coil_effectiveness");
    public static final Input<Double> CHILLED_WATER_PUMP_PRESSURE_PA = Input.number("chilled_water_pump_pressure_pa");
    public static final Input<Double> CHILLED_WATER_PUMP_EFFICIENCY = Input.number("chilled_water_pump_efficiency");
    public static final Input<Double> ECONOMISER_PUMP_PRESSURE_PA = Input.number("economiser_pump_pressure_pa");
    public static final Input<Double> ECONOMISER_PUMP_EFFICIENCY = Input.number("economiser_pump_efficiency");
    public static final Input<Double> HEAT_EXCHANGER_APPROACH_K = Input.number("heat_exchanger_approach_k");
    public static final Input<Double> CHILLER_PART_LOAD = Input.number("chiller_part_load");
    public static final Input<Double> CHILLER_MIN_PART_LOAD = Input.number("chiller_min_part_load");
    public static final Input<Double> CHILLER_RATED_KW_PER_RT = Input.number("chiller_rated_kw_per_rt");
    public static final Input<Double> CHILLER_RATED_COP = Input.number("chiller_rated_cop");
    public static final Input<Double> CHILLER_COP_ADJUSTMENT = Input.number("chiller_cop_adjustment");
    public static final Input<Double> CHILLER_WARM_WATER_CREDIT = Input.number("chiller_warm_water_credit");
    public static final Input<Double> FAN_MIN_SPEED = Input.number("fan_min_speed");
    public static final Input<Double> PUMP_MIN_FLOW = Input.number("pump_min_flow");
    public static final Input<Double> TOWER_APPROACH_K = Input.number("tower_approach_k");
    public static final Input<Double> TOWER_RANGE_K = Input.number("tower_range_k");
    public static final Input<Double> TOWER_FAN_PRESSURE_PA = Input.number("tower_fan_pressure_pa");
    public static final Input<Double> TOWER_FAN_EFFICIENCY = Input.number("tower_fan_efficiency");
    public static final Input<Double> TOWER_LIQUID_GAS_RATIO = Input.number("tower_liquid_gas_ratio");
    public static final Input<Double> CONDENSER_PUMP_PRESSURE_PA = Input.number("condenser_pump_pressure_pa");
    public static final Input<Double> CONDENSER_PUMP_EFFICIENCY = Input.number("condenser_pump_efficiency");
    public static final Input<Double> LIQUID_SHARE = Input.number("liquid_share");
    public static final Input<Double> LIQUID_SUPPLY_C = Input.number("liquid_supply_c");
    public static final Input<Double> LIQUID_DT_K = Input.number("liquid_dt_k");
    public static final Input<Double> LIQUID_PUMP_PRESSURE_PA = Input.number("liquid_pump_pressure_pa");
    public static final Input<Double> LIQUID_PUMP_EFFICIENCY = Input.number("liquid_pump_efficiency");
    public static final Input<Double> DRY_COOLER_APPROACH_K = Input.number("dry_cooler_approach_k");
    public static final Input<Double> DRY_COOLER_AIR_DT_K = Input.number("dry_cooler_air_dt_k");
    public static final Input<Double> DRY_COOLER_FAN_PRESSURE_PA = Input.number("dry_cooler_fan_pressure_pa");
    public static final Input<Double> DRY_COOLER_FAN_EFFICIENCY = Input.number("dry_cooler_fan_efficiency");
    public static final Input<Double> SEA_TEMPERATURE_C = Input.number("sea_temperature_c");
    public static final Input<Double> SEA_DT_K = Input.number("sea_dt_k");
    public static final Input<Double> SEA_PUMP_HEAD_M = Input.number("sea_pump_head_m");
    public static final Input<Double> SEA_PUMP_EFFICIENCY = Input.number("sea_pump_efficiency");

    /** The cooling plant of a resolved scenario. */
    public static CoolingDesign design(Scenario s) {
        CoolingDesign.AirSide air = new CoolingDesign.AirSide(s.get(SUPPLY_AIR_C), s.get(SUPPLY_AIR_MIN_C),
                s.get(AIR_DT_K) * (1 - s.get(AIRFLOW_BYPASS)), s.get(AIR_HANDLER_FAN_PRESSURE_PA),
                s.get(AIR_HANDLER_FAN_EFFICIENCY), s.get(SENSIBLE_HEAT_RATIO), s.get(SUPPLY_DEW_POINT_MAX_C),
                s.get(SUPPLY_DEW_POINT_MIN_C), s.get(SUPPLY_RH_MAX), s.get(SUPPLY_RH_MIN),
                s.get(ADIABATIC_EFFECTIVENESS), s.get(HUMIDIFIER_PUMP_PRESSURE_PA), s.get(HUMIDIFIER_PUMP_EFFICIENCY));
        CoolingDesign.ChilledWater water = new CoolingDesign.ChilledWater(s.get(CHILLED_WATER_DT_K),
                s.get(COIL_EFFECTIVENESS), s.get(CHILLED_WATER_PUMP_PRESSURE_PA),
                s.get(CHILLED_WATER_PUMP_EFFICIENCY), s.get(ECONOMISER_PUMP_PRESSURE_PA),
                s.get(ECONOMISER_PUMP_EFFICIENCY), s.get(HEAT_EXCHANGER_APPROACH_K),
                s.find(CHILLED_WATER_SUPPLY_MAX_C).orElse(Double.POSITIVE_INFINITY));
        // chillers staged on the load unless a fixed part-load ratio is given (Lei & Masanet's model)
        CoolingDesign.Chiller chiller = new CoolingDesign.Chiller(s.find(CHILLER_PART_LOAD).orElse(Double.NaN),
                s.get(CHILLER_COP_ADJUSTMENT), s.find(CHILLER_RATED_COP).orElse(Double.NaN),
                s.find(CHILLER_WARM_WATER_CREDIT).orElse(0.0), s.find(CHILLER_MIN_PART_LOAD).orElse(0.0));
        CoolingDesign.Tower tower = new CoolingDesign.Tower(s.get(TOWER_APPROACH_K), s.get(TOWER_RANGE_K),
                s.get(TOWER_FAN_PRESSURE_PA), s.get(TOWER_FAN_EFFICIENCY), s.get(TOWER_LIQUID_GAS_RATIO),
                s.get(CONDENSER_PUMP_PRESSURE_PA), s.get(CONDENSER_PUMP_EFFICIENCY),
                s.get(WaterInputs.CYCLES_OF_CONCENTRATION), s.get(WaterInputs.DRIFT_FRACTION));
        CoolingDesign.LiquidLoop liquid = new CoolingDesign.LiquidLoop(s.get(LIQUID_SHARE), s.get(LIQUID_SUPPLY_C),
                s.get(LIQUID_DT_K), s.get(LIQUID_PUMP_PRESSURE_PA), s.get(LIQUID_PUMP_EFFICIENCY),
                s.get(LIQUID_HEAT_REJECTION).equals("dry-cooler") ? CoolingDesign.HeatRejection.DRY_COOLER
                        : CoolingDesign.HeatRejection.COOLING_TOWER,
                s.get(DRY_COOLER_APPROACH_K), s.get(DRY_COOLER_AIR_DT_K), s.get(DRY_COOLER_FAN_PRESSURE_PA),
                s.get(DRY_COOLER_FAN_EFFICIENCY));
        CoolingDesign.Seawater sea = new CoolingDesign.Seawater(s.get(SEA_TEMPERATURE_C), s.get(SEA_DT_K),
                s.get(SEA_PUMP_HEAD_M), s.get(SEA_PUMP_EFFICIENCY));
        int duty = s.get(ElectricalInputs.REDUNDANCY_GROUP_SIZE);
        CoolingDesign.PartLoad partLoad = new CoolingDesign.PartLoad(s.get(SiteInputs.IT_CAPACITY_KW),
                s.get(FAN_MIN_SPEED), s.find(PUMP_MIN_FLOW).orElse(1.0), duty,
                ElectricalInputs.installedUnits(s, duty));
        return new CoolingDesign(s.technology(), air, water, chiller, tower, liquid, sea, partLoad);
    }
}
