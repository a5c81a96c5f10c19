package dcplanner.scenario;

/**
 * Emissions and the ISO/IEC 30134 renewable, reuse and water metrics of a steady operating year
 * (at the scenario's utilisation).
 *
 * @param basis                 the grid carbon basis used (lifecycle or national)
 * @param gridGramsPerKwh       grid carbon intensity used
 * @param co2LocationTPerYear   location-based emissions
 * @param co2MarketTPerYear     market-based emissions (after PPAs and certificates)
 * @param cueKgPerKwh           CUE on the chosen basis (location-based)
 * @param renewableEnergyFactor REF, 0..1
 * @param energyReuseFactor     ERF, 0..1
 * @param energyReuseEffectiveness ERE
 * @param wueSourceLitresPerKwh source WUE
 * @param pvGenerationKwh       on-site PV generation
 * @param pvUsedKwh             on-site PV used by the facility
 * @param gridKwh               electricity bought from the grid
 */
public record CarbonMetrics(String basis, double gridGramsPerKwh, double co2LocationTPerYear,
        double co2MarketTPerYear, double cueKgPerKwh, double renewableEnergyFactor, double energyReuseFactor,
        double energyReuseEffectiveness, double wueSourceLitresPerKwh, double pvGenerationKwh, double pvUsedKwh,
        double gridKwh) {
}
