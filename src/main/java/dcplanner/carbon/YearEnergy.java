package dcplanner.carbon;

/** The energy and water of one operating year that its emissions and metrics are computed from. */
public interface YearEnergy {

    /** IT energy, kWh. */
    double itKwh();

    /** Facility energy, kWh. */
    double facilityKwh();

    /** Energy bought from the grid (facility less on-site PV used), kWh. */
    double gridKwh();

    /** On-site PV energy used by the facility, kWh. */
    double pvUsedKwh();

    /** Site water, litres. */
    double siteWaterLitres();

    /** Heat rejected, kWh. */
    double heatRejectedKwh();
}
