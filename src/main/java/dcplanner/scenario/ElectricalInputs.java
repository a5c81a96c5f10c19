package dcplanner.scenario;

import static dcplanner.scenario.Declarations.*;

import java.util.ArrayList;
import java.util.List;

import dcplanner.energy.ElectricalDesign;
import dcplanner.energy.LossCoefficients;
import dcplanner.scenario.DefaultRule.Default;
import dcplanner.scenario.Parameter.Group;

/**
  * Inputs of the power chain (redundancy, UPS, transformers, distribution, base loads) and the {@link
  * ElectricalDesign} they fill.
 * The keys are typed ({@link Input}); the catalogue declares each one's parameter (unit, range, default rule,
 * source, technologies) from its key, and {@link Scenario#get(Input)} reads it without a cast.
 */
public final class ElectricalInputs {

    private ElectricalInputs() {
    }

    public static final Input<String> REDUNDANCY = Input.choice("redundancy");
    public static final Input<Integer> REDUNDANCY_GROUP_SIZE = Input.integer("redundancy_group_size");
    public static final Input<String> UPS_TYPE = Input.choice("ups_type");
    public static final Input<Double> UPS_NO_LOAD_LOSS = Input.number("ups_no_load_loss");
    public static final Input<Double> UPS_PROPORTIONAL_LOSS = Input.number("ups_proportional_loss");
    public static final Input<Double> UPS_SQUARE_LAW_LOSS = Input.number("ups_square_law_loss");
    public static final Input<Double> DISTRIBUTION_LOSS_FRACTION = Input.number("distribution_loss_fraction");
    public static final Input<Double> TRANSFORMER_NO_LOAD_LOSS = Input.number("transformer_no_load_loss");
    public static final Input<Double> TRANSFORMER_LOAD_LOSS = Input.number("transformer_load_loss");
    public static final Input<Double> LIGHTING_FRACTION = Input.number("lighting_fraction");
    public static final Input<Double> MISC_LOAD_FRACTION = Input.number("misc_load_fraction");

    /** The power chain of a resolved scenario. */
    public static ElectricalDesign design(Scenario s) {
        LossCoefficients ups = new LossCoefficients(s.get(UPS_NO_LOAD_LOSS), s.get(UPS_PROPORTIONAL_LOSS),
                s.get(UPS_SQUARE_LAW_LOSS));
        LossCoefficients transformer = new LossCoefficients(s.get(TRANSFORMER_NO_LOAD_LOSS), 0,
                s.get(TRANSFORMER_LOAD_LOSS));
        return new ElectricalDesign(ups, installedCapacityFactor(s), s.get(DISTRIBUTION_LOSS_FRACTION),
                transformer, s.get(LIGHTING_FRACTION), s.get(MISC_LOAD_FRACTION));
    }

    /** Installed UPS and transformer rating over IT capacity for the scenario's redundancy. */
    public static double installedCapacityFactor(Scenario s) {
        return switch (s.get(REDUNDANCY)) {
            case "2N" -> 2.0;
            case "N+1" -> 1.0 + 1.0 / s.get(REDUNDANCY_GROUP_SIZE);
            default -> 1.0;
        };
    }

    /** Units installed for {@code duty} duty units under the scenario's redundancy. */
    static int installedUnits(Scenario s, int duty) {
        return switch (s.get(REDUNDANCY)) {
            case "2N" -> 2 * duty;
            case "N+1" -> duty + 1;
            default -> duty;
        };
    }

