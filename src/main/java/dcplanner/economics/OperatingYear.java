package dcplanner.economics;

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
        double heatRejectedKwh) {

    public double sumOfMonthlyPeaksKw() {
        double sum = 0;
        for (double peak : monthlyPeakGridKw) {
            sum += peak;
        }
        return sum;
    }
}
