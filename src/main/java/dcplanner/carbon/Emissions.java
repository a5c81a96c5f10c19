package dcplanner.carbon;

/**
 * Operational emissions and the renewable, reuse and water metrics of one year (ISO/IEC 30134
 * series; GHG Protocol Scope 2 Guidance, 2015, for the two bases).
 */
public final class Emissions {

    private Emissions() {
    }

    /**
     * Location-based emissions, t CO2e: grid electricity at the grid's average intensity (GHG
     * Protocol Scope 2, location-based method).
     */
    public static double locationTonnes(double gridKwh, double gridGramsPerKwh) {
        return gridKwh * gridGramsPerKwh / 1e6;
    }

    /**
     * Market-based emissions, t CO2e: grid electricity not covered by power purchase agreements or
     * retired certificates (zero-emission instruments), at the grid average intensity because no
     * ASEAN residual-mix factor is published (GHG Protocol Scope 2, market-based method).
     */
    public static double marketTonnes(double gridKwh, double ppaKwh, double certificateKwh, double gridGramsPerKwh) {
        return Math.max(0, gridKwh - ppaKwh - certificateKwh) * gridGramsPerKwh / 1e6;
    }

    /** Carbon usage effectiveness, kg CO2e per kWh of IT energy (ISO/IEC 30134-8). */
    public static double cueKgPerKwh(double tonnes, double itKwh) {
        return tonnes * 1000 / itKwh;
    }

    /**
     * Renewable energy factor (ISO/IEC 30134-3): renewable energy whose attributes the site owns
     * (on-site generation used, PPAs, retired certificates) over facility energy, at most 1.
     */
    public static double renewableEnergyFactor(double onSiteRenewableKwh, double ppaKwh, double certificateKwh,
            double facilityKwh) {
        return Math.min(1.0, (onSiteRenewableKwh + ppaKwh + certificateKwh) / facilityKwh);
    }

    /** Energy reuse factor (ISO/IEC 30134-6): reused energy over facility energy, at most 1. */
    public static double energyReuseFactor(double reusedKwh, double facilityKwh) {
        return Math.min(1.0, reusedKwh / facilityKwh);
    }

    /** Energy reuse effectiveness (The Green Grid): (facility - reused) / IT = (1 - ERF) x PUE. */
    public static double energyReuseEffectiveness(double facilityKwh, double reusedKwh, double itKwh) {
        return (facilityKwh - Math.min(reusedKwh, facilityKwh)) / itKwh;
    }

    /**
     * Source water usage effectiveness (The Green Grid WP35): site water plus the water the power
     * stations evaporate for the grid electricity used, L per kWh of IT energy.
     */
    public static double wueSourceLitresPerKwh(double siteLitres, double gridKwh, double gridLitresPerKwh,
            double itKwh) {
        return (siteLitres + gridKwh * gridLitresPerKwh) / itKwh;
    }
}
