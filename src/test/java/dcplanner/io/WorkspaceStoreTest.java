package dcplanner.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dcplanner.scenario.Workspace;

/** The workspace file: round trip, atomic saves under kill -9, and one writer at a time. */
class WorkspaceStoreTest {

    @TempDir
    Path dir;

    private static Workspace sample() {
        return Workspace.empty()
                .with("alpha-sg", Map.of("site", "singapore", "supply_air_c", "27"))
                .with("beta", Map.of("site", "jakarta", "cooling", "air-cooled-chiller",
                        "epw", "my files/\"quoted\" site.epw"))
                .withCurrent("beta");
    }

    @Test
    void aWorkspaceWrittenThenReopenedHasTheSameScenarios() {
        Path file = dir.resolve("ws.json");
        try (WorkspaceStore store = WorkspaceStore.open(file)) {
            assertThat(store.loaded().scenarios()).isEmpty();
            store.save(sample());
        }
        try (WorkspaceStore store = WorkspaceStore.open(file)) {
            assertThat(store.loaded()).isEqualTo(sample());
            assertThat(store.loaded().names()).containsExactly("alpha-sg", "beta");
            assertThat(store.loaded().current()).isEqualTo("beta");
        }
    }

    @Test
    void aFileThatIsNotAWorkspaceIsRefusedNotOverwritten() throws Exception {
        Path file = dir.resolve("notes.json");
        Files.writeString(file, "{\"shopping\": [\"rice\"]}");
        assertThatThrownBy(() -> WorkspaceStore.open(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a dc-planner workspace").hasMessageContaining("--workspace");
        assertThat(Files.readString(file)).isEqualTo("{\"shopping\": [\"rice\"]}");
    }

    @Test
    void aSaveThatFailsHalfWayLeavesThePreviousWorkspace() throws Exception {
        Path file = dir.resolve("ws.json");
        try (WorkspaceStore store = WorkspaceStore.open(file)) {
            store.save(sample());
        }
        String before = Files.readString(file);
        // the same path a save takes, failing after half the document is written
        assertThatThrownBy(() -> AtomicFiles.write(file, (Writer w) -> {
            w.write(before.substring(0, before.length() / 2));
            w.flush();
            throw new java.io.IOException("disk full");
        })).hasMessageContaining("disk full");
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(WorkspaceStore.read(file)).isEqualTo(sample());
    }

    @Test
    void killingAProcessWhileItSavesLeavesAWholeWorkspace() throws Exception {
        Path file = dir.resolve("ws.json");
        for (int round = 0; round < 3; round++) {
            Process process = start("churn", file);
            String first = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertThat(first).isEqualTo("saving");
            Thread.sleep(150 + 100L * round);
            process.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
            Workspace survived = WorkspaceStore.read(file);
            int count = survived.scenarios().size();
            assertThat(count).isPositive();
            // every save wrote s0..s(n): a whole one has them all, each with its own capacity
            for (int n = 0; n < count; n++) {
                assertThat(survived.inputs("s" + n).orElseThrow()).containsEntry("it_capacity_kw",
                        String.valueOf(1000 + n));
            }
        }
        // and the next process opens it, writable (the killed process's lock went with it)
        try (WorkspaceStore store = WorkspaceStore.open(file)) {
            assertThat(store.readOnly()).isFalse();
        }
        try (var leftOvers = Files.list(dir)) {
            assertThat(leftOvers.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void twoProcessesOnOneWorkspace_theSecondIsReadOnlyAndSaysWhy() throws Exception {
        Path file = dir.resolve("shared.json");
        try (WorkspaceStore store = WorkspaceStore.open(file)) {
            store.save(sample());
        }
        Process holder = start("hold", file);
        BufferedReader holderOut = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                StandardCharsets.UTF_8));
        assertThat(holderOut.readLine()).isEqualTo("locked");
        try (WorkspaceStore second = WorkspaceStore.open(file)) {
            assertThat(second.readOnly()).isTrue();
            assertThat(second.readOnlyReason().orElseThrow()).contains("open in another dc-planner")
                    .contains("process " + holder.pid()).contains("read-only");
            assertThat(second.loaded()).isEqualTo(sample());
            assertThatThrownBy(() -> second.save(Workspace.empty())).hasMessageContaining("not saved");
            // the holder saves; the read-only one sees it on reload, and the file is whole
            holder.getOutputStream().write("go\n".getBytes(StandardCharsets.UTF_8));
            holder.getOutputStream().flush();
            assertThat(holderOut.readLine()).isEqualTo("saved");
            assertThat(holder.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(second.reload().names()).containsExactly("alpha-sg", "beta", "from-holder");
        }
        try (WorkspaceStore after = WorkspaceStore.open(file)) {
            assertThat(after.readOnly()).isFalse();
        }
    }

    private static Process start(String mode, Path file) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                WorkspaceProcess.class.getName(), mode, file.toString()));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }
}