    /** The declarations of this domain's inputs, in the order they are resolved and listed. */
    static List<Parameter> parameters() {
        List<Parameter> p = new ArrayList<>();
        // ---- electrical ---------------------------------------------------------------------------
        p.add(new Parameter.Builder(REDUNDANCY).group(Group.ELECTRICAL)
                .choices(List.of("N", "N+1", "2N"))
                .describe("redundancy of UPS and transformers: installed rating N: 1x, N+1: (n+1)/n, 2N: 2x"
                        + " the IT capacity")
                .byDefault("N+1", UPTIME_TIER3).build());
        p.add(new Parameter.Builder(REDUNDANCY_GROUP_SIZE).group(Group.ELECTRICAL)
                .range(1, 20, "units").describe("n of an N+1 design: units that together carry the full load")
                .byDefault(4.0, Source.assumption("four duty units plus one standby; set your design")).build());
        p.add(new Parameter.Builder(UPS_TYPE).group(Group.ELECTRICAL)
                .choices(List.of("legacy-double-conversion", "modern-double-conversion", "eco-mode"))
                .describe("UPS technology; sets the three UPS loss coefficients")
                .byDefault(byLevel(new Default("legacy-double-conversion", Source.assumption("older halls: double"
                        + " conversion UPS with input transformers")), new Default("modern-double-conversion",
                        Source.assumption("current large UPS ranges are transformerless double conversion")),
                        new Default("eco-mode", Source.assumption("best practice: high-efficiency (eco) mode, as"
                                + " hyperscale operators use"))))
                .build());
        p.add(upsLoss(UPS_NO_LOAD_LOSS, "UPS losses at no load, as a fraction of the installed UPS rating",
                0.04, 0.0058, 0.00386));
        p.add(upsLoss(UPS_PROPORTIONAL_LOSS, "UPS losses proportional to the load, fraction of the load",
                0.05, 0.0, 0.0));
        p.add(upsLoss(UPS_SQUARE_LAW_LOSS, "UPS square-law (I^2 R) losses at full load, fraction of the rating",
                0.0, 0.03143, 0.00416));
        p.add(new Parameter.Builder(DISTRIBUTION_LOSS_FRACTION).group(Group.ELECTRICAL)
                .range(0, 0.1, "share of the power entering PDUs and cabling")
                .describe("losses of PDUs and cabling downstream of the UPS")
                .byDefault(0.01, LM2022_LARGE).build());
        p.add(new Parameter.Builder(TRANSFORMER_NO_LOAD_LOSS).group(Group.ELECTRICAL)
                .range(0, 0.02, "fraction of the transformer rating")
                .describe("transformer no-load (core) losses; transformers are sized for the full-load peak"
                        + " times the redundancy")
                .byDefault(0.00118, DOE_TRANSFORMER).build());
        p.add(new Parameter.Builder(TRANSFORMER_LOAD_LOSS).group(Group.ELECTRICAL)
                .range(0, 0.05, "fraction of the transformer rating")
                .describe("transformer load (copper) losses at rated load; they follow the square of the load")
                .byDefault(0.00472, DOE_TRANSFORMER).build());
        p.add(new Parameter.Builder(LIGHTING_FRACTION).group(Group.ELECTRICAL)
                .range(0, 0.1, "fraction of IT capacity")
                .describe("lighting power of the white space, as a fraction of IT capacity")
                .byDefault(0.001, LM2022_LARGE).build());
        p.add(new Parameter.Builder(MISC_LOAD_FRACTION).group(Group.ELECTRICAL)
                .range(0, 0.2, "fraction of IT capacity")
                .describe("fixed base load of the building (offices, security, controls, support-space air"
                        + " conditioning) in kW per kW of IT capacity (0.015 = 15 kW per MW), drawn every hour"
                        + " whatever the IT load")
                .byDefault(byLevel(new Default(0.025, BASE_LOAD), new Default(0.015, BASE_LOAD),
                        new Default(0.010, BASE_LOAD))).build());
        return p;
    }

    private static Parameter upsLoss(Input<Double> name, String description, double legacy, double modern, double eco) {
        return new Parameter.Builder(name).group(Group.ELECTRICAL).range(0, 0.2, "fraction")
                .describe(description + "; default from ups_type")
                .byDefault(DefaultRule.derived(resolved -> switch (resolved.require(UPS_TYPE)) {
                    case "legacy-double-conversion" -> new Default(legacy, UPS_LEGACY);
                    case "eco-mode" -> new Default(eco, UPS_ECO);
                    default -> new Default(modern, UPS_MODERN);
                })).build();
    }
}
