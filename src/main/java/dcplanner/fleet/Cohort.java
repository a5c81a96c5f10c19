package dcplanner.fleet;

import java.util.Map;
import java.util.OptionalInt;

/**
 * A cohort of data-centre capacity in a pipeline: built to one design, online from one year.
 *
 * @param inputs       the scenario inputs by catalogue name (site or epw, cooling, utilisation,
 *                     it_capacity_kw and any other column), as evaluate would take them
 * @param yearOnline   first calendar year of operation (operating from 1 January)
 * @param yearRetired  first calendar year it no longer runs, if given
 */
public record Cohort(String cohortId, String country, double itCapacityMw, int yearOnline, OptionalInt yearRetired,
        Map<String, String> inputs) {

    public Cohort {
        inputs = Map.copyOf(inputs);
    }

    /** Whether the cohort runs in {@code year}. */
    public boolean operatesIn(int year) {
        return year >= yearOnline && (yearRetired.isEmpty() || year < yearRetired.getAsInt());
    }
}
