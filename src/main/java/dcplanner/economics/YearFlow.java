package dcplanner.economics;

/**
 * One year of the study: costs as positive numbers, revenue and residual value as positive
 * inflows; {@code netUsd} = revenue + residual - costs.
 *
 * @param index        0 = first construction year
 * @param calendarYear the year on the calendar
 * @param operating    false during construction
 */
public record YearFlow(int index, int calendarYear, boolean operating, double utilisation, double capexUsd,
        OpexBreakdown opex, double replacementUsd, double revenueUsd, double residualUsd, double co2LocationT,
        double co2MarketT, double itKwh) {

    public double costUsd() {
        return capexUsd + (opex == null ? 0 : opex.totalUsd()) + replacementUsd;
    }

    public double netUsd() {
        return revenueUsd + residualUsd - costUsd();
    }
}
