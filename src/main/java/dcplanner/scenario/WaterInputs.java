package dcplanner.scenario;

import static dcplanner.scenario.Declarations.*;

import java.util.ArrayList;
import java.util.List;

import dcplanner.scenario.Parameter.Group;

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

    /** The declarations of this domain's inputs, in the order they are resolved and listed. */
    static List<Parameter> parameters() {
        List<Parameter> p = new ArrayList<>();
        p.add(only(new Parameter.Builder(CYCLES_OF_CONCENTRATION).group(Group.WATER)
                .range(1.5, 20, "dissolved solids in the basin over the make-up water")
                .describe("cycles of concentration of the tower water (sets the blowdown)")
                .byDefault(9.0, Source.of("MODEL.md section 4 / Lei & Masanet: cycles 3-15: middle", "2022",
                        "medium")).build(), CoolingInputs.TOWERS));
        p.add(only(new Parameter.Builder(DRIFT_FRACTION).group(Group.WATER)
                .range(0, 0.005, "fraction of the circulating water")
                .describe("tower drift as a fraction of the circulating water")
                .byDefault(0.00008, ENERGYPLUS_DRIFT).build(), CoolingInputs.TOWERS));
        return p;
    }
}
