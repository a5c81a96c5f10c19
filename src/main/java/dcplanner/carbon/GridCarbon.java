package dcplanner.carbon;

/**
 * How a facility's grid electricity is accounted: the grid's intensity and the contracts and reuse
 * that lower market-based emissions or count as renewable.
 *
 * @param basis                 the grid carbon basis (lifecycle or national)
 * @param gridGramsPerKwh       grid carbon intensity, g CO2e/kWh
 * @param ppaShare              share of grid energy bought under power purchase agreements
 * @param certificateShare      share of grid energy matched by retired renewable certificates
 * @param heatReuseFraction     share of the rejected heat exported for reuse
 * @param gridWaterLitresPerKwh water consumed by power stations per kWh of grid electricity
 */
public record GridCarbon(String basis, double gridGramsPerKwh, double ppaShare, double certificateShare,
        double heatReuseFraction, double gridWaterLitresPerKwh) {
}
