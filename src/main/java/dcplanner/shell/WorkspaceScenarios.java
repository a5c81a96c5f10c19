package dcplanner.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dcplanner.report.CsvScenarioFile;
import dcplanner.report.NamedInputs;
import dcplanner.report.ScenarioSource;
import dcplanner.scenario.ParameterCatalogue;

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

    /**
     * Where the scenarios of {@code chart} and {@code report} come from: the CSV file of
     * {@code --input}, or else the workspace scenarios {@code names} (all when none is). Naming
     * scenarios and giving {@code --input} is a usage error. Nothing is read until {@link #scenarios()}.
     */
    public static ScenarioSource of(CommandArgs args, List<String> names, WorkspaceSession session,
            ParameterCatalogue catalogue) {
        if (args.has("input") && !names.isEmpty()) {
            throw new UsageException(args.commandName() + ": give scenarios either as workspace names or with"
                    + " --input FILE.csv, not both");
        }
        return args.has("input") ? new CsvScenarioFile(java.nio.file.Path.of(args.require("input")), catalogue)
                : new WorkspaceScenarios(session, names, args.commandName());
    }

    /** The scenario called {@code name} among {@code scenarios}; a usage error of {@code --scenario} if none is. */
    public static NamedInputs chosen(List<NamedInputs> scenarios, String name, String command) {
        return scenarios.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(() ->
                new UsageException(command + ": --scenario '" + name + "' is not among the scenarios: "
                        + String.join(", ", scenarios.stream().map(NamedInputs::name).toList())));
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
        return merged(session.inputs(names.get(0)), options);
    }

    /**
     * {@code inputs} with {@code changes} applied: a site replaces an EPW file and the other way
     * round, blank values remove an input.
     */
    public static Map<String, String> merged(Map<String, String> inputs, Map<String, String> changes) {
        Map<String, String> next = new LinkedHashMap<>(inputs);
        if (changes.containsKey("site")) {
            next.remove("epw");
        }
        if (changes.containsKey("epw")) {
            next.remove("site");
        }
        changes.forEach((name, value) -> {
            if (value == null || value.isBlank()) {
                next.remove(name);
            } else {
                next.put(name, value);
            }
        });
        return next;
    }

    /** The words of a command that takes at most one workspace scenario, for help and completion. */
    public static dcplanner.shell.PlannerCommand.Arguments oneScenario(WorkspaceSession session) {
        return new dcplanner.shell.PlannerCommand.Arguments("[SCENARIO]", 0, 1, () -> scenarioNames(session));
    }

    /** The workspace's scenario names, for Tab completion: none while no workspace is open (Tab opens none). */
    public static List<String> scenarioNames(WorkspaceSession session) {
        return session.isOpen() ? session.workspace().names() : List.of();
    }
}
