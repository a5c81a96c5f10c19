package dcplanner.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import dcplanner.climate.Site;

/** The bundled rules as published, how sites map to jurisdictions, and strict reading of rule files. */
class PolicyRulesTest {

    private static final PolicyRules RULES = PolicyRules.bundled();
    private static final String HEADER = String.join(",", PolicyRules.COLUMNS) + "\n";

    private static PolicyRule rule(String id) {
        return RULES.all().stream().filter(r -> r.ruleId().equals(id)).findFirst().orElseThrow();
    }

    private static void assertRule(String id, PolicyMetric metric, Direction direction, double limit,
            OptionalInt loadPoint, RuleStatus status) {
        PolicyRule r = rule(id);
        assertThat(r.metric()).as(id).isEqualTo(metric);
        assertThat(r.direction()).as(id).isEqualTo(direction);
        assertThat(r.limit()).as(id).isEqualTo(limit);
        assertThat(r.loadPointPercent()).as(id).isEqualTo(loadPoint);
        assertThat(r.status()).as(id).isEqualTo(status);
        assertThat(r.source()).as(id).isNotBlank();
    }

    @Test
    void eachRuleHasThePublishedDirectionLoadPointAndLimit() {
        // IMDA Green Data Centre Roadmap (2024): PUE 1.3 at 100% IT load; DC-CFA2 (2025): 1.25 at 100%
        assertRule("sgp-roadmap-pue-100", PolicyMetric.PUE, Direction.AT_MOST, 1.30, OptionalInt.of(100),
                RuleStatus.GUIDELINE);
        assertRule("sgp-dccfa2-pue-100", PolicyMetric.PUE, Direction.AT_MOST, 1.25, OptionalInt.of(100),
                RuleStatus.IN_FORCE);
        assertRule("sgp-dccfa2-green-energy", PolicyMetric.GREEN_ENERGY_SHARE, Direction.AT_LEAST, 0.50,
                OptionalInt.empty(), RuleStatus.IN_FORCE);
        // BCA-IMDA Green Mark for Data Centres 2024: PUE at 25% IT load, Platinum 1.39, GoldPLUS 1.46
        assertRule("sgp-greenmark-platinum-pue-25", PolicyMetric.PUE, Direction.AT_MOST, 1.39, OptionalInt.of(25),
                RuleStatus.GUIDELINE);
        assertRule("sgp-greenmark-goldplus-pue-25", PolicyMetric.PUE, Direction.AT_MOST, 1.46, OptionalInt.of(25),
                RuleStatus.GUIDELINE);
        assertRule("sgp-greenmark-wue", PolicyMetric.WUE, Direction.AT_MOST, 2.0, OptionalInt.empty(),
                RuleStatus.GUIDELINE);
        // SS 697:2023: supply air at 26 C and above
        assertRule("sgp-ss697-supply-air", PolicyMetric.SUPPLY_AIR_C, Direction.AT_LEAST, 26, OptionalInt.empty(),
                RuleStatus.GUIDELINE);
        // Johor: annual PUE 1.4 and WUE 1.8
        assertRule("mys-johor-pue", PolicyMetric.PUE, Direction.AT_MOST, 1.4, OptionalInt.empty(),
                RuleStatus.IN_FORCE);
        assertRule("mys-johor-wue", PolicyMetric.WUE, Direction.AT_MOST, 1.8, OptionalInt.empty(),
                RuleStatus.IN_FORCE);
        // German EnEfG: new data centres PUE 1.2, ERF 10%
        assertRule("deu-enefg-new-pue", PolicyMetric.PUE, Direction.AT_MOST, 1.2, OptionalInt.empty(),
                RuleStatus.IN_FORCE);
        assertRule("deu-enefg-new-erf", PolicyMetric.ERF, Direction.AT_LEAST, 0.10, OptionalInt.empty(),
                RuleStatus.IN_FORCE);
        assertThat(rule("mys-johor-pue").region()).isEqualTo("Johor");
        assertThat(rule("sgp-ss697-supply-air").loadPointLabel()).isEqualTo("set point");
        assertThat(rule("sgp-greenmark-platinum-pue-25").loadPointLabel()).isEqualTo("25%");
        assertThat(PolicyChecks.passColumn(rule("sgp-roadmap-pue-100"))).isEqualTo("policy_sgp_roadmap_pue_100_pass");
    }

