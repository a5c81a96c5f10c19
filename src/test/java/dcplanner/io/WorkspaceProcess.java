package dcplanner.io;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import dcplanner.scenario.Workspace;

/**
 * A second process on a workspace, started by {@link WorkspaceStoreTest}: {@code hold FILE} opens it,
 * says whether it got the lock, waits for a line on stdin, adds a scenario and exits; {@code churn
 * FILE} saves ever larger workspaces until it is killed.
 */
public final class WorkspaceProcess {

    private WorkspaceProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        try (WorkspaceStore store = WorkspaceStore.open(file)) {
            if (args[0].equals("hold")) {
                System.out.println(store.readOnly() ? "read-only" : "locked");
                System.out.flush();
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                store.save(store.loaded().with("from-holder", Map.of("site", "jakarta")));
                System.out.println("saved");
            } else {
                Workspace workspace = Workspace.empty();
                for (int n = 0; ; n++) {
                    Map<String, String> inputs = new LinkedHashMap<>();
                    inputs.put("site", "singapore");
                    inputs.put("it_capacity_kw", String.valueOf(1000 + n));
                    inputs.put("utilisation_profile", "1,".repeat(23) + "1");
                    workspace = workspace.with("s" + n, inputs);
                    store.save(workspace);
                    if (n == 0) {
                        System.out.println("saving");
                        System.out.flush();
                    }
                }
            }
        }
    }
}
