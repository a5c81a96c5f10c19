package dcplanner.economics;

import java.util.List;
import java.util.NavigableMap;

/**
 * Everything the life-cycle cash flow and carbon account need besides the capital cost. Money is
 * in constant US dollars of the first year (real terms); escalation rates are real too.
 *
 * @param operatingYears             one entry per operating year (the ramp-up already applied)
 * @param carbonPriceUsdPerT         calendar year -> price; each price holds until the next year listed
 * @param ppaShare                   share of grid energy bought under power purchase agreements
 * @param certificateShare           share of grid energy matched by retired renewable certificates
 * @param revenueUsdPerKwMonth       rent per utilised kW per month, or NaN for none
 * @param itRefreshYears             years between IT equipment renewals (embodied carbon)
 */
public record LifecycleInputs(int startYear, int constructionYears, List<OperatingYear> operatingYears,
        double discountRate, Tariff tariff, double tariffEscalation, double ppaShare, double ppaUsdPerKwh,
        double certificateShare, double certificateUsdPerMwh, double waterUsdPerM3,
        NavigableMap<Integer, Double> carbonPriceUsdPerT, double gridGramsPerKwh, double maintenanceFraction,
        double staffUsdPerYear, double insuranceFraction, double costEscalation, double batteryLifeYears,
        double batteryCostFractionOfElectrical, double mechanicalLifeYears, double residualFraction,
        double revenueUsdPerKwMonth, double itCapacityKw, double buildingEmbodiedKgPerKw, double itEmbodiedKgPerKw,
        double itRefreshYears) {

    /** Carbon price in calendar year {@code year}, USD/t: the latest listed price at or before it, else 0. */
    public double carbonPriceIn(int year) {
        var entry = carbonPriceUsdPerT.floorEntry(year);
        return entry == null ? 0.0 : entry.getValue();
    }
}
