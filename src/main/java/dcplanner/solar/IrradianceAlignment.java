package dcplanner.solar;

import java.util.Locale;
import java.util.Optional;

/**
 * How well the irradiance of a weather file lines up with the sun computed from the file's own
 * coordinates and time zone under the EPW convention (the record of hour {@code h} holds the hour
 * ending at {@code h}, so its light is centred on {@code h - 0.5}). A file off that convention by half
 * an hour or more gives the beam the wrong geometry all year.
 *
 * @param litHours                 hours with global horizontal irradiation above zero
 * @param sunUpFraction            share of those hours whose mid-hour sun is above the horizon
 * @param ghiWeightedHourAngleDeg  mean mid-hour hour angle weighted by the hour's global irradiation;
 *                                 near 0 for an aligned file (up to a few degrees from a diurnal cycle
 *                                 of cloud), near +-7.5 for a file off by half an hour
 * @param bestFitShiftHours        the shift {@code s} (searched in {@value #SEARCH_RANGE_HOURS} hours
 *                                 either way, {@value #SEARCH_STEP_HOURS} h steps) for which the hourly
 *                                 global irradiation correlates best with the cosine of the zenith
 *                                 (zero below the horizon) at {@code h - 0.5 + s}; positive when the
 *                                 light comes later than the file's time stamps say
 * @param correlationAtBestFit     Pearson correlation at the best shift
 * @param correlationAsFiled       Pearson correlation at shift 0
 */
public record IrradianceAlignment(int litHours, double sunUpFraction, double ghiWeightedHourAngleDeg,
        double bestFitShiftHours, double correlationAtBestFit, double correlationAsFiled) {

    /** Half-width of the shift search, hours. */
    public static final double SEARCH_RANGE_HOURS = 1.5;
    /** Step of the shift search, hours. */
    public static final double SEARCH_STEP_HOURS = 0.05;
    /** Largest best-fit shift still taken as following the EPW convention, hours. */
    public static final double TOLERANCE_HOURS = 0.25;

    /** True when the best-fit shift is within {@value #TOLERANCE_HOURS} h of zero. */
    public boolean followsEpwConvention() {
        return Math.abs(bestFitShiftHours) <= TOLERANCE_HOURS;
    }

    /** A one-line warning for a file off the convention, else empty. */
    public Optional<String> warning() {
        if (followsEpwConvention()) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT,
                "weather file irradiance is %.2f h %s than its time stamps say (best fit to the sun's path;"
                        + " %.1f %% of sunlit hours have the sun below the horizon at mid-hour)",
                Math.abs(bestFitShiftHours), bestFitShiftHours > 0 ? "later" : "earlier",
                100.0 * (1.0 - sunUpFraction)));
    }
}
