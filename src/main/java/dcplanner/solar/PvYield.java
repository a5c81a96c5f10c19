package dcplanner.solar;

import java.util.Arrays;
import java.util.Locale;

/**
 * Output of one PV simulation over a weather year, per kWp of DC nameplate. Immutable: the hourly
 * array is copied in and out; {@link #acKwhPerKwp(int)} reads one hour without copying.
 *
 * @param system                 the array that was simulated
 * @param weatherSource          the weather file the year came from
 * @param irradianceTimeShiftHours shift applied to the file's irradiance time base, hours (0 = as the
 *                               EPW convention says)
 * @param hourlyAcKwhPerKwp      AC energy of each hour of the weather year, kWh per kWp DC
 * @param annualAcKwhPerKwp      annual AC energy: the specific yield, kWh/kWp
 * @param annualDcKwhPerKwp      annual DC energy after DC losses, before the inverter, kWh/kWp
 * @param annualClippedKwhPerKwp AC energy lost to the inverter's AC limit (what an unlimited inverter would
 *                               have delivered more), kWh/kWp
 * @param annualGhiKwhPerM2      global horizontal irradiation of the weather year, kWh/m2
 * @param annualPoaKwhPerM2      plane-of-array irradiation (before the cover loss), kWh/m2
 */
public record PvYield(PvSystem system, String weatherSource, double irradianceTimeShiftHours,
        double[] hourlyAcKwhPerKwp, double annualAcKwhPerKwp,
        double annualDcKwhPerKwp, double annualClippedKwhPerKwp, double annualGhiKwhPerM2,
        double annualPoaKwhPerM2) {

    public PvYield {
        hourlyAcKwhPerKwp = hourlyAcKwhPerKwp.clone();
    }

    /** A copy of the hourly AC energy, kWh per kWp DC. */
    @Override
    public double[] hourlyAcKwhPerKwp() {
        return hourlyAcKwhPerKwp.clone();
    }

    /** AC energy of hour {@code i} (0-based index of the weather year), kWh per kWp DC. */
    public double acKwhPerKwp(int i) {
        return hourlyAcKwhPerKwp[i];
    }

    /** Number of hours simulated. */
    public int hours() {
        return hourlyAcKwhPerKwp.length;
    }

    /**
     * Performance ratio (IEC 61724): final yield over reference yield, i.e. AC kWh/kWp divided by the
     * plane-of-array irradiation in kWh/m2 (over the 1 kW/m2 rating irradiance).
     */
    public double performanceRatio() {
        return annualPoaKwhPerM2 > 0 ? annualAcKwhPerKwp / annualPoaKwhPerM2 : 0.0;
    }

    /** AC energy over the energy of the DC nameplate running every hour of the year. */
    public double capacityFactor() {
        return annualAcKwhPerKwp / hourlyAcKwhPerKwp.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PvYield that && system.equals(that.system) && weatherSource.equals(that.weatherSource)
                && Double.compare(irradianceTimeShiftHours, that.irradianceTimeShiftHours) == 0
                && Arrays.equals(hourlyAcKwhPerKwp, that.hourlyAcKwhPerKwp)
                && Double.compare(annualAcKwhPerKwp, that.annualAcKwhPerKwp) == 0
                && Double.compare(annualDcKwhPerKwp, that.annualDcKwhPerKwp) == 0
                && Double.compare(annualClippedKwhPerKwp, that.annualClippedKwhPerKwp) == 0
                && Double.compare(annualGhiKwhPerM2, that.annualGhiKwhPerM2) == 0
                && Double.compare(annualPoaKwhPerM2, that.annualPoaKwhPerM2) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * system.hashCode() + weatherSource.hashCode()) + Arrays.hashCode(hourlyAcKwhPerKwp);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "PvYield[%s, time shift %+.2f h, tilt %.1f deg, azimuth %.0f deg, DC/AC %.2f: %.0f kWh/kWp AC, PR %.3f, "
                        + "GHI %.0f kWh/m2, POA %.0f kWh/m2, clipped %.1f kWh/kWp, %d hours]",
                weatherSource, irradianceTimeShiftHours, system.tiltDeg(), system.surfaceAzimuthDeg(), system.dcAcRatio(), annualAcKwhPerKwp,
                performanceRatio(), annualGhiKwhPerM2, annualPoaKwhPerM2, annualClippedKwhPerKwp,
                hourlyAcKwhPerKwp.length);
    }
}
