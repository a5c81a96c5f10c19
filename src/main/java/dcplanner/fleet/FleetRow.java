package dcplanner.fleet;

import java.util.OptionalDouble;

/**
 * The data centres of one country (or {@code ALL}) in one calendar year.
 *
 * @param itCapacityMw          IT capacity in operation
 * @param peakDemandMw          sum of each cohort's highest hourly facility power (an upper bound of the
 *                              coincident peak)
 * @param waterMlPerDay         site water in megalitres per day (annual water over the days of the weather year)
 * @param co2LocationMt         grid electricity at the life-cycle grid intensity (or the grid path), Mt CO2e
 * @param co2NationalBasisMt    grid electricity at the official national grid emission factor, Mt CO2
 * @param co2MarketMt           location-based emissions less the renewable PPAs and certificates (market-based)
 * @param shareOfNationalDemand facility energy over national electricity demand, where the demand is known
 */
public record FleetRow(int year, String country, double itCapacityMw, int cohorts, double itEnergyTwh,
        double facilityEnergyTwh, double peakDemandMw, double waterMillionM3, double waterMlPerDay,
        double co2LocationMt, double co2NationalBasisMt, double co2MarketMt, OptionalDouble shareOfNationalDemand) {
}
