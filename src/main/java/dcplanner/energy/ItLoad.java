package dcplanner.energy;

import java.util.Arrays;

/**
 * The IT load: its capacity, how full it runs, and the server fans inside it.
 *
 * @param itCapacityKw          rated critical (IT) load of the facility, kW
 * @param utilisation           annual mean IT power over capacity, 0..1
 * @param hourlyProfile         24 relative weights for the hours of the day (EPW hours 1..24), mean 1
 * @param serverFanShare        share of IT power drawn by server fans in air-cooled servers at or below
 *                              the reference inlet temperature
 * @param serverFanSpeedupPerK  relative increase of server fan air flow per K of inlet above the
 *                              reference (fan power follows the cube of the flow); 0 switches it off
 * @param serverFanReferenceInletC inlet temperature above which server fans speed up, C
 */
public record ItLoad(double itCapacityKw, double utilisation, double[] hourlyProfile, double serverFanShare,
        double serverFanSpeedupPerK, double serverFanReferenceInletC) {

    public ItLoad {
        if (hourlyProfile.length != 24) {
            throw new IllegalArgumentException("hourly profile needs 24 values, got " + hourlyProfile.length);
        }
        hourlyProfile = normalised(hourlyProfile);
    }

    /** A flat profile: the same load every hour. */
    public static double[] flatProfile() {
        double[] flat = new double[24];
        Arrays.fill(flat, 1.0);
        return flat;
    }

    private static double[] normalised(double[] weights) {
        double sum = 0;
        for (double weight : weights) {
            sum += weight;
        }
        double[] out = new double[24];
        for (int h = 0; h < 24; h++) {
            out[h] = weights[h] * 24 / sum;
        }
        return out;
    }

    /** Utilisation in EPW hour {@code hourOfDay} (1..24). */
    public double utilisationAt(int hourOfDay) {
        return utilisation * hourlyProfile[hourOfDay - 1];
    }

    /** The highest hourly utilisation the profile reaches. */
    public double peakUtilisation() {
        double max = 0;
        for (double weight : hourlyProfile) {
            max = Math.max(max, weight);
        }
        return utilisation * max;
    }

    /** The same load at a fixed utilisation every hour (for PUE at a given IT load). */
    public ItLoad atFixedUtilisation(double fixedUtilisation) {
        return new ItLoad(itCapacityKw, fixedUtilisation, flatProfile(), serverFanShare, serverFanSpeedupPerK,
                serverFanReferenceInletC);
    }

    /**
     * IT power, kW, at utilisation {@code u}, with {@code airCooledShare} of the server heat removed by
     * air (the fans of the liquid-cooled share are removed) and air entering the servers at
     * {@code inletC}. Fan power follows the cube of fan flow (fan affinity laws).
     */
    public double itPowerKw(double u, double airCooledShare, double inletC) {
        double nominal = itCapacityKw * u;
        double speed = 1 + serverFanSpeedupPerK * Math.max(0, inletC - serverFanReferenceInletC);
        return nominal * ((1 - serverFanShare) + serverFanShare * airCooledShare * speed * speed * speed);
    }

    /** Heat of the compute part (not the fans) that a liquid loop captures, kW. */
    public double liquidHeatKw(double u, double airCooledShare) {
        return itCapacityKw * u * (1 - serverFanShare) * (1 - airCooledShare);
    }

    @Override
    public double[] hourlyProfile() {
        return hourlyProfile.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ItLoad o && o.itCapacityKw == itCapacityKw && o.utilisation == utilisation
                && Arrays.equals(o.hourlyProfile, hourlyProfile) && o.serverFanShare == serverFanShare
                && o.serverFanSpeedupPerK == serverFanSpeedupPerK
                && o.serverFanReferenceInletC == serverFanReferenceInletC;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(itCapacityKw, utilisation, Arrays.hashCode(hourlyProfile), serverFanShare,
                serverFanSpeedupPerK, serverFanReferenceInletC);
    }

    @Override
    public String toString() {
        return "ItLoad[" + itCapacityKw + " kW at " + utilisation + "]";
    }
}
