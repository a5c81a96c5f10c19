package dcplanner.shell;

import java.util.List;

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
}
