package dcplanner.reference;

/**
 * One figure of the bundled country data, as published: value in the source's own unit and
 * currency, with its year, source and confidence ({@code data/countries/asean-country-data.csv}).
 *
 * @param value null when the figure is known to exist but was not found
 * @param file  the CSV file it comes from
 * @param line  line number in the CSV file (1 = header)
 */
public record ReferenceRow(String countryIso3, String parameter, Double value, String unit, String year,
        String confidence, String source, String note, String file, int line) {
}
