package dcplanner.scenario;

import dcplanner.energy.ElectricalDesign;
import dcplanner.energy.LossCoefficients;

/**
 * Inputs of the power chain (redundancy, UPS, transformers, distribution, base loads) and the {@link ElectricalDesign} they fill.
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
}
