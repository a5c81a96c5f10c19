package dcplanner.reference;

import java.util.List;

/**
 * A reference figure as the models use it: in US dollars where it is money, with where it came
 * from, and whether it is a fallback because the country has no figure of its own.
 *
 * @param value        the figure in {@code unit}
 * @param unit         USD-based unit (USD/kWh, USD/m3, USD million/MW...) or the physical unit
 * @param rows         the published rows it was taken from (empty for a computed regional figure)
 * @param fallbackNote empty, or what was used instead of a country figure and why
 */
public record Figure(double value, String unit, String source, String year, String confidence, List<ReferenceRow> rows,
        String fallbackNote) {

    public boolean isFallback() {
        return !fallbackNote.isEmpty();
    }
}
