package dcplanner.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dcplanner.climate.ClimateLibrary;
import dcplanner.climate.SiteCatalogue;
import dcplanner.energy.CoolingTechnology;
import dcplanner.scenario.Evaluation;
import dcplanner.scenario.EvaluationService;
import dcplanner.testsupport.Inputs;

/**
 * A failing and a passing scenario for each Singapore and Johor rule, each read at the rule's load
 * point, and the search for the cheapest change that passes.
 *
 * <p>The failing designs are the ones the rules were written against: an air-cooled chiller at an
 * 18 C supply air with a legacy double-conversion UPS (Lei and Masanet 2022 give air-cooled plants
 * PUE above 1.3 in the tropics, and UPS losses weigh most at low load); the passing ones are
 * immersion and water-cooled plants, published at PUE 1.1-1.2.
 */
class PolicyChecksTest {

    private static final PolicyRules RULES = PolicyRules.bundled();
    private static EvaluationService service;

    @BeforeAll
    static void start() {
        service = EvaluationService.standard(new ClimateLibrary(SiteCatalogue.bundled()));
    }

    private static PolicyRule rule(String id) {
        return RULES.all().stream().filter(r -> r.ruleId().equals(id)).findFirst().orElseThrow();
    }

    private static Evaluation evaluate(String... keyValues) {
        return service.evaluate(Inputs.of(keyValues));
    }

    private static final String[] LEGACY_AIR_COOLED = {"cooling", "air-cooled-chiller", "supply_air_c", "18",
        "ups_type", "legacy-double-conversion"};

    private static Evaluation at(String site, String... keyValues) {
        String[] all = new String[keyValues.length + 2];
        all[0] = "site";
        all[1] = site;
        System.arraycopy(keyValues, 0, all, 2, keyValues.length);
        return evaluate(all);
    }

    private static void assertFailsThenPasses(String ruleId, Evaluation failing, Evaluation passing) {
        PolicyRule rule = rule(ruleId);
        CheckResult bad = PolicyChecks.check(failing, rule);
        CheckResult good = PolicyChecks.check(passing, rule);
        assertThat(bad.pass()).as(ruleId + " failing scenario, value " + bad.value()).isFalse();
        assertThat(bad.margin()).isNegative();
        assertThat(good.pass()).as(ruleId + " passing scenario, value " + good.value()).isTrue();
        assertThat(good.margin()).isNotNegative();
        // margin is the distance to the limit on the rule's side
        double expected = rule.direction() == Direction.AT_MOST ? rule.limit() - bad.value()
                : bad.value() - rule.limit();
        assertThat(bad.margin()).isCloseTo(expected, within(1e-12));
    }

    @Test
    void singaporePueRulesAreReadAtTheirLoadPoints() {
        Evaluation legacy = at("singapore", LEGACY_AIR_COOLED);
        Evaluation immersion = at("singapore", "cooling", "immersion");
        for (String id : List.of("sgp-roadmap-pue-100", "sgp-dccfa2-pue-100")) {
            assertThat(PolicyChecks.check(legacy, rule(id)).value()).isEqualTo(legacy.pueAtLoad(100));
            assertFailsThenPasses(id, legacy, immersion);
        }
        Evaluation waterCooled = at("singapore", "cooling", "water-cooled-chiller");
        for (String id : List.of("sgp-greenmark-platinum-pue-25", "sgp-greenmark-goldplus-pue-25")) {
            assertThat(PolicyChecks.check(legacy, rule(id)).value()).isEqualTo(legacy.pueAtLoad(25));
            assertFailsThenPasses(id, legacy, waterCooled);
        }
    }

    @Test
    void theLoadPointDecidesTheResultWhereFixedLossesWeighAtLowLoad() {
        // a legacy UPS loses a larger share at 25% load (no-load losses), so PUE at 25% is above PUE at 100%
        Evaluation legacy = at("singapore", LEGACY_AIR_COOLED);
        double at25 = legacy.pueAtLoad(25);
        double at100 = legacy.pueAtLoad(100);
        assertThat(at25).isGreaterThan(at100);
        String between = String.valueOf((at25 + at100) / 2);
        String rows = String.join(",", PolicyRules.COLUMNS) + "\n"
                + "t-100,SGP,,test,pue,<=," + between + ",1.0,guideline,test,2026,low,test\n"
                + "t-25,SGP,,test,pue,<=," + between + ",0.25,guideline,test,2026,low,test\n"
                + "t-annual,SGP,,test,pue,<=," + between + ",,guideline,test,2026,low,test\n";
        List<CheckResult> checks = PolicyChecks.check(legacy, PolicyRules.parseRules(new java.io.StringReader(rows),
                "t.csv"));
        assertThat(checks.get(0).pass()).isTrue();
        assertThat(checks.get(1).pass()).isFalse();
        assertThat(checks.get(2).value()).isEqualTo(legacy.energy().pue());
    }

