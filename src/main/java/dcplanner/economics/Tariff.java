package dcplanner.economics;

/**
 * An electricity tariff: a flat energy price, or time-of-use prices in a daily peak window, and a
 * demand charge on each month's highest hourly demand.
 *
 * @param flatUsdPerKwh        energy price when not time-of-use
 * @param timeOfUse            whether the peak window applies
 * @param peakStartHour        start of the peak window, hours after midnight (fractions allowed)
 * @param peakEndHour          end of the peak window, hours after midnight
 * @param peakDays             days the window applies on
 * @param demandUsdPerKwMonth  charge per kW of each month's highest hourly demand
 */
public record Tariff(double flatUsdPerKwh, boolean timeOfUse, double peakUsdPerKwh, double offPeakUsdPerKwh,
        double peakStartHour, double peakEndHour, PeakDays peakDays, double demandUsdPerKwMonth) {

    /** The days a peak window applies on. */
    public enum PeakDays {
        WEEKDAYS("weekdays"), MONDAY_TO_SATURDAY("mon-sat"), EVERY_DAY("all");

        private final String id;

        PeakDays(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static PeakDays fromId(String id) {
            for (PeakDays days : values()) {
                if (days.id.equals(id)) {
                    return days;
                }
            }
            throw new IllegalArgumentException("peak days '" + id + "' unknown; allowed: weekdays, mon-sat, all");
        }

        boolean includes(java.time.DayOfWeek day) {
            return switch (this) {
                case WEEKDAYS -> day.getValue() <= 5;
                case MONDAY_TO_SATURDAY -> day.getValue() <= 6;
                case EVERY_DAY -> true;
            };
        }
    }

    /**
     * Share of EPW hour {@code hourOfDay} (1..24, covering hour-1 to hour) inside the peak window
     * on {@code day}: 0, 1, or the overlap for windows that start or end within the hour.
     */
    public double peakShare(int hourOfDay, java.time.DayOfWeek day) {
        if (!timeOfUse || !peakDays.includes(day)) {
            return 0;
        }
        double start = hourOfDay - 1;
        double overlap = Math.min(hourOfDay, peakEndHour) - Math.max(start, peakStartHour);
        return Math.max(0, Math.min(1, overlap));
    }

    /** Cost of {@code gridKwh} of which {@code peakKwh} falls in the peak window. */
    public double energyUsd(double gridKwh, double peakKwh) {
        return timeOfUse ? peakKwh * peakUsdPerKwh + (gridKwh - peakKwh) * offPeakUsdPerKwh : gridKwh * flatUsdPerKwh;
    }
}
