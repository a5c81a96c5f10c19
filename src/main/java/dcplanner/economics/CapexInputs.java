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

    /**
     * Builds the inputs field by field:
     * every field is set by name, and {@link #build()} fails naming any left unset, so that two
     * values of the same type cannot be swapped by their position.
     */
    public static final class Builder {
        private Double itCapacityKw;
        private Double constructionUsdPerMw;
        private Double redundancyFactor;
        private Double referenceRedundancyFactor;
        private Double mechanicalMultiplier;
        private Double electricalMultiplier;
        private Double rackDensityKw;
        private Double referenceRackDensityKw;
        private Double scaleExponent;
        private Double referenceCapacityMw;
        private Double landUsdPerM2;
        private Double landM2PerMw;
        private Double pvKwp;
        private Double pvUsdPerKwp;

        public Builder itCapacityKw(double value) {
            itCapacityKw = value;
            return this;
        }

        public Builder constructionUsdPerMw(double value) {
            constructionUsdPerMw = value;
            return this;
        }

        public Builder redundancyFactor(double value) {
            redundancyFactor = value;
            return this;
        }

        public Builder referenceRedundancyFactor(double value) {
            referenceRedundancyFactor = value;
            return this;
        }

        public Builder mechanicalMultiplier(double value) {
            mechanicalMultiplier = value;
            return this;
        }

        public Builder electricalMultiplier(double value) {
            electricalMultiplier = value;
            return this;
        }

        public Builder rackDensityKw(double value) {
            rackDensityKw = value;
            return this;
        }

        public Builder referenceRackDensityKw(double value) {
            referenceRackDensityKw = value;
            return this;
        }

        public Builder scaleExponent(double value) {
            scaleExponent = value;
            return this;
        }

        public Builder referenceCapacityMw(double value) {
            referenceCapacityMw = value;
            return this;
        }

        public Builder landUsdPerM2(double value) {
            landUsdPerM2 = value;
            return this;
        }

        public Builder landM2PerMw(double value) {
            landM2PerMw = value;
            return this;
        }

        public Builder pvKwp(double value) {
            pvKwp = value;
            return this;
        }

        public Builder pvUsdPerKwp(double value) {
            pvUsdPerKwp = value;
            return this;
        }

        /** The record; throws if a field was not set. */
        public CapexInputs build() {
            java.util.List<String> unset = new java.util.ArrayList<>();
            noteUnset(unset, itCapacityKw, "itCapacityKw");
            noteUnset(unset, constructionUsdPerMw, "constructionUsdPerMw");
            noteUnset(unset, redundancyFactor, "redundancyFactor");
            noteUnset(unset, referenceRedundancyFactor, "referenceRedundancyFactor");
            noteUnset(unset, mechanicalMultiplier, "mechanicalMultiplier");
            noteUnset(unset, electricalMultiplier, "electricalMultiplier");
            noteUnset(unset, rackDensityKw, "rackDensityKw");
            noteUnset(unset, referenceRackDensityKw, "referenceRackDensityKw");
            noteUnset(unset, scaleExponent, "scaleExponent");
            noteUnset(unset, referenceCapacityMw, "referenceCapacityMw");
            noteUnset(unset, landUsdPerM2, "landUsdPerM2");
            noteUnset(unset, landM2PerMw, "landM2PerMw");
            noteUnset(unset, pvKwp, "pvKwp");
            noteUnset(unset, pvUsdPerKwp, "pvUsdPerKwp");
            if (!unset.isEmpty()) {
                throw new IllegalStateException("CapexInputs: not set: " + String.join(", ", unset));
            }
            return new CapexInputs(itCapacityKw, constructionUsdPerMw, redundancyFactor, referenceRedundancyFactor,
                    mechanicalMultiplier, electricalMultiplier, rackDensityKw, referenceRackDensityKw, scaleExponent,
                    referenceCapacityMw, landUsdPerM2, landM2PerMw, pvKwp, pvUsdPerKwp);
        }

        private static void noteUnset(java.util.List<String> unset, Object value, String name) {
            if (value == null) {
                unset.add(name);
            }
        }
    }
}
