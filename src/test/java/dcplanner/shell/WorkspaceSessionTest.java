package dcplanner.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two sessions on one workspace: the second is read-only, sees the first's changes, and takes over when it ends. */
class WorkspaceSessionTest {

    @TempDir
    Path dir;

    private WorkspaceSession session(Path file) {
        // no evaluations here: the service and the user-config folder are not needed
        return new WorkspaceSession(null, null, file.toString());
    }

    @Test
    void theSecondSessionIsReadOnlyUntilTheFirstEnds() {
        Path file = dir.resolve("ws.json");
        WorkspaceSession first = session(file);
        WorkspaceSession second = session(file);
        assertThat(first.open()).contains("0 scenarios");
        assertThat(second.open()).contains("open in another dc-planner").contains("read-only");
        first.change(w -> w.with("a", Map.of("site", "singapore")).withCurrent("a"));
        assertThat(second.workspace().names()).containsExactly("a");
        assertThatThrownBy(() -> second.change(w -> w.without("a"))).isInstanceOf(UsageException.class)
                .hasMessageContaining("changes are refused");
        first.close();
        second.change(w -> w.with("b", Map.of("site", "jakarta")));
        assertThat(second.readOnly()).isFalse();
        WorkspaceSession third = session(file);
        assertThat(third.open()).contains("read-only");
        second.close();
        WorkspaceSession reopened = session(file);
        assertThat(reopened.open()).contains("2 scenarios");
        assertThat(reopened.workspace().inputs("b").orElseThrow()).containsEntry("site", "jakarta");
        assertThat(reopened.workspace().current()).isEqualTo("a");
        reopened.close();
        third.close();
    }
}
