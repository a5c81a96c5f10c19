package dcplanner.reference;

/**
 * A limit a scenario can be checked against ({@code data/countries/policy-thresholds.csv}).
 *
 * @param atItLoad IT-load fraction the limit applies at (Green Mark: 0.25), or null for annual
 */
public record PolicyThreshold(String jurisdiction, String scheme, String metric, String comparison, double limit,
        Double atItLoad, String appliesTo, String year, String confidence, String source) {
}
