package dcplanner.scenario;

/**
 * Where a default or reference figure comes from.
 *
 * @param citation   the publication, data set or standard, specific enough to find the number
 * @param year       year of the publication or of the figure
 * @param confidence high (read in a primary source), medium (reputable secondary source or a
 *                   reasoned choice inside a published range), low (weak source), assumption (no
 *                   published figure found: an engineering choice the user should check)
 */
public record Source(String citation, String year, String confidence) {

    public static Source of(String citation, String year, String confidence) {
        return new Source(citation, year, confidence);
    }

    /** An engineering choice with no published default behind it. */
    public static Source assumption(String why) {
        return new Source("engineering assumption: " + why, "", "assumption");
    }

    /** For inputs the user gave. */
    public static final Source USER = new Source("given by the user", "", "user");
}