    @Test
    void marginIsHeadroomOnTheSideThatPasses() {
        assertThat(Direction.AT_MOST.margin(1.2, 1.3)).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Direction.AT_MOST.margin(1.4, 1.3)).isNegative();
        assertThat(Direction.AT_LEAST.margin(27, 26)).isEqualTo(1);
        assertThat(Direction.AT_LEAST.margin(25, 26)).isEqualTo(-1);
        assertThat(Direction.AT_MOST.margin(1.3, 1.3)).isZero(); // the limit itself passes
    }

    private static Site site(String id, String country, double lat, double lon) {
        return new Site(id, id, country, country, lat, lon, 10, 8, "f.epw", "station", "TMYx", "2000-2020", "", "",
                "");
    }

    @Test
    void johorRulesApplyToSitesInJohorOnly() {
        List<String> johor = RULES.applicableTo(site("johor-bahru", "MYS", 1.641, 103.670), "MYS").stream()
                .map(PolicyRule::ruleId).toList();
        assertThat(johor).containsExactly("mys-johor-pue", "mys-johor-wue");
        // Kuala Lumpur is in Malaysia but not in Johor
        assertThat(RULES.applicableTo(site("kuala-lumpur", "MYS", 3.1307, 101.553), "MYS")).isEmpty();
        // a user's weather file at Kluang (Johor, 2.04 N 103.31 E) falls in by coordinates, and says so
        Site kluang = site("epw:kluang.epw", "MYS", 2.04, 103.31);
        assertThat(RULES.applicableTo(kluang, "MYS")).extracting(PolicyRule::ruleId)
                .containsExactly("mys-johor-pue", "mys-johor-wue");
        assertThat(RULES.regionsOf(kluang, "MYS").get(0).byCoordinates(kluang, "MYS")).isTrue();
        // Singapore lies inside Johor's box but is another country
        assertThat(RULES.applicableTo(site("singapore", "SGP", 1.3678, 103.9826), "SGP"))
                .allMatch(r -> r.jurisdiction().equals("SGP")).hasSize(7);
        assertThat(RULES.forJurisdiction("MYS")).hasSize(2);
        assertThat(RULES.forJurisdiction("johor")).hasSize(2);
        assertThat(RULES.forJurisdiction("all")).hasSize(RULES.all().size());
        assertThat(RULES.jurisdictions()).containsExactly("SGP", "MYS", "DEU", "Johor", "all");
        assertThatThrownBy(() -> RULES.forJurisdiction("XYZ")).hasMessageContaining("jurisdiction 'XYZ' has no"
                + " rules; allowed: SGP, MYS, DEU, Johor, all");
    }

    private static List<PolicyRule> parse(String row) {
        return PolicyRules.parseRules(new StringReader(HEADER + row), "mine.csv");
    }

    @Test
    void aUsersRuleFileIsReadStrictlyWithFileLineAndField() {
        String ok = "my-pue,THA,,Thai pilot,pue,<=,1.5,0.5,proposed,new,2026,low,a ministry draft\n";
        PolicyRule mine = parse(ok).get(0);
        assertThat(mine.loadPointPercent()).isEqualTo(OptionalInt.of(50));
        assertThat(mine.status()).isEqualTo(RuleStatus.PROPOSED);
        assertThatThrownBy(() -> parse(ok.replace("<=", "<"))).hasMessage("mine.csv line 2: comparison '<' is not"
                + " allowed; allowed: <=, >=");
        assertThatThrownBy(() -> parse(ok.replace("0.5,", "0.3,"))).hasMessageStartingWith("mine.csv line 2:"
                + " at_it_load '0.3' is not allowed");
        assertThatThrownBy(() -> parse(ok.replace("1.5", "NaN"))).hasMessageStartingWith("mine.csv line 2: limit 'NaN' is not"
                + " a number");
        assertThatThrownBy(() -> parse(ok.replace(",pue,", ",supply_air_c,"))).hasMessageContaining("at_it_load"
                + " must be empty for supply_air_c");
        assertThatThrownBy(() -> parse(ok.replace("a ministry draft", ""))).hasMessageContaining("source is empty");
        assertThatThrownBy(() -> parse(ok.replace("proposed", "draft"))).hasMessageContaining("status 'draft' is"
                + " not allowed; allowed: in force, proposed, guideline");
        assertThatThrownBy(() -> parse(ok.replace(",pue,", ",pee,"))).hasMessageContaining("metric 'pee'");
        assertThatThrownBy(() -> parse(ok + ok)).hasMessage("mine.csv line 3: rule_id 'my-pue' is given twice");
        assertThatThrownBy(() -> new PolicyRules(List.of(mine, mine), List.of()))
                .hasMessage("rule_id 'my-pue' is given twice");
        assertThatThrownBy(() -> PolicyRules.parseRules(new StringReader("rule_id,metric\nx,pue\n"), "mine.csv"))
                .hasMessageContaining("missing column(s) jurisdiction");
    }

    @Test
    void aUsersRuleWithABundledIdReplacesItAndNewOnesFollow() {
        PolicyRules mine = new PolicyRules(parse("sgp-roadmap-pue-100,SGP,,Roadmap,pue,<=,1.2,1.0,guideline,all,"
                + "2030,low,what-if\nmy-pue,THA,,Thai pilot,pue,<=,1.5,,proposed,new,2026,low,draft\n"), List.of());
        PolicyRules merged = RULES.plus(mine);
        assertThat(merged.all()).hasSize(RULES.all().size() + 1);
        assertThat(merged.all().get(0).limit()).isEqualTo(1.2);
        assertThat(merged.all().get(merged.all().size() - 1).ruleId()).isEqualTo("my-pue");
    }
}
