package dcplanner.energy;

/**
 * The power chain between the grid and the IT equipment.
 *
 * @param ups                       UPS losses as fractions of the installed UPS rating (WP113 form)
 * @param installedCapacityFactor   installed UPS and transformer rating over the IT capacity, from
 *                                  the redundancy (N: 1, N+1: (n+1)/n, 2N: 2)
 * @param distributionLossFraction  share of the power entering the PDUs and cabling downstream of the
 *                                  UPS that is lost there (Lei and Masanet's distribution loss rate)
 * @param transformer               transformer losses as fractions of the installed transformer rating
 * @param lightingFraction          lighting power as a fraction of IT capacity
 * @param miscLoadFraction          other building loads (offices, security, controls) as a fraction of IT
 *                                  capacity
 */
public record ElectricalDesign(LossCoefficients ups, double installedCapacityFactor, double distributionLossFraction,
        LossCoefficients transformer, double lightingFraction, double miscLoadFraction) {
}
