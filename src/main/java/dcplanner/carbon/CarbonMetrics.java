package dcplanner.carbon;

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

    /** The metrics of one operating year's energy under the grid accounting {@code grid}. */
    public static CarbonMetrics of(GridCarbon grid, YearEnergy year, double pvGenerationKwh) {
        double gPerKwh = grid.gridGramsPerKwh();
        double ppaKwh = grid.ppaShare() * year.gridKwh();
        double certificateKwh = grid.certificateShare() * year.gridKwh();
        double location = Emissions.locationTonnes(year.gridKwh(), gPerKwh);
        double market = Emissions.marketTonnes(year.gridKwh(), ppaKwh, certificateKwh, gPerKwh);
        double reusedKwh = grid.heatReuseFraction() * year.heatRejectedKwh();
        return new CarbonMetrics(grid.basis(), gPerKwh, location, market,
                Emissions.cueKgPerKwh(location, year.itKwh()),
                Emissions.renewableEnergyFactor(year.pvUsedKwh(), ppaKwh, certificateKwh, year.facilityKwh()),
                Emissions.energyReuseFactor(reusedKwh, year.facilityKwh()),
                Emissions.energyReuseEffectiveness(year.facilityKwh(), reusedKwh, year.itKwh()),
                Emissions.wueSourceLitresPerKwh(year.siteWaterLitres(), year.gridKwh(),
                        grid.gridWaterLitresPerKwh(), year.itKwh()),
                pvGenerationKwh, year.pvUsedKwh(), year.gridKwh());
    }
}
