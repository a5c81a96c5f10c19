package dcplanner.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dcplanner.report.NamedInputs;
import dcplanner.report.ScenarioSource;

/**
 * The scenarios of the session's workspace as a {@link ScenarioSource} for charts and reports:
 * the names given, in that order, or every scenario of the workspace when none is given.
 */
public final class WorkspaceScenarios implements ScenarioSource {

    private final WorkspaceSession session;
    private final List<String> names;
    private final String command;

    public WorkspaceScenarios(WorkspaceSession session, List<String> names, String command) {
        this.session = session;
        this.names = List.copyOf(names);
        this.command = command;
    }

    @Override
    public List<NamedInputs> scenarios() {
        List<String> chosen = names.isEmpty() ? session.workspace().names() : names;
        if (chosen.isEmpty()) {
            throw new UsageException(command + ": no scenarios: give --input FILE.csv, or create scenarios with"
                    + " 'scenario new NAME --site ID'");
        }
        if (chosen.stream().distinct().count() < chosen.size()) {
            throw new UsageException(command + ": a scenario is named twice: " + String.join(" ", chosen));
        }
        return chosen.stream().map(name -> new NamedInputs(name, session.inputs(name))).toList();
    }

    /**
     * The inputs of a command that takes one scenario ({@code policy check}, the studies): the
     * workspace scenario named, with the options given on the line put over it; the options alone
     * when no name is given. A site given on the line replaces the scenario's weather file and the
     * other way round.
     */
    public static Map<String, String> inputs(WorkspaceSession session, List<String> names, Map<String, String> options) {
        if (names.isEmpty()) {
            return options;
        }
        Map<String, String> inputs = new LinkedHashMap<>(session.inputs(names.get(0)));
        if (options.containsKey("site")) {
            inputs.remove("epw");
        }
        if (options.containsKey("epw")) {
            inputs.remove("site");
        }
        inputs.putAll(options);
        return inputs;
    }

    /** The words of a command that takes at most one workspace scenario, for help and completion. */
    public static dcplanner.shell.PlannerCommand.Arguments oneScenario(WorkspaceSession session) {
        return new dcplanner.shell.PlannerCommand.Arguments("[SCENARIO]", 0, 1,
                () -> session.isOpen() ? session.workspace().names() : List.of());
    }
}
