package dcplanner.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dcplanner.reference.PolicyThreshold;
import dcplanner.reference.ReferenceData;

/**
 * The policy limits a study checks its scenarios against. Kept behind this small interface so that a
 * fuller policy model can replace the reading of the bundled thresholds below.
 */
@FunctionalInterface
public interface PolicyLimits {

    /** The limits that apply in the country {@code countryIso3} and that a study metric measures. */
    List<PolicyRule> applicableIn(String countryIso3);

    /** Limits read from {@code data/countries/policy-thresholds.csv}. */
    static PolicyLimits bundled() {
        return of(ReferenceData.bundled().policyThresholds());
    }

    /**
     * Limits from thresholds: PUE at the IT load the threshold names (25% or 100%; annual when it names
     * none), WUE (site), ERF, and a green energy share as REF (renewable energy whose attributes the site
     * owns over facility energy, ISO/IEC 30134-3). Limits on inputs (a supply air temperature) are not
     * study results and are left out.
     */
    static PolicyLimits of(List<PolicyThreshold> thresholds) {
        return country -> {
            List<PolicyRule> rules = new ArrayList<>();
            for (PolicyThreshold t : thresholds) {
                if (!t.jurisdiction().equalsIgnoreCase(country)) {
                    continue;
                }
                metricOf(t).ifPresent(metric -> rules.add(new PolicyRule(t.jurisdiction(), t.scheme(), metric,
                        !t.comparison().trim().startsWith(">"), t.limit(), t.appliesTo(), t.source() + " ("
                        + t.year() + ", " + t.confidence() + ")")));
            }
            return rules;
        };
    }

    private static Optional<StudyMetric> metricOf(PolicyThreshold t) {
        return switch (t.metric().trim().toLowerCase(Locale.ROOT)) {
            case "pue" -> t.atItLoad() == null ? Optional.of(StudyMetric.PUE)
                    : Math.abs(t.atItLoad() - 0.25) < 1e-9 ? Optional.of(StudyMetric.PUE_AT_25PCT_LOAD)
                    : Math.abs(t.atItLoad() - 1.0) < 1e-9 ? Optional.of(StudyMetric.PUE_AT_100PCT_LOAD)
                    : Optional.empty();
            case "wue" -> Optional.of(StudyMetric.WUE);
            case "erf" -> Optional.of(StudyMetric.ERF);
            case "green_energy_share" -> Optional.of(StudyMetric.REF);
            default -> Optional.empty();
        };
    }
}
