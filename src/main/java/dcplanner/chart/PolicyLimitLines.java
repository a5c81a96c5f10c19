package dcplanner.chart;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dcplanner.policy.Direction;
import dcplanner.policy.PolicyMetric;
import dcplanner.policy.PolicyRule;
import dcplanner.policy.PolicyRules;
import dcplanner.scenario.Evaluation;

/**
 * Limit lines from the policy rules ({@link PolicyRules}): the upper limits on PUE and WUE that apply
 * to the scenario's site, chosen as {@code policy check} chooses them (the country's national rules
 * and those of the regions the site lies in: Johor's for Johor Bahru, not for Kuala Lumpur). Where
 * several rules set the same metric at the same load point, the first listed is drawn (the file lists
 * the general rule before narrower ones: Singapore's roadmap 1.30 before the DC-CFA2 call's 1.25,
 * Green Mark Platinum before GoldPLUS).
 */
public final class PolicyLimitLines implements LimitSource {

    private static final Set<PolicyMetric> DRAWN = Set.of(PolicyMetric.PUE, PolicyMetric.WUE);

    private final PolicyRules rules;

    public PolicyLimitLines(PolicyRules rules) {
        this.rules = rules;
    }

    @Override
    public List<LimitLine> limitsFor(Evaluation evaluation) {
        List<LimitLine> lines = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (PolicyRule rule : rules.applicableTo(evaluation)) {
            if (DRAWN.contains(rule.metric()) && rule.direction() == Direction.AT_MOST
                    && seen.add(rule.metric().id() + "@" + rule.loadPointPercent())) {
                lines.add(new LimitLine(rule.metric().id(), rule.loadPointPercent(), rule.limit(),
                        rule.jurisdiction() + " " + rule.scheme() + " (" + rule.year() + ")"));
            }
        }
        return lines;
    }
}
