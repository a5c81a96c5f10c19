package dcplanner.scenario;

import static dcplanner.energy.CoolingTechnology.AIRSIDE_ECONOMISER_ADIABATIC;
import static dcplanner.energy.CoolingTechnology.AIR_COOLED_CHILLER;
import static dcplanner.energy.CoolingTechnology.DIRECT_LIQUID_COOLING;
import static dcplanner.energy.CoolingTechnology.DX_CRAC;
import static dcplanner.energy.CoolingTechnology.IMMERSION;
import static dcplanner.energy.CoolingTechnology.SEAWATER;
import static dcplanner.energy.CoolingTechnology.WATER_COOLED_CHILLER;
import static dcplanner.energy.CoolingTechnology.WATER_COOLED_CHILLER_WSE;
import static dcplanner.scenario.Declarations.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dcplanner.energy.ChillerModels;
import dcplanner.energy.CoolingDesign;
import dcplanner.energy.CoolingTechnology;
import dcplanner.scenario.DefaultRule.Default;
import dcplanner.scenario.Parameter.Group;

/**
  * Inputs of the cooling plant (technology, air side, chilled water, chillers, towers, liquid loop, sea water,
  * part load) and the {@link CoolingDesign} they fill.
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
        CoolingDesign.AirSide air = new CoolingDesign.AirSide.Builder()
                .supplyAirC(s.get(SUPPLY_AIR_C)).supplyAirMinC(s.get(SUPPLY_AIR_MIN_C))
                // the cooling units' air rise: bypass air returns unheated and dilutes the IT air rise
                .airDtK(s.get(AIR_DT_K) * (1 - s.get(AIRFLOW_BYPASS)))
                .fanPressurePa(s.get(AIR_HANDLER_FAN_PRESSURE_PA)).fanEfficiency(s.get(AIR_HANDLER_FAN_EFFICIENCY))
                .sensibleHeatRatio(s.get(SENSIBLE_HEAT_RATIO))
                .supplyDewPointMaxC(s.get(SUPPLY_DEW_POINT_MAX_C)).supplyDewPointMinC(s.get(SUPPLY_DEW_POINT_MIN_C))
                .supplyRhMax(s.get(SUPPLY_RH_MAX)).supplyRhMin(s.get(SUPPLY_RH_MIN))
                .adiabaticEffectiveness(s.get(ADIABATIC_EFFECTIVENESS))
                .humidifierPumpPressurePa(s.get(HUMIDIFIER_PUMP_PRESSURE_PA))
                .humidifierPumpEfficiency(s.get(HUMIDIFIER_PUMP_EFFICIENCY))
                .build();
        CoolingDesign.ChilledWater water = new CoolingDesign.ChilledWater(s.get(CHILLED_WATER_DT_K),
                s.get(COIL_EFFECTIVENESS), s.get(CHILLED_WATER_PUMP_PRESSURE_PA),
                s.get(CHILLED_WATER_PUMP_EFFICIENCY), s.get(ECONOMISER_PUMP_PRESSURE_PA),
                s.get(ECONOMISER_PUMP_EFFICIENCY), s.get(HEAT_EXCHANGER_APPROACH_K),
                s.find(CHILLED_WATER_SUPPLY_MAX_C).orElse(Double.POSITIVE_INFINITY));
        // chillers staged on the load unless a fixed part-load ratio is given (Lei & Masanet's model)
        CoolingDesign.Chiller chiller = new CoolingDesign.Chiller(s.find(CHILLER_PART_LOAD).orElse(Double.NaN),
                s.get(CHILLER_COP_ADJUSTMENT), s.find(CHILLER_RATED_COP).orElse(Double.NaN),
                s.get(CHILLER_WARM_WATER_CREDIT), s.find(CHILLER_MIN_PART_LOAD).orElse(0.0));
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

    /** The declarations of this domain's inputs, in the order they are resolved and listed. */
    static List<Parameter> parameters() {
        List<Parameter> p = new ArrayList<>();
        // ---- cooling: technology and air side -------------------------------------------------------
        p.add(new Parameter.Builder(COOLING).group(Group.COOLING).choices(CoolingTechnology.ids())
                .describe("cooling technology")
                .byDefault("water-cooled-chiller", Source.assumption("the usual plant of large data centres in"
                        + " the region; choose the proposal's"))
                .build());
        p.add(number(SUPPLY_AIR_C, "C", 15, 35, "ASHRAE A1-A2 allowable inlet range",
                "supply (IT inlet) air temperature; for the air-side economiser the highest supply temperature",
                supplyAirByLevel()));
        p.add(new Parameter.Builder(SUPPLY_AIR_MIN_C).unit("C")
                .range(10, 27, "ASHRAE A2 lower limit to the recommended upper limit")
                .describe("lowest supply temperature of the air-side economiser (outdoor air is mixed with"
                        + " return air below it)")
                .byDefault(supplyAirMinimum()).onlyFor(AIRSIDE_ECONOMISER_ADIABATIC).build());
        p.add(number(AIR_DT_K, "K", 3, 25, "temperature rise across IT equipment",
                "air temperature rise across the IT equipment (supply to return)",
                legacyAtMost(byClass(16.65, 16.65, 7.5, 6.5), 7.5, Source.of("legacy halls without aisle containment:"
                        + " Lei & Masanet (2022) 106323 midsize range 5-10 K: middle", "2022", "low"))));
        p.add(number(AIRFLOW_BYPASS, "", 0, 0.8, "share of the cooling units' air",
                "share of the cooling units' air that returns to them without passing through IT equipment: they"
                        + " move 1 / (1 - bypass) times the IT airflow and their return air is warmer than the supply"
                        + " by air_dt_k x (1 - bypass)", DefaultRule.constant(0.0, AIRFLOW_BYPASS_SOURCE)));
        p.add(number(AIR_HANDLER_FAN_PRESSURE_PA, "Pa", 50, 2000, "fan static plus coil pressure",
                "CRAH/CRAC fan pressure rise", byClassAndLevel(byClass(650, 500, 650, 500), 825, 475)));
        p.add(number(AIR_HANDLER_FAN_EFFICIENCY, "", 0.3, 0.95, "total fan efficiency",
                "CRAH/CRAC fan total efficiency", byClassAndLevel(byClass(0.775, 0.775, 0.70, 0.675), 0.675, 0.825)));
        p.add(number(SENSIBLE_HEAT_RATIO, "", 0.8, 1.0, "sensible over total coil load",
                "sensible heat ratio of recirculating cooling coils (the latent part is put back by humidifiers)",
                DefaultRule.constant(0.97, LM2022_ALL)));
        p.add(aeOnly(number(SUPPLY_DEW_POINT_MAX_C, "C", 0, 27, "dew point of supply air",
                "highest dew point of economiser supply air", DefaultRule.constant(21.0, ASHRAE_A2))));
        p.add(aeOnly(number(SUPPLY_DEW_POINT_MIN_C, "C", -20, 10, "dew point of supply air",
                "lowest dew point of economiser supply air (humidified below)",
                DefaultRule.constant(-12.0, ASHRAE_A2))));
        p.add(aeOnly(number(SUPPLY_RH_MAX, "", 0.3, 1.0, "relative humidity as a fraction",
                "highest relative humidity of economiser supply air", DefaultRule.constant(0.80, ASHRAE_A2))));
        p.add(aeOnly(number(SUPPLY_RH_MIN, "", 0.0, 0.5, "relative humidity as a fraction",
                "lowest relative humidity of economiser supply air (humidified below)",
                DefaultRule.constant(0.08, ASHRAE_A2))));
        p.add(aeOnly(number(ADIABATIC_EFFECTIVENESS, "", 0.5, 1.0, "saturation effectiveness",
                "saturation effectiveness of the evaporative pad: share of the dry-bulb to wet-bulb gap it closes",
                DefaultRule.constant(0.85, EVAPORATIVE_EFFECTIVENESS))));
        p.add(number(HUMIDIFIER_PUMP_PRESSURE_PA, "Pa", 1e5, 1.2e7, "atomising pump pressure",
                "pressure of the high-pressure humidifier / adiabatic spray pump",
                DefaultRule.constant(7.0e6, LM2022_ALL)));
        p.add(number(HUMIDIFIER_PUMP_EFFICIENCY, "", 0.3, 0.95, "pump efficiency",
                "humidifier pump efficiency", DefaultRule.constant(0.7, LM2022_ALL)));

        p.add(new Parameter.Builder(LIQUID_HEAT_REJECTION).choices(List.of("cooling-tower",
                "dry-cooler"))
                .describe("where the liquid loop's heat goes: cooling towers (through a heat exchanger) or dry"
                        + " coolers (no water; air-cooled chillers then serve the air side)")
                .byDefault("cooling-tower", Source.assumption("towers reach lower temperatures in the tropics;"
                        + " choose dry-cooler where water is scarce"))
                .onlyFor(DIRECT_LIQUID_COOLING, IMMERSION).build());
        // ---- cooling: chilled water and chillers ---------------------------------------------------
        CoolingTechnology[] chilledWater = {AIR_COOLED_CHILLER, WATER_COOLED_CHILLER, WATER_COOLED_CHILLER_WSE,
            AIRSIDE_ECONOMISER_ADIABATIC, DIRECT_LIQUID_COOLING, IMMERSION, SEAWATER};
        p.add(only(number(CHILLED_WATER_DT_K, "K", 2, 15, "chilled-water temperature rise",
                "chilled (facility) water temperature rise", DefaultRule.constant(7.5, LM2022_ALL)), chilledWater));
        p.add(only(number(CHILLED_WATER_SUPPLY_MAX_C, "C", 4, 20, "chilled-water supply set-point",
                "chilled-water supply set-point: the supply is the warmest water the coils allow or this, whichever"
                        + " is colder; by default it moves with supply_air_c", chilledWaterFollowsSupplyAir()),
                chilledWater));
        p.add(only(number(COIL_EFFECTIVENESS, "", 0.4, 0.98, "coil effectiveness",
                "cooling-coil effectiveness: sets the chilled-water supply temperature from the air temperatures",
                byClass(0.8, 0.8, 0.775, 0.8)), chilledWater));
        p.add(only(number(CHILLED_WATER_PUMP_PRESSURE_PA, "Pa", 2e4, 6e5, "pump pressure",
                "chilled-water pump pressure rise", DefaultRule.constant(143650.0, LM2022_ALL)), chilledWater));
        p.add(only(number(CHILLED_WATER_PUMP_EFFICIENCY, "", 0.3, 0.95, "pump efficiency",
                "chilled-water pump efficiency", DefaultRule.constant(0.7, LM2022_ALL)), chilledWater));
        CoolingTechnology[] economiser = {WATER_COOLED_CHILLER_WSE, SEAWATER, DIRECT_LIQUID_COOLING, IMMERSION};
        p.add(only(number(ECONOMISER_PUMP_PRESSURE_PA, "Pa", 2e4, 6e5, "pump pressure",
                "economiser (heat exchanger) water pump pressure rise", DefaultRule.constant(143650.0, LM2022_ALL)),
                economiser));
        p.add(only(number(ECONOMISER_PUMP_EFFICIENCY, "", 0.3, 0.95, "pump efficiency",
                "economiser water pump efficiency", DefaultRule.constant(0.7, LM2022_ALL)), economiser));
        p.add(only(number(HEAT_EXCHANGER_APPROACH_K, "K", 0.5, 6, "plate heat exchanger approach",
                "approach of the economiser plate heat exchanger", DefaultRule.constant(2.25, LM2022_ALL)),
                economiser));
        CoolingTechnology[] waterCooledChillers = {WATER_COOLED_CHILLER, WATER_COOLED_CHILLER_WSE,
            AIRSIDE_ECONOMISER_ADIABATIC, DIRECT_LIQUID_COOLING, IMMERSION, SEAWATER};
        p.add(only(new Parameter.Builder(CHILLER_PART_LOAD).range(0.1, 1.0, "part-load ratio")
                .describe("optional: a fixed part-load ratio of the water-cooled chillers (as Lei & Masanet);"
                        + " unset, the chillers are staged on the load: as many run as the load needs")
                .build(), waterCooledChillers));
        p.add(only(number(CHILLER_MIN_PART_LOAD, "", 0, 0.6, "share of one chiller's capacity",
                "lowest load of a running chiller; below it the chiller false-loads (hot-gas bypass)",
                byLevel(new Default(0.25, CHILLER_MIN_LOAD), new Default(0.15, CHILLER_MIN_LOAD),
                        new Default(0.10, CHILLER_MIN_LOAD))), waterCooledChillers));
        p.add(number(CHILLER_RATED_KW_PER_RT, "kW/RT", 0.3, 2.0, "kW per refrigeration ton",
                "chiller (or DX unit) efficiency at the AHRI 550/590 full-load rating: 29.44 C condenser water or"
                        + " 35 C outdoor air, 6.67 C chilled water (DX: gross rated COP)",
                DefaultRule.derived(CoolingInputs::ratedKwPerRt)));
        p.add(number(CHILLER_RATED_COP, "", 1.5, 12, "COP at the AHRI 550/590 rating",
                "the same efficiency as a COP (3.51685 / kW per RT); give either",
                DefaultRule.derived(resolved -> resolved.get(CHILLER_RATED_KW_PER_RT).map(kwPerRt -> new Default(
                        ChillerModels.KW_PER_REFRIGERATION_TON / kwPerRt,
                        Source.of("3.51685 / chiller_rated_kw_per_rt", "", "high"))).orElse(null))));
        p.add(number(CHILLER_COP_ADJUSTMENT, "", -0.6, 0.5, "relative COP deviation",
                "relative deviation of chiller or DX COP from the rated one (e.g. -0.1 for fouling or age)",
                DefaultRule.constant(0.0, Source.of("the rated COP as is; base curves: Lei & Masanet (2020)"
                        + " water-cooled regression, EnergyPlus Carrier 30XA air-cooled chiller, EnergyPlus Liebert DSE"
                        + " CRAC, scaled to the rated COP", "2020", "medium"))));
        p.add(number(CHILLER_WARM_WATER_CREDIT, "", 0, 1, "share of the Carnot gain",
                "share of the second-law COP gain credited for chilled water (DX: return air) warmer than the"
                        + " rating point; capped at 15.6 C leaving water and a 10 K minimum lift; 0 = base curves as"
                        + " published", DefaultRule.constant(ChillerModels.DEFAULT_WARM_WATER_CREDIT,
                        WARM_WATER_CREDIT)));
        p.add(number(FAN_MIN_SPEED, "", 0.1, 1.0, "share of design flow",
                "lowest speed of air-handler, tower and dry-cooler fans (1 = constant speed); above it"
                        + " variable-speed fans follow the ASHRAE 90.1 Appendix G part-load curve",
                byLevel(new Default(1.0, CONSTANT_SPEED), new Default(0.4, FAN_CURVE_MIN),
                        new Default(0.3, BEST_MIN_SPEED))));
        p.add(only(number(PUMP_MIN_FLOW, "", 0.1, 1.0, "share of design flow",
                "lowest flow of chilled-water, condenser and liquid-loop pumps (1 = constant flow)",
                byLevel(new Default(1.0, CONSTANT_SPEED), new Default(0.5, PUMP_MIN_FLOW_SOURCE),
                        new Default(0.3, BEST_MIN_SPEED))), chilledWater));

        // ---- cooling: towers and water ---------------------------------------------------------------
        p.add(only(number(TOWER_APPROACH_K, "K", 1, 10, "cooling tower approach to wet bulb",
                "cooling tower approach to the outdoor wet bulb", DefaultRule.constant(4.75, LM2022_ALL)), TOWERS));
        p.add(only(number(TOWER_RANGE_K, "K", 2, 12, "condenser water range",
                "condenser-water temperature range through the towers", DefaultRule.constant(5.0, LM2022_ALL)),
                TOWERS));
        p.add(only(number(TOWER_FAN_PRESSURE_PA, "Pa", 50, 600, "tower fan pressure",
                "cooling tower fan pressure rise", byClass(250, 250, 300, 300)), TOWERS));
        p.add(only(number(TOWER_FAN_EFFICIENCY, "", 0.3, 0.95, "fan efficiency",
                "cooling tower fan efficiency", byClass(0.775, 0.775, 0.70, 0.675)), TOWERS));
        p.add(only(number(TOWER_LIQUID_GAS_RATIO, "", 0.2, 5, "water over air mass flow",
                "liquid-to-gas (water over air) mass flow ratio of the towers", byClass(2.1, 2.1, 1.1, 1.1)),
                TOWERS));
        p.add(only(number(CONDENSER_PUMP_PRESSURE_PA, "Pa", 2e4, 6e5, "pump pressure",
                "condenser (tower) water pump pressure rise", DefaultRule.constant(208650.0, LM2022_ALL)),
                TOWERS));
        p.add(only(number(CONDENSER_PUMP_EFFICIENCY, "", 0.3, 0.95, "pump efficiency",
                "condenser water pump efficiency", DefaultRule.constant(0.7, LM2022_ALL)), TOWERS));
        p.addAll(WaterInputs.parameters()); // the towers' water treatment

        // ---- cooling: liquid loop -----------------------------------------------------------------
        p.add(new Parameter.Builder(LIQUID_SHARE).range(0.3, 0.95, "share of IT heat")
                .describe("share of IT heat captured by the direct-to-chip liquid loop (immersion: all)")
                .byDefault(0.75, LIQUID_SHARE_SOURCE).onlyFor(DIRECT_LIQUID_COOLING).build());
        p.add(liquid(number(LIQUID_SUPPLY_C, "C", 15, 50, "ASHRAE W17-W45 facility water classes",
                "facility water supply temperature of the liquid loop", DefaultRule.constant(32.0, W32))));
        p.add(liquid(number(LIQUID_DT_K, "K", 2, 15, "loop temperature rise",
                "temperature rise of the liquid loop", DefaultRule.constant(7.5, LM2022_ALL))));
        p.add(liquid(number(LIQUID_PUMP_PRESSURE_PA, "Pa", 2e4, 6e5, "pump pressure",
                "liquid loop pump pressure rise (facility and technology cooling loops)",
                DefaultRule.constant(143650.0, LM2022_ALL))));
        p.add(liquid(number(LIQUID_PUMP_EFFICIENCY, "", 0.3, 0.95, "pump efficiency",
                "liquid loop pump efficiency", DefaultRule.constant(0.7, LM2022_ALL))));
        p.add(liquid(number(DRY_COOLER_APPROACH_K, "K", 3, 20, "leaving water above dry bulb",
                "dry cooler approach: leaving water above the outdoor dry bulb",
                DefaultRule.constant(10.0, MDPI_DRY_COOLER))));
        p.add(liquid(number(DRY_COOLER_AIR_DT_K, "K", 3, 25, "air temperature rise",
                "air temperature rise through the dry coolers (sets their air flow)",
                DefaultRule.constant(10.0, Source.assumption("no published figure found; air heated about as"
                        + " much as the approach")))));
        p.add(liquid(number(DRY_COOLER_FAN_PRESSURE_PA, "Pa", 50, 500, "fan pressure",
                "dry cooler fan pressure rise", DefaultRule.constant(150.0, Source.assumption(
                        "typical axial fan pressure; no published figure found")))));
        p.add(liquid(number(DRY_COOLER_FAN_EFFICIENCY, "", 0.2, 0.9, "fan efficiency",
                "dry cooler fan efficiency", DefaultRule.constant(0.5, Source.assumption(
                        "axial fan with motor; no published figure found")))));

        // ---- cooling: sea water -------------------------------------------------------------------
        p.add(sea(number(SEA_TEMPERATURE_C, "C", 5, 35, "sea surface temperature",
                "sea water temperature at the intake (annual mean)", DefaultRule.constant(29.2, SEA_MALACCA))));
        p.add(sea(number(SEA_DT_K, "K", 2, 15, "sea water temperature rise",
                "sea water temperature rise through the heat exchangers",
                DefaultRule.constant(7.5, Source.of("Lei & Masanet (2020) seawater model range 5-10 K: middle",
                        "2020", "medium")))));
        p.add(sea(number(SEA_PUMP_HEAD_M, "m", 5, 200, "pump head",
                "sea water pump head", DefaultRule.constant(90.0, Source.of("MODEL.md / Lei & Masanet (2020):"
                        + " pump head 30-150 m: middle", "2020", "medium")))));
        p.add(sea(number(SEA_PUMP_EFFICIENCY, "", 0.3, 0.95, "pump efficiency", "sea water pump efficiency",
                DefaultRule.constant(0.7, LM2022_ALL))));
        return p;
    }

    /** The technologies with cooling towers (their water inputs are {@link WaterInputs}'). */
    static final CoolingTechnology[] TOWERS = {WATER_COOLED_CHILLER, WATER_COOLED_CHILLER_WSE,
        AIRSIDE_ECONOMISER_ADIABATIC, DIRECT_LIQUID_COOLING, IMMERSION};

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
        int index = ParameterCatalogue.DESIGN_LEVELS.indexOf(level);
        double rt = ChillerModels.KW_PER_REFRIGERATION_TON;
        double[] airCooledCop = {2.80, 2.96, 3.10};
        Source[] sources = {ASHRAE901_2004, ASHRAE901_2019, BEST_CHILLERS};
        CoolingTechnology technology = resolved.technology() == null ? WATER_COOLED_CHILLER : resolved.technology();
        if (technology == DX_CRAC) {
            return new Default(rt / new double[] {2.2, 2.5, 3.0}[index], DX_NSENCOP);
        }
        // liquid loops on dry coolers leave the air side to air-cooled chillers
        boolean airCooled = technology == AIR_COOLED_CHILLER || technology.isLiquidCooled()
                && resolved.require(LIQUID_HEAT_REJECTION).equals("dry-cooler");
        return new Default(airCooled ? rt / airCooledCop[index] : new double[] {0.576, 0.560, 0.47}[index],
                sources[index]);
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

    /**
     * The design level's chilled-water set-point (7 / 12 / 15.6 C at its default supply air of
     * 22 / 26 / 27 C), moved by as many kelvin as supply_air_c is set above or below that default:
     * raising the supply air lets the plant raise its chilled water with it (Schneider Electric WP227),
     * which is where the energy saving of warmer supply air comes from. Never above 15.6 C, the upper
     * end of standard chillers' leaving-water range (CHW_BEST), and never below 4 C.
     */
    private static DefaultRule chilledWaterFollowsSupplyAir() {
        DefaultRule atLevel = byLevel(new Default(7.0, CHW_LEGACY), new Default(12.0, CHW_TYPICAL),
                new Default(ChillerModels.MAX_LEAVING_WATER_C, CHW_BEST));
        DefaultRule levelSupplyAir = supplyAirByLevel();
        return DefaultRule.derived(partial -> {
            Default level = atLevel.resolve(partial).orElse(null);
            Default levelAir = levelSupplyAir.resolve(partial).orElse(null);
            double supplyAirC = partial.get(SUPPLY_AIR_C).orElse(Double.NaN);
            if (level == null || levelAir == null || Double.isNaN(supplyAirC)
                    || supplyAirC == (Double) levelAir.value()) {
                return level;
            }
            double followed = Math.max(4.0, Math.min(ChillerModels.MAX_LEAVING_WATER_C,
                    (Double) level.value() + supplyAirC - (Double) levelAir.value()));
            return new Default(followed, Source.of("follows supply_air_c: the design level's set-point "
                    + level.value() + " C at " + levelAir.value() + " C supply air, moved by the same kelvin as"
                    + " the supply air (Schneider Electric WP227), at most " + ChillerModels.MAX_LEAVING_WATER_C
                    + " C (upper end of standard chillers' leaving-water range)", "2016", "low"));
        });
    }

    /**
     * 18 C (ASHRAE recommended lower limit), or supply_air_c when that is set lower (the documented
     * range of supply_air_c reaches 15 C): the lowest supply temperature cannot exceed the highest.
     */
    private static DefaultRule supplyAirMinimum() {
        return DefaultRule.derived(partial -> {
            double supplyAirC = partial.get(SUPPLY_AIR_C).orElse(18.0);
            return supplyAirC >= 18.0 ? new Default(18.0, ASHRAE_RECOMMENDED) : new Default(supplyAirC, Source.of(
                    "follows supply_air_c, set below the ASHRAE recommended lower limit of 18 C", "", "user"));
        });
    }
}
