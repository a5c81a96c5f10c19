package dcplanner.scenario;

import java.util.List;
import java.util.SortedMap;

import dcplanner.carbon.CarbonMetrics;
import dcplanner.climate.SiteClimate;
import dcplanner.economics.LifecycleResult;
import dcplanner.economics.OperatingYear;
import dcplanner.energy.EnergyResult;

/**
 * A scenario and everything computed for it.
 *
 * @param climate       the site climate used (after any elevation override)
 * @param countryIso3   the country whose figures were used
 * @param energy        the hourly simulation at the scenario's own utilisation
 * @param atLoadPercent the simulation at fixed IT loads of 25/50/75/100% of capacity
 * @param steadyYear    grid energy, PV and demand of a year at the scenario's utilisation
 * @param carbon        emissions and renewable, reuse and water metrics of that year
 * @param lifecycle     capital and operating cost, cash flow, NPV, IRR and life-cycle carbon
 * @param warnings      everything a reader must know: proxy climate, filled gaps, fallbacks, ignored inputs
 */
public record Evaluation(Scenario scenario, SiteClimate climate, String countryIso3, EnergyResult energy,
        SortedMap<Integer, EnergyResult> atLoadPercent, OperatingYear steadyYear, CarbonMetrics carbon,
        LifecycleResult lifecycle, List<String> warnings) {

    public Evaluation {
        atLoadPercent = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(atLoadPercent));
        warnings = List.copyOf(warnings);
    }

    /** PUE at a fixed IT load of {@code percent} of capacity. */
    public double pueAtLoad(int percent) {
        EnergyResult result = atLoadPercent.get(percent);
        if (result == null) {
            throw new IllegalArgumentException("no run at " + percent + "% IT load");
        }
        return result.pue();
    }
}
