package dcplanner.shell.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dcplanner.batch.ScenarioCsv;
import dcplanner.io.AtomicFiles;
import dcplanner.scenario.InvalidInputException;
import dcplanner.scenario.ParameterCatalogue;
import dcplanner.scenario.Workspace;
import dcplanner.shell.CommandArgs;
import dcplanner.shell.OptionSpec;
import dcplanner.shell.PlannerCommand;
import dcplanner.shell.UsageException;
import dcplanner.shell.WorkspaceSession;

/**
 * {@code export FILE.csv [NAMES...]} and {@code import FILE.csv}: scenarios to and from CSV in the
 * batch-input schema (one row per scenario, {@code scenario_id} and the inputs' snake_case names).
 */
public final class TransferCommands {

    private TransferCommands() {
    }

    /** {@code export FILE.csv [NAMES...]}. */
    @Component
    public static class Export extends PlannerCommand {

        private final WorkspaceSession session;
        private final ParameterCatalogue catalogue;

        public Export(WorkspaceSession session, ParameterCatalogue catalogue) {
            super("export", "write scenarios (all, or those named) to a CSV file in the batch-input schema",
                    List.of());
            this.session = session;
            this.catalogue = catalogue;
            acceptArguments(ScenarioCommands.names(session, "FILE.csv [NAMES...]", 1, 1000));
        }

        @Override
        protected void run(CommandArgs args, PrintWriter out) {
            Path file = Path.of(args.arguments().get(0));
            if (!file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
                throw new UsageException("export: the first word is the CSV file to write and must end in .csv"
                        + " (got '" + file + "'), e.g. export scenarios.csv " + file);
            }
            List<String> names = args.arguments().subList(1, args.arguments().size());
            Workspace now = session.workspace();
            Map<String, Map<String, String>> chosen = new LinkedHashMap<>();
            for (String name : names.isEmpty() ? now.names() : names) {
                chosen.put(name, session.inputs(name));
            }
            if (chosen.isEmpty()) {
                throw new UsageException("export: the workspace has no scenarios to write");
            }
            String csv = ScenarioCsv.write(chosen, catalogue);
            AtomicFiles.write(file, writer -> writer.write(csv));
            out.println("wrote " + chosen.size() + (chosen.size() == 1 ? " scenario" : " scenarios") + " to " + file);
        }
    }

    /** {@code import FILE.csv [--replace]}. */
    @Component
    public static class Import extends PlannerCommand {

        private final WorkspaceSession session;
        private final ParameterCatalogue catalogue;

        public Import(WorkspaceSession session, ParameterCatalogue catalogue) {
            super("import", "add the scenarios of a CSV file (batch-input schema, one row per scenario) to the"
                    + " workspace; all or none", List.of(OptionSpec.flag("replace",
                            "replace scenarios of the same name (otherwise they are refused)")));
            this.session = session;
            this.catalogue = catalogue;
            acceptArguments(new Arguments("FILE.csv", 1, 1, List::of));
        }

        @Override
        protected void run(CommandArgs args, PrintWriter out) {
            Path file = Path.of(args.arguments().get(0));
            Map<String, Map<String, String>> read;
            try {
                read = ScenarioCsv.read(file, catalogue);
            } catch (IllegalArgumentException e) {
                throw new UsageException("import: " + e.getMessage());
            }
            if (read.isEmpty()) {
                throw new UsageException("import: " + file + " has no scenario rows");
            }
            Workspace now = session.workspace();
            List<String> clashes = new ArrayList<>(read.keySet().stream().filter(now::has).toList());
            if (!clashes.isEmpty() && !args.has("replace")) {
                throw new UsageException("import: the workspace has " + String.join(", ", clashes)
                        + " already; nothing imported (--replace overwrites them)");
            }
            // every row must resolve before any is added: an import is all or nothing
            read.forEach((name, inputs) -> {
                try {
                    session.resolve(inputs);
                } catch (InvalidInputException e) {
                    throw new UsageException("import: " + file + " scenario " + name + ": " + e.getMessage()
                            + "; nothing imported");
                }
            });
            session.change(w -> {
                Workspace next = w;
                for (Map.Entry<String, Map<String, String>> entry : read.entrySet()) {
                    next = next.with(entry.getKey(), entry.getValue());
                }
                return next;
            });
            out.println("imported " + read.size() + (read.size() == 1 ? " scenario" : " scenarios") + " from " + file
                    + ": " + String.join(", ", read.keySet()) + (clashes.isEmpty() ? ""
                            : " (replaced " + String.join(", ", clashes) + ")"));
        }
    }
}
