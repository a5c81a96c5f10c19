package dcplanner.report;

import java.util.List;
import java.util.Set;

import dcplanner.chart.NamedEvaluation;
import dcplanner.policy.CheckResult;
import dcplanner.policy.PolicyChecks;
import dcplanner.policy.PolicyRegion;
import dcplanner.policy.PolicyRules;
import dcplanner.scenario.Evaluation;

/**
 * The report's policy checks: for each scenario, every rule that applies to its site (chosen and
 * checked as {@code policy check} does: the country's national rules and those of the regions the site
 * lies in) with its value, limit, pass or fail, margin, status and source.
 */
public final class PolicySection implements ReportSection {

    /** Columns of {@link PolicyChecks#cells} shown right-aligned, and the pass/fail column. */
    private static final Set<Integer> NUMBERS = Set.of(4, 5, 7);
    private static final int RESULT = 6;

    private final PolicyRules rules;

    public PolicySection(PolicyRules rules) {
        this.rules = rules;
    }

    @Override
    public String title() {
        return "Policy checks";
    }

    @Override
    public void write(Xhtml page, List<NamedEvaluation> scenarios) {
        page.element("p", "Each scenario against the policy rules of its site: its country's national rules and"
                + " those of the region it lies in (Johor's for a site in Johor). Margin: headroom to the limit in"
                + " the metric's unit (negative fails). Status: in force (law or a condition of approval), proposed,"
                + " or guideline (voluntary).", "class", "note");
        for (NamedEvaluation scenario : scenarios) {
            Evaluation evaluation = scenario.evaluation();
            page.element("h3", scenario.name());
            for (PolicyRegion region : rules.regionsOf(evaluation.climate().site(), evaluation.countryIso3())) {
                if (region.byCoordinates(evaluation.climate().site(), evaluation.countryIso3())) {
                    page.element("p", "The site is taken to be in " + region.name() + " because its coordinates fall"
                            + " in the region's bounding box (an approximation of the boundary).", "class", "note");
                }
            }
            List<CheckResult> checks = PolicyChecks.check(evaluation, rules.applicableTo(evaluation));
            if (checks.isEmpty()) {
                page.element("p", "No policy rule applies to this site in " + evaluation.countryIso3() + ".");
                continue;
            }
            page.tableHead(PolicyChecks.HEADERS, "class", "policy");
            for (CheckResult check : checks) {
                List<String> cells = PolicyChecks.cells(check);
                page.open("tr", "class", check.pass() ? "pass" : "fail");
                for (int c = 0; c < cells.size(); c++) {
                    String text = c == cells.size() - 1 ? cells.get(c) + " (" + check.rule().year() + ", "
                            + check.rule().confidence() + ")" : cells.get(c);
                    String cssClass = NUMBERS.contains(c) ? "number" : c == RESULT ? "result" : "";
                    page.element("td", text, cssClass.isEmpty() ? new String[0] : new String[] {"class", cssClass});
                }
                page.close();
            }
            page.close().close();
        }
    }
}
