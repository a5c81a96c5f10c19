package dcplanner.economics;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import dcplanner.carbon.Emissions;

/**
 * Cash flow and carbon over the study period: construction years (capital spent evenly), then the
 * operating years with their own utilisation (ramp-up), energy bills, water, carbon price, fixed
 * costs, replacements, and the residual value at the end. Flows of year k are discounted from the
 * end of that year ((1 + r)^-(k+1)); money is in real terms.
 */
public final class LifecycleModel {

    private LifecycleModel() {
    }

    public static LifecycleResult run(CapexBreakdown capex, LifecycleInputs in) {
        int construction = in.constructionYears();
        int operating = in.operatingYears().size();
        double constructionCapex = capex.constructionUsd();
        List<YearFlow> years = new ArrayList<>();
        double operationalLocation = 0;
        double operationalMarket = 0;
        for (int k = 0; k < construction + operating; k++) {
            int calendarYear = in.startYear() + k;
            if (k < construction) {
                years.add(new YearFlow(k, calendarYear, false, 0, capex.totalUsd() / construction, null, 0, 0, 0, 0, 0,
                        0));
                continue;
            }
            int y = k - construction; // 0-based operating year
            OperatingYear op = in.operatingYears().get(y);
            double tariffFactor = Math.pow(1 + in.tariffEscalation(), y);
            double costFactor = Math.pow(1 + in.costEscalation(), y);
            Tariff tariff = in.tariff();
            double ppaKwh = in.ppaShare() * op.gridKwh();
            double certificateKwh = in.certificateShare() * op.gridKwh();
            double boughtShare = 1 - in.ppaShare();
            double electricity = tariff.energyUsd(op.gridKwh() * boughtShare, op.peakWindowGridKwh() * boughtShare)
                    * tariffFactor;
            double demand = tariff.demandUsdPerKwMonth() * op.sumOfMonthlyPeaksKw() * tariffFactor;
            double ppa = ppaKwh * in.ppaUsdPerKwh() * tariffFactor;
            double certificates = certificateKwh / 1000 * in.certificateUsdPerMwh() * costFactor;
            double water = op.siteWaterLitres() / 1000 * in.waterUsdPerM3() * costFactor;
            double location = Emissions.locationTonnes(op.gridKwh(), in.gridGramsPerKwh());
            double market = Emissions.marketTonnes(op.gridKwh(), ppaKwh, certificateKwh, in.gridGramsPerKwh());
            double carbon = market * in.carbonPriceIn(calendarYear);
            double maintenance = in.maintenanceFraction() * constructionCapex * costFactor;
            double insurance = in.insuranceFraction() * constructionCapex * costFactor;
            double staff = in.staffUsdPerYear() * costFactor;
            OpexBreakdown opex = new OpexBreakdown(electricity, demand, ppa, certificates, water, carbon, maintenance,
                    staff, insurance);
            double replacement = 0;
            if (y > 0 && in.batteryLifeYears() > 0 && y % Math.round(in.batteryLifeYears()) == 0) {
                replacement += in.batteryCostFractionOfElectrical() * capex.electricalUsd() * costFactor;
            }
            if (y > 0 && in.mechanicalLifeYears() > 0 && y % Math.round(in.mechanicalLifeYears()) == 0) {
                replacement += capex.mechanicalUsd() * costFactor;
            }
            double revenue = Double.isNaN(in.revenueUsdPerKwMonth()) ? 0
                    : in.revenueUsdPerKwMonth() * in.itCapacityKw() * op.utilisation() * 12 * costFactor;
            double residual = y == operating - 1 ? capex.landUsd() + in.residualFraction() * constructionCapex : 0;
            operationalLocation += location;
            operationalMarket += market;
            years.add(new YearFlow(k, calendarYear, true, op.utilisation(), 0, opex, replacement, revenue, residual,
                    location, market, op.itKwh()));
        }

        double[] costs = new double[years.size() + 1];
        double[] capacityKwMonths = new double[years.size() + 1];
        double[] utilisedKwMonths = new double[years.size() + 1];
        double[] itMwh = new double[years.size() + 1];
        double[] net = new double[years.size() + 1];
        for (YearFlow year : years) {
            int t = year.index() + 1; // end-of-year convention: flows[0] stays 0
            costs[t] = year.costUsd() - year.residualUsd();
            net[t] = year.netUsd();
            if (year.operating()) {
                capacityKwMonths[t] = in.itCapacityKw() * 12;
                utilisedKwMonths[t] = in.itCapacityKw() * year.utilisation() * 12;
                itMwh[t] = year.itKwh() / 1000;
            }
        }
        double rate = in.discountRate();
        double tco = Finance.npv(rate, costs);
        double lcoc = tco / Finance.npv(rate, capacityKwMonths);
        double lcocUtilised = tco / Finance.npv(rate, utilisedKwMonths);
        double perMwh = tco / Finance.npv(rate, itMwh);
        OptionalDouble irr = OptionalDouble.empty();
        OptionalDouble payback = OptionalDouble.empty();
        if (!Double.isNaN(in.revenueUsdPerKwMonth())) {
            double[] flows = java.util.Arrays.copyOfRange(net, 1, net.length);
            try {
                irr = OptionalDouble.of(Finance.irr(flows));
            } catch (IllegalArgumentException noRoot) {
                irr = OptionalDouble.empty(); // e.g. the rent never covers the costs: no rate of return exists
            }
            // Finance counts flows[t] as spread over (t-1, t]: add the first (construction) year to count
            // from the start of construction
            OptionalDouble afterFirstYear = Finance.simplePaybackYears(flows);
            payback = afterFirstYear.isPresent() ? OptionalDouble.of(afterFirstYear.getAsDouble() + 1)
                    : OptionalDouble.empty();
        }
        double embodied = (in.buildingEmbodiedKgPerKw() * in.itCapacityKw()
                + in.itEmbodiedKgPerKw() * in.itCapacityKw() * itGenerations(operating, in.itRefreshYears())) / 1000;
        OpexBreakdown firstOpex = operating > 0 ? years.get(construction).opex() : null;
        return new LifecycleResult(capex, List.copyOf(years), firstOpex, tco, lcoc, lcocUtilised, perMwh, irr, payback,
                operationalLocation, operationalMarket, embodied);
    }

    /** IT equipment bought over {@code operatingYears}: the first fit-out and each renewal. */
    static int itGenerations(int operatingYears, double refreshYears) {
        if (refreshYears <= 0 || operatingYears <= 0) {
            return operatingYears > 0 ? 1 : 0;
        }
        return (int) Math.ceil(operatingYears / refreshYears);
    }
}
