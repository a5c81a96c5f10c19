package dcplanner.scenario;



/**
 * Inputs of the cooling towers' water treatment (cycles of concentration, drift).
 * The keys are typed ({@link Input}); the catalogue declares each one's parameter (unit, range, default rule,
 * source, technologies) from its key, and {@link Scenario#get(Input)} reads it without a cast.
 */
public final class WaterInputs {

    private WaterInputs() {
    }

    public static final Input<Double> CYCLES_OF_CONCENTRATION = Input.number("cycles_of_concentration");
    public static final Input<Double> DRIFT_FRACTION = Input.number("drift_fraction");
}
