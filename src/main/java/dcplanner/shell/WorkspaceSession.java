package dcplanner.shell;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.shell.core.config.UserConfigPathProvider;
import org.springframework.stereotype.Component;

import dcplanner.io.WorkspaceStore;
import dcplanner.scenario.Evaluation;
import dcplanner.scenario.EvaluationService;
import dcplanner.scenario.Scenario;
import dcplanner.scenario.Workspace;
import jakarta.annotation.PreDestroy;

/**
 * The session's workspace of named scenarios: opened on first use from {@code --workspace FILE}
 * (or {@code dc-planner.workspace}, or {@code workspace.json} beside the shell history), saved
 * after every change, and the evaluations of its scenarios, kept until an input changes.
 */
@Component
public class WorkspaceSession {

    /** Evaluations kept: the scenarios of a comparison or a --vary run fit easily. */
    private static final int CACHE_SIZE = 64;

    private final EvaluationService service;
    private final ObjectProvider<UserConfigPathProvider> userConfig;
    private final String configuredFile;
    private final Map<Map<String, String>, Evaluation> evaluations = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Map<String, String>, Evaluation> eldest) {
            return size() > CACHE_SIZE;
        }
    };
    private Path fileOverride;
    private WorkspaceStore store;
    private Workspace workspace;

    public WorkspaceSession(EvaluationService service, ObjectProvider<UserConfigPathProvider> userConfig,
            @Value("${dc-planner.workspace:}") String configuredFile) {
        this.service = service;
        this.userConfig = userConfig;
        this.configuredFile = configuredFile;
    }

    /** Uses {@code file} instead of the default workspace (before the workspace is first used). */
    public synchronized void useFile(Path file) {
        if (store != null) {
            throw new IllegalStateException("the workspace is already open: " + store.file());
        }
        fileOverride = file;
    }

    /** The workspace file in use (or that will be used). */
    public synchronized Path file() {
        if (store != null) {
            return store.file();
        }
        if (fileOverride != null) {
            return fileOverride;
        }
        if (!configuredFile.isBlank()) {
            return Path.of(configuredFile);
        }
        UserConfigPathProvider provider = userConfig.getIfAvailable();
        Path folder = provider != null ? provider.provide()
                : Path.of(System.getProperty("user.home"), ".config", "dc-planner");
        return folder.resolve("workspace.json");
    }

    /** Opens the workspace if it is not open yet; returns a line that says what was opened. */
    public synchronized String open() {
        if (store == null) {
            store = WorkspaceStore.open(file());
            workspace = store.loaded();
        }
        int count = workspace.scenarios().size();
        return store.readOnlyReason().map(reason -> "note: " + reason)
                .orElse("workspace " + store.file() + ": " + count + (count == 1 ? " scenario" : " scenarios"));
    }

    public synchronized boolean isOpen() {
        return store != null;
    }

    public synchronized boolean readOnly() {
        open();
        return store.readOnly();
    }

    /** The workspace now (read-only sessions read what the other process has saved). */
    public synchronized Workspace workspace() {
        open();
        if (store.readOnly()) {
            workspace = store.reload();
        }
        return workspace;
    }

    /** The current scenario's name, without opening the workspace (for the prompt). */
    public synchronized String currentNameOrNull() {
        return workspace == null ? null : workspace.current();
    }

    /**
     * Applies a change and saves the workspace at once. Every scenario the change touches must
     * still resolve (checked by the caller through {@link #resolve}); a failed change saves nothing.
     */
    public synchronized Workspace change(UnaryOperator<Workspace> change) {
        open();
        if (store.readOnly()) {
            // the other session may have ended since: then this one takes the workspace over
            WorkspaceStore again = WorkspaceStore.open(store.file());
            if (again.readOnly()) {
                again.close();
            } else {
                store.close();
                store = again;
                workspace = again.loaded();
            }
        }
        if (store.readOnly()) {
            throw new UsageException(store.readOnlyReason().orElse("the workspace is read-only")
                    + ": changes are refused (close the other session, or use --workspace OTHER-FILE)");
        }
        Workspace next = change.apply(workspace);
        store.save(next);
        workspace = next;
        return next;
    }

    /** The given inputs of scenario {@code name}; a usage error naming the scenarios when it does not exist. */
    public Map<String, String> inputs(String name) {
        Workspace now = workspace();
        return now.inputs(name).orElseThrow(() -> noSuchScenario(name, now.names()));
    }

    /** The name given, or the current scenario's when none is given. */
    public String nameOrCurrent(String given, String command) {
        if (given != null) {
            inputs(given);
            return given;
        }
        return workspace().currentName().orElseThrow(() -> new UsageException(command
                + ": no current scenario; give a NAME, or create one with 'scenario new NAME --site ID'"
                + " ('scenario use NAME' makes one current)"));
    }

    public static UsageException noSuchScenario(String name, List<String> names) {
        return new UsageException("no scenario '" + name + "'"
                + NearestName.of(name, names).map(n -> " (did you mean " + n + "?)").orElse("")
                + (names.isEmpty() ? "; the workspace is empty ('scenario new NAME --site ID')"
                        : "; scenarios: " + String.join(", ", names)));
    }

    /** The inputs resolved into a scenario (validated, defaults filled in). */
    public Scenario resolve(Map<String, String> inputs) {
        return service.resolver().resolve(inputs);
    }

    /** The evaluation of these inputs, from the cache when the same inputs were evaluated before. */
    public Evaluation evaluate(Map<String, String> inputs) {
        Map<String, String> key = Map.copyOf(inputs);
        synchronized (evaluations) {
            Evaluation cached = evaluations.get(key);
            if (cached != null) {
                return cached;
            }
        }
        Evaluation evaluation = service.evaluate(service.resolver().resolve(inputs), false);
        synchronized (evaluations) {
            evaluations.put(key, evaluation);
        }
        return evaluation;
    }

    /** Whether these inputs have an evaluation in the cache. */
    public boolean isCached(Map<String, String> inputs) {
        synchronized (evaluations) {
            return evaluations.containsKey(Map.copyOf(inputs));
        }
    }

    public EvaluationService service() {
        return service;
    }

    @PreDestroy
    public synchronized void close() {
        if (store != null) {
            store.close();
        }
    }
}
