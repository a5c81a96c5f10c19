package dcplanner.economics;

/** Operating cost of one year by item, USD. */
public record OpexBreakdown(double electricityUsd, double demandChargeUsd, double ppaUsd, double certificatesUsd,
        double waterUsd, double carbonUsd, double maintenanceUsd, double staffUsd, double insuranceUsd) {

    public double totalUsd() {
        return electricityUsd + demandChargeUsd + ppaUsd + certificatesUsd + waterUsd + carbonUsd + maintenanceUsd
                + staffUsd + insuranceUsd;
    }
}
