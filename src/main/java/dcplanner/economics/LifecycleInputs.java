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

    /**
     * Builds the inputs field by field:
     * every field is set by name, and {@link #build()} fails naming any left unset, so that two
     * values of the same type cannot be swapped by their position.
     */
    public static final class Builder {
        private Integer startYear;
        private Integer constructionYears;
        private List<OperatingYear> operatingYears;
        private Double discountRate;
        private Tariff tariff;
        private Double tariffEscalation;
        private Double ppaShare;
        private Double ppaUsdPerKwh;
        private Double certificateShare;
        private Double certificateUsdPerMwh;
        private Double waterUsdPerM3;
        private NavigableMap<Integer, Double> carbonPriceUsdPerT;
        private Double gridGramsPerKwh;
        private Double maintenanceFraction;
        private Double staffUsdPerYear;
        private Double insuranceFraction;
        private Double costEscalation;
        private Double batteryLifeYears;
        private Double batteryCostFractionOfElectrical;
        private Double mechanicalLifeYears;
        private Double residualFraction;
        private Double revenueUsdPerKwMonth;
        private Double itCapacityKw;
        private Double buildingEmbodiedKgPerKw;
        private Double itEmbodiedKgPerKw;
        private Double itRefreshYears;

        public Builder startYear(int value) {
            startYear = value;
            return this;
        }

        public Builder constructionYears(int value) {
            constructionYears = value;
            return this;
        }

        public Builder operatingYears(List<OperatingYear> value) {
            operatingYears = value;
            return this;
        }

        public Builder discountRate(double value) {
            discountRate = value;
            return this;
        }

        public Builder tariff(Tariff value) {
            tariff = value;
            return this;
        }

        public Builder tariffEscalation(double value) {
            tariffEscalation = value;
            return this;
        }

        public Builder ppaShare(double value) {
            ppaShare = value;
            return this;
        }

        public Builder ppaUsdPerKwh(double value) {
            ppaUsdPerKwh = value;
            return this;
        }

        public Builder certificateShare(double value) {
            certificateShare = value;
            return this;
        }

        public Builder certificateUsdPerMwh(double value) {
            certificateUsdPerMwh = value;
            return this;
        }

        public Builder waterUsdPerM3(double value) {
            waterUsdPerM3 = value;
            return this;
        }

        public Builder carbonPriceUsdPerT(NavigableMap<Integer, Double> value) {
            carbonPriceUsdPerT = value;
            return this;
        }

        public Builder gridGramsPerKwh(double value) {
            gridGramsPerKwh = value;
            return this;
        }

        public Builder maintenanceFraction(double value) {
            maintenanceFraction = value;
            return this;
        }

        public Builder staffUsdPerYear(double value) {
            staffUsdPerYear = value;
            return this;
        }

        public Builder insuranceFraction(double value) {
            insuranceFraction = value;
            return this;
        }

        public Builder costEscalation(double value) {
            costEscalation = value;
            return this;
        }

        public Builder batteryLifeYears(double value) {
            batteryLifeYears = value;
            return this;
        }

        public Builder batteryCostFractionOfElectrical(double value) {
            batteryCostFractionOfElectrical = value;
            return this;
        }

        public Builder mechanicalLifeYears(double value) {
            mechanicalLifeYears = value;
            return this;
        }

        public Builder residualFraction(double value) {
            residualFraction = value;
            return this;
        }

        public Builder revenueUsdPerKwMonth(double value) {
            revenueUsdPerKwMonth = value;
            return this;
        }

        public Builder itCapacityKw(double value) {
            itCapacityKw = value;
            return this;
        }

        public Builder buildingEmbodiedKgPerKw(double value) {
            buildingEmbodiedKgPerKw = value;
            return this;
        }

        public Builder itEmbodiedKgPerKw(double value) {
            itEmbodiedKgPerKw = value;
            return this;
        }

        public Builder itRefreshYears(double value) {
            itRefreshYears = value;
            return this;
        }

        /** The record; throws if a field was not set. */
        public LifecycleInputs build() {
            java.util.List<String> unset = new java.util.ArrayList<>();
            noteUnset(unset, startYear, "startYear");
            noteUnset(unset, constructionYears, "constructionYears");
            noteUnset(unset, operatingYears, "operatingYears");
            noteUnset(unset, discountRate, "discountRate");
            noteUnset(unset, tariff, "tariff");
            noteUnset(unset, tariffEscalation, "tariffEscalation");
            noteUnset(unset, ppaShare, "ppaShare");
            noteUnset(unset, ppaUsdPerKwh, "ppaUsdPerKwh");
            noteUnset(unset, certificateShare, "certificateShare");
            noteUnset(unset, certificateUsdPerMwh, "certificateUsdPerMwh");
            noteUnset(unset, waterUsdPerM3, "waterUsdPerM3");
            noteUnset(unset, carbonPriceUsdPerT, "carbonPriceUsdPerT");
            noteUnset(unset, gridGramsPerKwh, "gridGramsPerKwh");
            noteUnset(unset, maintenanceFraction, "maintenanceFraction");
            noteUnset(unset, staffUsdPerYear, "staffUsdPerYear");
            noteUnset(unset, insuranceFraction, "insuranceFraction");
            noteUnset(unset, costEscalation, "costEscalation");
            noteUnset(unset, batteryLifeYears, "batteryLifeYears");
            noteUnset(unset, batteryCostFractionOfElectrical, "batteryCostFractionOfElectrical");
            noteUnset(unset, mechanicalLifeYears, "mechanicalLifeYears");
            noteUnset(unset, residualFraction, "residualFraction");
            noteUnset(unset, revenueUsdPerKwMonth, "revenueUsdPerKwMonth");
            noteUnset(unset, itCapacityKw, "itCapacityKw");
            noteUnset(unset, buildingEmbodiedKgPerKw, "buildingEmbodiedKgPerKw");
            noteUnset(unset, itEmbodiedKgPerKw, "itEmbodiedKgPerKw");
            noteUnset(unset, itRefreshYears, "itRefreshYears");
            if (!unset.isEmpty()) {
                throw new IllegalStateException("LifecycleInputs: not set: " + String.join(", ", unset));
            }
            return new LifecycleInputs(startYear, constructionYears, operatingYears, discountRate, tariff,
                    tariffEscalation, ppaShare, ppaUsdPerKwh, certificateShare, certificateUsdPerMwh, waterUsdPerM3,
                    carbonPriceUsdPerT, gridGramsPerKwh, maintenanceFraction, staffUsdPerYear, insuranceFraction,
                    costEscalation, batteryLifeYears, batteryCostFractionOfElectrical, mechanicalLifeYears,
                    residualFraction, revenueUsdPerKwMonth, itCapacityKw, buildingEmbodiedKgPerKw, itEmbodiedKgPerKw,
                    itRefreshYears);
        }

        private static void noteUnset(java.util.List<String> unset, Object value, String name) {
            if (value == null) {
                unset.add(name);
            }
        }
    }
}
