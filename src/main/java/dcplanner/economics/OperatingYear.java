package dcplanner.economics;

import dcplanner.carbon.YearEnergy;
import dcplanner.climate.WeatherYear;
import dcplanner.energy.EnergyResult;
import dcplanner.energy.HourlySeries;
import dcplanner.solar.PvYield;

/**
 * The physical results of one operating year at one IT utilisation: what the bill and the
 * emissions are computed from.
 *
 * @param utilisation       IT power over IT capacity (annual mean)
 * @param itKwh             IT energy
 * @param facilityKwh       facility energy
 * @param gridKwh           energy bought from the grid (facility less on-site PV used)
 * @param peakWindowGridKwh grid energy in the tariff's peak window
 * @param monthlyPeakGridKw highest hourly grid demand of each month present, kW
 * @param pvUsedKwh         on-site PV energy used by the facility
 * @param siteWaterLitres   site water
 * @param heatRejectedKwh   heat rejected
 */
public record OperatingYear(double utilisation, double itKwh, double facilityKwh, double gridKwh,
        double peakWindowGridKwh, double[] monthlyPeakGridKw, double pvUsedKwh, double siteWaterLitres,
        double heatRejectedKwh) implements YearEnergy {

    public OperatingYear {
        monthlyPeakGridKw = monthlyPeakGridKw.clone();
    }

    /** Highest hourly grid demand of each month, kW (a copy). */
    @Override
    public double[] monthlyPeakGridKw() {
        return monthlyPeakGridKw.clone();
    }

    /**
     * The operating year of a simulated year: grid energy, its share in the tariff's peak window and each
     * month's highest grid demand, after netting on-site PV ({@code pvKwp} kWp of {@code pv}) hour by hour
     * (PV beyond the facility's own use is not credited). Needs the hourly series when there is PV or a
     * time-of-use tariff.
     */
    public static OperatingYear of(EnergyResult energy, double utilisation, WeatherYear weather, PvYield pv,
            double pvKwp, Tariff tariff) {
        double[] monthlyPeak = new double[12];
        double grid = 0;
        double peakWindow = 0;
        double pvUsed = 0;
        if (energy.hourly().isPresent() && (pv != null || tariff.timeOfUse())) {
            HourlySeries hours = energy.hourly().get();
            for (int i = 0; i < hours.hours(); i++) {
                double facility = hours.facilityKw(i);
                double pvKw = pv == null ? 0 : pv.acKwhPerKwp(i) * pvKwp;
                double used = Math.min(pvKw, facility);
                double gridKw = facility - used;
                grid += gridKw;
                pvUsed += used;
                peakWindow += gridKw * tariff.peakShare(weather.hourOfDay(i), weather.dayOfWeek(i));
                int month = weather.month(i) - 1;
                monthlyPeak[month] = Math.max(monthlyPeak[month], gridKw);
            }
        } else {
            grid = energy.facilityKwh();
            for (int m = 1; m <= 12; m++) {
                monthlyPeak[m - 1] = energy.peakFacilityKw(m);
            }
        }
        return new OperatingYear(utilisation, energy.itKwh(), energy.facilityKwh(), grid, peakWindow, monthlyPeak,
                pvUsed, energy.waterLitres(), energy.heatRejectedKwh());
    }

    public double sumOfMonthlyPeaksKw() {
        double sum = 0;
        for (double peak : monthlyPeakGridKw) {
            sum += peak;
        }
        return sum;
    }
}
