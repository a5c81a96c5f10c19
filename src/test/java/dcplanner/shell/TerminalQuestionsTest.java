package dcplanner.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dcplanner.scenario.Workspace;

/** What the guided start's number input refuses, and the rules of the workspace's names. */
class TerminalQuestionsTest {

    @Test
    void aNumberOutsideItsRangeOrNotWholeIsRefusedWithTheRange() {
        assertThat(TerminalQuestions.rangeProblem(26, 15, 35, false)).isNull();
        assertThat(TerminalQuestions.rangeProblem(15, 15, 35, false)).isNull();
        assertThat(TerminalQuestions.rangeProblem(45, 15, 35, false)).isEqualTo("45 is outside 15..35; try again");
        assertThat(TerminalQuestions.rangeProblem(0.005, 0.01, 1, false)).contains("0.005 is outside 0.01..1");
        assertThat(TerminalQuestions.rangeProblem(Double.NaN, 0, 1, false)).contains("not a finite number; allowed: 0..1");
        assertThat(TerminalQuestions.rangeProblem(20.5, 1, 60, true)).isEqualTo("20.5 is not a whole number; try again");
        assertThat(TerminalQuestions.rangeProblem(20, 1, 60, true)).isNull();
    }

    @Test
    void scenarioNamesAreShortWordsThatCanBeTypedAndUsedAsCsvIds() {
        assertThat(Workspace.isValidName("alpha-sg")).isTrue();
        assertThat(Workspace.isValidName("kl_2027.v2")).isTrue();
        assertThat(Workspace.isValidName("two words")).isFalse();
        assertThat(Workspace.isValidName("--site")).isFalse();
        assertThat(Workspace.isValidName("=cmd")).isFalse();
        assertThat(Workspace.isValidName("x".repeat(41))).isFalse();
        assertThatThrownBy(() -> Workspace.empty().with("bad name", Map.of())).hasMessageContaining("not allowed");
        Workspace renamed = Workspace.empty().with("a", Map.of("site", "hanoi")).with("b", Map.of()).withCurrent("a")
                .renamed("a", "c");
        assertThat(renamed.names()).containsExactly("c", "b");
        assertThat(renamed.current()).isEqualTo("c");
        assertThat(renamed.without("c").current()).isNull();
    }
}
