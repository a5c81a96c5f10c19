package dcplanner.economics;

/**
 * What the capital cost depends on.
 *
 * @param itCapacityKw              IT capacity, kW
 * @param constructionUsdPerMw      published construction cost per MW of IT capacity (excluding land)
 *                                  for the calibration build (20 MW, Tier III, air- or water-cooled)
 * @param redundancyFactor          installed electrical rating over IT capacity of this design
 * @param referenceRedundancyFactor the same for the calibration build (Tier III, N+1)
 * @param mechanicalMultiplier      mechanical cost of this cooling technology over a chiller plant's
 * @param electricalMultiplier      electrical plant cost of this design over the calibration build's
 * @param rackDensityKw             average IT kW per rack
 * @param referenceRackDensityKw    rack density of the calibration build
 * @param scaleExponent             cost grows with capacity^exponent (1: linear)
 * @param referenceCapacityMw       size of the calibration build, MW
 * @param landUsdPerM2              land price
 * @param landM2PerMw               site area per MW of IT capacity
 * @param pvKwp                     on-site PV, kWp
 * @param pvUsdPerKwp               PV installed cost
 */
public record CapexInputs(double itCapacityKw, double constructionUsdPerMw, double redundancyFactor,
        double referenceRedundancyFactor, double mechanicalMultiplier, double electricalMultiplier,
        double rackDensityKw,
        double referenceRackDensityKw, double scaleExponent, double referenceCapacityMw, double landUsdPerM2,
        double landM2PerMw, double pvKwp, double pvUsdPerKwp) {
}
