package dcplanner.climate;

/**
 * A repair made while reading a weather file, reported to the user: {@code count} values of
 * {@code field} were missing (or inconsistent) and were filled by {@code method}.
 */
public record GapFill(String field, int count, int longestGapHours, String method) {

    public String describe() {
        return count + " missing " + field + " value" + (count == 1 ? "" : "s") + " filled by " + method
                + (longestGapHours > 1 ? " (longest gap " + longestGapHours + " h)" : "");
    }
}
