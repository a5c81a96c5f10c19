package dcplanner.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.shell.test.autoconfigure.ShellTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import dcplanner.DcPlannerApplication;
import dcplanner.io.WorkspaceStore;
import dcplanner.scenario.Workspace;
import dcplanner.shell.commands.GuidedStart;

/** The workspace commands as the shell runs them, against a workspace file of the test's own. */
@SpringBootTest(classes = DcPlannerApplication.class)
@ShellTest
class ScenarioSessionTest {

    @TempDir
    static Path dir;

    @MockitoBean
    CliRunner cliRunner;

    /** Scripted answers instead of the terminal. */
    @MockitoBean
    GuidedStart.Questions questions;

    @Autowired
    ShellTestClient client;

    @Autowired
    WorkspaceSession session;

    @DynamicPropertySource
    static void workspace(DynamicPropertyRegistry registry) {
        registry.add("dc-planner.workspace", () -> dir.resolve("ws.json").toString());
    }

    private String run(String line) throws Exception {
        return String.join("\n", client.sendCommand(line).lines());
    }

    private void refused(String line, String message) {
        assertThatThrownBy(() -> client.sendCommand(line)).satisfies(thrown -> {
            Throwable root = thrown;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            assertThat(root).hasMessageContaining(message);
        });
    }

    private Workspace onDisk() {
        return WorkspaceStore.read(dir.resolve("ws.json"));
    }

    @Test
    void newSetUnsetShowAndEveryChangeIsOnDisk() throws Exception {
        assertThat(run("scenario new a1 --site jakarta --cooling air-cooled-chiller")).contains("created a1")
                .contains("site jakarta, cooling air-cooled-chiller");
        assertThat(onDisk().inputs("a1").orElseThrow()).containsEntry("site", "jakarta")
                .containsEntry("cooling", "air-cooled-chiller");
        assertThat(onDisk().current()).isEqualTo("a1");
        // set on the current scenario, then on a named one
        assertThat(run("set --supply-air-c 27")).contains("a1: supply_air_c 26 (default) -> 27");
        assertThat(run("scenario set a1 --it-capacity-kw 5000")).contains("a1: it_capacity_kw 1000 (default) -> 5000");
        assertThat(onDisk().inputs("a1").orElseThrow()).containsEntry("supply_air_c", "27")
                .containsEntry("it_capacity_kw", "5000");
        assertThat(run("scenario show a1")).contains("supply_air_c").contains("given").contains("at their defaults");
        assertThat(run("unset --supply-air-c")).contains("a1: supply_air_c 27 -> 26 (default)");
        assertThat(onDisk().inputs("a1").orElseThrow()).doesNotContainKey("supply_air_c");
        // a site replaces a weather file and the other way round
        assertThat(run("set --site bangkok")).contains("a1: site jakarta -> bangkok");
    }

    @Test
    void badInputIsRefusedOnTheSpotAndNothingIsSaved() throws Exception {
        run("scenario new b1 --site singapore");
        Workspace before = onDisk();
        refused("scenario set b1 --supply-air-c 45", "supply_air_c = 45 is outside 15..35 C");
        refused("set --cooling dx-crak", "--cooling 'dx-crak' is not allowed");
        refused("set --supply-air 27", "unknown option --supply-air (did you mean --supply-air-c?)");
        refused("set", "give the inputs to change");
        refused("scenario unset b1 --pv-kwp", "b1 does not set pv_kwp");
        refused("scenario new b1 --site singapore", "'b1' exists already");
        refused("scenario new 'no spaces' --site singapore", "is not allowed");
        refused("scenario new b2", "site is missing");
        refused("scenario show b9", "no scenario 'b9' (did you mean b1?)");
        refused("scenario set b1 b2 --pv-kwp 5", "expects [NAME]");
        refused("scenario rm", "expects NAME...");
        refused("scenario shw b1", "unknown command 'scenario shw' (did you mean scenario show?)");
        assertThat(onDisk()).isEqualTo(before);
    }

