package dcplanner.scenario;

import java.util.OptionalDouble;

/**
 * Two evaluated scenarios side by side, with the abatement cost of the alternative against the
 * base: the extra cost of ownership (NPV) per tonne of life-cycle CO2e it avoids over the study
 * period (marginal abatement cost; empty when it avoids none).
 */
public record Comparison(Evaluation base, Evaluation alternative) {

    /** Life-cycle tonnes CO2e avoided by the alternative (negative if it emits more). */
    public double co2AvoidedT() {
        return base.lifecycle().lifecycleCo2T() - alternative.lifecycle().lifecycleCo2T();
    }

    /** Extra total cost of ownership of the alternative, USD (negative if it costs less). */
    public double extraCostUsd() {
        return alternative.lifecycle().tcoNpvUsd() - base.lifecycle().tcoNpvUsd();
    }

    /** USD per tonne CO2e avoided; negative when the alternative saves both money and carbon. */
    public OptionalDouble abatementCostUsdPerT() {
        double avoided = co2AvoidedT();
        return avoided > 0 ? OptionalDouble.of(extraCostUsd() / avoided) : OptionalDouble.empty();
    }
}