    @Test
    void singaporeWaterSupplyAirAndGreenEnergyRules() {
        // water-cooled towers evaporate about 2 L/kWh in Singapore; an air-cooled chiller almost none
        assertFailsThenPasses("sgp-greenmark-wue", at("singapore", "cooling", "water-cooled-chiller"),
                at("singapore", "cooling", "air-cooled-chiller"));
        CheckResult cold = PolicyChecks.check(at("singapore", "supply_air_c", "24"), rule("sgp-ss697-supply-air"));
        assertThat(cold.value()).isEqualTo(24);
        assertThat(cold.margin()).isEqualTo(-2);
        assertFailsThenPasses("sgp-ss697-supply-air", at("singapore", "supply_air_c", "24"),
                at("singapore", "supply_air_c", "27"));
        // 60% of grid electricity under renewable PPAs, no PV: green share 0.6 of facility energy
        Evaluation ppa = at("singapore", "ppa_share", "0.6");
        assertThat(PolicyChecks.check(ppa, rule("sgp-dccfa2-green-energy")).value()).isCloseTo(0.6, within(1e-9));
        assertFailsThenPasses("sgp-dccfa2-green-energy", at("singapore"), ppa);
    }

    @Test
    void johorRulesFailAndPass() {
        assertFailsThenPasses("mys-johor-pue", at("johor-bahru", LEGACY_AIR_COOLED),
                at("johor-bahru", "cooling", "water-cooled-chiller"));
        assertFailsThenPasses("mys-johor-wue", at("johor-bahru", "cooling", "water-cooled-chiller"),
                at("johor-bahru", "cooling", "air-cooled-chiller"));
        assertThat(RULES.applicableTo(at("johor-bahru"))).extracting(PolicyRule::ruleId)
                .containsExactly("mys-johor-pue", "mys-johor-wue");
    }

    @Test
    void theCheapestFixPassesTheRuleAndComesFromTheCatalogue() {
        Map<String, String> inputs = Inputs.of("site", "johor-bahru", "cooling", "water-cooled-chiller");
        Evaluation base = service.evaluate(inputs);
        List<PassSearch.Change> candidates = PassSearch.candidates(service.resolver().catalogue(), base.scenario());
        // every other technology, every other whole degree of 15..35 C
        assertThat(candidates.stream().filter(c -> c.parameter().equals("cooling")))
                .hasSize(CoolingTechnology.ids().size() - 1);
        assertThat(candidates.stream().filter(c -> c.parameter().equals("supply_air_c"))).hasSize(20);
        boolean designLevels = service.resolver().catalogue().find("design_level").isPresent();
        assertThat(candidates.stream().anyMatch(c -> c.parameter().equals("design_level"))).isEqualTo(designLevels);

        List<CheckResult> checks = PolicyChecks.check(base, RULES.applicableTo(base));
        List<PassSearch.Outcome> outcomes = PassSearch.search(service, inputs, base, checks);
        assertThat(outcomes).hasSize(1);
        PassSearch.Fix fix = outcomes.get(0).fix().orElseThrow();
        // the named change, evaluated on its own, passes the rule at the cost reported
        Map<String, String> changed = new java.util.LinkedHashMap<>(inputs);
        changed.put(fix.change().parameter(), fix.change().value());
        Evaluation after = service.evaluate(changed);
        assertThat(PolicyChecks.check(after, rule("mys-johor-wue")).pass()).isTrue();
        assertThat(fix.tcoNpvUsd()).isEqualTo(after.lifecycle().tcoNpvUsd());
        assertThat(fix.tcoChangeUsd()).isCloseTo(after.lifecycle().tcoNpvUsd() - base.lifecycle().tcoNpvUsd(),
                within(1e-6));
        // air-cooled plants evaporate no water and pass too: the fix is no dearer than that one
        Map<String, String> airCooled = new java.util.LinkedHashMap<>(inputs);
        airCooled.put("cooling", "air-cooled-chiller");
        assertThat(fix.tcoNpvUsd()).isLessThanOrEqualTo(service.evaluate(airCooled).lifecycle().tcoNpvUsd());
        assertThat(PassSearch.describe(outcomes.get(0))).startsWith("mys-johor-wue: " + fix.change().asOption());
    }
}