    @Test
    void renameRemoveUseListAndDiff() throws Exception {
        run("scenario new c1 --site singapore");
        run("scenario new c2 --from c1 --cooling direct-liquid-cooling --supply-air-c 30");
        String diff = run("scenario diff c1 c2");
        assertThat(diff).contains("cooling").contains("water-cooled-chiller (d)").contains("direct-liquid-cooling")
                .contains("supply_air_c").doesNotContain("\nsite ");
        assertThat(run("scenario diff c1 c1")).contains("have the same inputs");
        assertThat(run("scenario rename c2 c3")).contains("renamed c2 to c3");
        assertThat(onDisk().current()).isEqualTo("c3");
        refused("scenario rename c1 c3", "'c3' exists already");
        assertThat(run("scenario use c1")).contains("current scenario: c1");
        assertThat(run("scenario list")).containsPattern("\\*\\s+c1\\s+singapore").contains("c3");
        assertThat(run("scenario rm c3")).contains("removed c3");
        assertThat(onDisk().has("c3")).isFalse();
        refused("scenario rm c3", "no scenario 'c3'");
    }

    @Test
    void runIsCachedUntilAnInputChanges() throws Exception {
        run("scenario new d1 --site singapore --cooling air-cooled-chiller");
        String first = run("run d1");
        assertThat(first).contains("d1: evaluated in").contains("PUE (annual)").contains("PUE at 25% IT load")
                .contains("WUE (site)").contains("CUE").contains("Facility energy").contains("Peak facility power")
                .contains("Site water").contains("CO2e location-based").contains("Capital cost")
                .contains("Total cost of ownership (NPV)").contains("Levelised cost of capacity");
        assertThat(run("run")).contains("d1: unchanged since the last run");
        run("set --supply-air-c 27");
        assertThat(run("run d1")).contains("d1: evaluated in");
        refused("run nothing-here", "no scenario 'nothing-here'");
    }

    @Test
    void compareNamedScenariosMarksTheBestAndGivesTheAbatementCost() throws Exception {
        run("scenario new e1 --site singapore --cooling air-cooled-chiller");
        run("scenario new e2 --from e1 --cooling water-cooled-chiller-wse");
        String out = run("compare e1 e2");
        assertThat(out).contains("Inputs that differ").contains("cooling").contains("Results (* best: lowest)")
                .contains("Difference to e1").contains("Abatement cost (vs e1)").contains("*");
        // a chiller plant with towers uses water an air-cooled one does not: e2's row difference is positive
        assertThat(out.lines().filter(l -> l.startsWith("Site water")).toList().get(1)).contains("+");
        refused("compare e1", "give two or more scenarios");
        refused("compare e1 --vary weather", "--vary 'weather' is not allowed");
        // the option form keeps working
        assertThat(run("compare --base \"--site singapore\" --alternative \"--cooling air-cooled-chiller\""))
                .contains("Abatement cost");
    }

    @Test
    void compareVaryCoolingBuildsEveryTechnology() throws Exception {
        run("scenario new f1 --site singapore");
        String csv = run("compare f1 --vary cooling --format csv");
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("scenario_id,pue,pue_at_25pct_load");
        assertThat(lines).hasSize(1 + 8);
        assertThat(lines.get(1)).startsWith("f1(water-cooled-chiller),");
        assertThat(String.join("\n", lines)).contains("\nair-cooled-chiller,").contains("\nimmersion,")
                .contains("\nseawater,");
    }

