package dcplanner.chart;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dcplanner.climate.Site;
import dcplanner.reference.PolicyThreshold;
import dcplanner.scenario.Evaluation;

/**
 * Limit lines from the bundled {@code data/countries/policy-thresholds.csv}: the upper limits on PUE
 * and WUE of the scenario's country. Where a country lists several limits for the same metric and
 * load point, the first listed is drawn (the file lists the general rule before narrower ones:
 * Singapore's roadmap 1.30 before the DC-CFA2 call's 1.25, Green Mark Platinum before GoldPLUS). A
 * limit whose {@code applies_to} names a place ("new data centres in Johor") applies only to sites
 * whose city or id names that place.
 */
public final class BundledPolicyLimits implements LimitSource {

    private static final Set<String> METRICS = Set.of("pue", "wue");
    private static final Pattern PLACE = Pattern.compile("\\bin ([A-Z][\\p{L}-]+)");

    private final List<PolicyThreshold> thresholds;

    public BundledPolicyLimits(List<PolicyThreshold> thresholds) {
        this.thresholds = List.copyOf(thresholds);
    }

    @Override
    public List<LimitLine> limitsFor(Evaluation evaluation) {
        List<LimitLine> lines = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Site site = evaluation.climate().site();
        for (PolicyThreshold t : thresholds) {
            if (!t.jurisdiction().equals(evaluation.countryIso3()) || !METRICS.contains(t.metric())
                    || !t.comparison().equals("<=") || !appliesToPlace(t.appliesTo(), site)) {
                continue;
            }
            OptionalInt load = t.atItLoad() == null ? OptionalInt.empty()
                    : OptionalInt.of((int) Math.round(t.atItLoad() * 100));
            if (seen.add(t.metric() + "@" + load)) {
                lines.add(new LimitLine(t.metric(), load, t.limit(), t.jurisdiction() + " " + t.scheme() + " ("
                        + t.year() + ")"));
            }
        }
        return lines;
    }

    static boolean appliesToPlace(String appliesTo, Site site) {
        Matcher place = PLACE.matcher(appliesTo == null ? "" : appliesTo);
        if (!place.find()) {
            return true;
        }
        String name = place.group(1).toLowerCase(Locale.ROOT);
        return site.city().toLowerCase(Locale.ROOT).contains(name) || site.id().toLowerCase(Locale.ROOT).contains(name);
    }
}
