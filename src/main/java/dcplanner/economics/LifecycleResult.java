package dcplanner.economics;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The life-cycle economics and carbon of a scenario.
 *
 * @param firstYearOpex              operating cost of the first operating year
 * @param tcoNpvUsd                  net present value of all costs less the residual value
 * @param lcocUsdPerKwMonth          levelised cost of capacity: TCO over the discounted kW-months of IT capacity
 * @param lcocUsdPerUtilisedKwMonth  the same per utilised kW (capacity x utilisation)
 * @param costUsdPerMwhIt            TCO over the discounted IT energy
 * @param irr                        internal rate of return of the net flows (only with revenue)
 * @param paybackYears               years from the start of construction until the cumulative net flow turns positive
 * @param embodiedCo2T               building, plant and IT equipment (with its renewals)
 */
public record LifecycleResult(CapexBreakdown capex, List<YearFlow> years, OpexBreakdown firstYearOpex,
        double tcoNpvUsd, double lcocUsdPerKwMonth, double lcocUsdPerUtilisedKwMonth, double costUsdPerMwhIt,
        OptionalDouble irr, OptionalDouble paybackYears, double operationalCo2LocationT,
        double operationalCo2MarketT, double embodiedCo2T) {

    public LifecycleResult {
        years = List.copyOf(years);
    }

    /** Operational (location-based) plus embodied emissions over the study period, t CO2e. */
    public double lifecycleCo2T() {
        return operationalCo2LocationT + embodiedCo2T;
    }
}