    @Test
    void exportThenImportGivesTheSameScenarios() throws Exception {
        run("scenario new g1 --site hanoi --tariff-escalation -0.01 --supply-air-c 27");
        run("scenario new g2 --site manila --cooling dx-crac");
        Path csv = dir.resolve("g.csv");
        assertThat(run("export " + csv + " g1 g2")).contains("wrote 2 scenarios");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("scenario_id,site,").contains("supply_air_c").contains("tariff_escalation");
        assertThat(lines.get(1)).startsWith("g1,hanoi,").contains("-0.01").doesNotContain("'-0.01");
        Map<String, String> g1 = session.inputs("g1");
        run("scenario rm g1 g2");
        assertThat(run("import " + csv)).contains("imported 2 scenarios").contains("g1, g2");
        assertThat(session.inputs("g1")).isEqualTo(g1);
        refused("import " + csv, "has g1, g2 already; nothing imported");
        assertThat(run("import " + csv + " --replace")).contains("replaced g1, g2");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "scenario_id,site,supply_air_c\nh1,singapore,26\nh2,singapore,99\n");
        refused("import " + bad, "scenario h2: supply_air_c = 99 is outside");
        assertThat(session.workspace().has("h1")).isFalse();
        Files.writeString(bad, "scenario_id,site,supply_air\nh1,singapore,26\n");
        refused("import " + bad, "unknown column 'supply_air'");
        refused("export g1", "must end in .csv");
        refused("import " + dir.resolve("missing.csv"), "no such file");
    }

    @Test
    void guidedStartAsksOnlyWhatIsNotGivenAndKeepsDefaultsAsDefaults() throws Exception {
        org.mockito.Mockito.when(questions.choose(org.mockito.ArgumentMatchers.anyString(),
                org.mockito.ArgumentMatchers.anyList(), org.mockito.ArgumentMatchers.anyString()))
                .thenAnswer(call -> {
                    String title = call.getArgument(0);
                    return title.startsWith("cooling") ? "immersion" : call.getArgument(2);
                });
        List<String> asked = new ArrayList<>();
        org.mockito.Mockito.when(questions.number(org.mockito.ArgumentMatchers.anyString(),
                org.mockito.ArgumentMatchers.anyDouble(), org.mockito.ArgumentMatchers.anyDouble(),
                org.mockito.ArgumentMatchers.anyDouble(), org.mockito.ArgumentMatchers.anyBoolean()))
                .thenAnswer(call -> {
                    String title = call.getArgument(0);
                    asked.add(title);
                    return title.startsWith("rated critical") ? 2500.0 : (double) call.getArgument(1);
                });
        String out = run("scenario new k1 --site kuala-lumpur --guided");
        assertThat(out).contains("created k1").contains("PUE (annual)");
        Map<String, String> inputs = session.inputs("k1");
        assertThat(inputs).containsEntry("site", "kuala-lumpur").containsEntry("it_capacity_kw", "2500")
                .containsEntry("cooling", "immersion").doesNotContainKey("discount_rate")
                .doesNotContainKey("utilisation");
        // the range of each number comes from the catalogue
        assertThat(asked).anyMatch(t -> t.contains("[1..2000000 kW]"));
        org.mockito.Mockito.verify(questions, org.mockito.Mockito.never()).choose(
                org.mockito.ArgumentMatchers.startsWith("built-in site"), org.mockito.ArgumentMatchers.anyList(),
                org.mockito.ArgumentMatchers.anyString());
    }

    @Test
    void helpGroupsInputsWithRealDefaultsAndDescribeExplainsOne() throws Exception {
        String help = run("help evaluate");
        assertThat(help).contains("site:").contains("cooling:").contains("economics:")
                .contains("--supply-air-c C").contains("default 26").contains("help evaluate --all")
                .doesNotContain("default = null");
        String all = run("help evaluate --all");
        assertThat(all.length()).isGreaterThan(help.length() * 2);
        assertThat(all).contains("source: IMDA SS 697:2023").contains("--ups-square-law-loss");
        assertThat(run("help scenario set")).contains("Usage: scenario set [NAME]");
        assertThat(run("help")).contains("scenario new").contains("describe").contains("run");
        refused("help evalute", "no command 'evalute' (did you mean evaluate?)");
        assertThat(run("describe supply_air_c")).contains("unit:     C").contains("allowed:  15..35 C")
                .contains("default:  26").contains("IMDA SS 697:2023");
        refused("describe supply_air", "no input 'supply_air' (did you mean supply_air_c?)");
    }
}
