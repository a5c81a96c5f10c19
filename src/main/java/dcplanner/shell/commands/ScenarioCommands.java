package dcplanner.shell.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import dcplanner.io.TextTable;
import dcplanner.scenario.Parameter;
import dcplanner.scenario.ParameterCatalogue;
import dcplanner.scenario.Scenario;
import dcplanner.scenario.Workspace;
import dcplanner.shell.CatalogueOptions;
import dcplanner.shell.CommandArgs;
import dcplanner.shell.InputHelp;
import dcplanner.shell.OptionSpec;
import dcplanner.shell.PlannerCommand;
import dcplanner.shell.UsageException;
import dcplanner.shell.WorkspaceScenarios;
import dcplanner.shell.WorkspaceSession;

/**
 * The workspace of named scenarios: {@code scenario new|list|show|set|unset|rm|rename|diff|use},
 * and {@code set} / {@code unset} on the current scenario. Every change is validated with the same
 * messages as {@code evaluate} and saved at once; a refused change leaves the workspace as it was.
 */
public final class ScenarioCommands {

    private ScenarioCommands() {
    }

    /** Scenario names for Tab completion. */
    static PlannerCommand.Arguments names(WorkspaceSession session, String hint, int min, int max) {
        return new PlannerCommand.Arguments(hint, min, max, () -> session.workspace().names());
    }

    /** One line per change: {@code alpha: supply_air_c 26 (default) -> 27}. */
    static void printChanges(PrintWriter out, String name, Scenario before, Scenario after, Set<String> touched) {
        for (String input : touched) {
            String old = before == null ? null : before.find(input).map(v -> v.text() + (v.given() ? "" : " (default)"))
                    .orElse("none");
            String now = after.find(input).map(v -> v.text() + (v.given() ? "" : " (default)")).orElse("none");
            out.println(name + ": " + input + (old == null ? " " : " " + old + " -> ") + now);
        }
        after.warnings().forEach(w -> out.println("note: " + w));
    }

    /** A command on the workspace: the session, and scenario names completed on Tab. */
    abstract static class OnWorkspace extends PlannerCommand {

        protected final WorkspaceSession session;

        OnWorkspace(String name, String description, List<OptionSpec> options, WorkspaceSession session,
                String argumentHint, int min, int max) {
            super(name, description, options);
            this.session = session;
            if (argumentHint != null) {
                acceptArguments(names(session, argumentHint, min, max));
            }
        }

        /** The name of a scenario to be created: valid, and not taken. */
        protected String newName(String name) {
            if (!Workspace.isValidName(name)) {
                throw new UsageException(getName() + ": name '" + name + "' is not allowed; allowed: "
                        + Workspace.NAME_RULE);
            }
            if (session.workspace().has(name)) {
                throw new UsageException(getName() + ": '" + name + "' exists already; change it with 'scenario set "
                        + name + " --INPUT VALUE', or choose another name");
            }
            return name;
        }

        /** The scenario named in the arguments, or the current one. */
        protected String target(CommandArgs args) {
            return session.nameOrCurrent(args.arguments().isEmpty() ? null : args.arguments().get(0), getName());
        }

        /** Applies input changes to a scenario: checked, saved, and each change said in one line. */
        protected void applyChanges(String name, Map<String, String> changes, PrintWriter out) {
            Map<String, String> before = session.inputs(name);
            Map<String, String> after = WorkspaceScenarios.merged(before, changes);
            Scenario changed = session.resolve(after);
            Scenario old = session.resolve(before);
            session.change(w -> w.with(name, after));
            printChanges(out, name, old, changed, new LinkedHashSet<>(changes.keySet()));
        }
    }

    private static List<OptionSpec> inputOptions(ParameterCatalogue catalogue, List<OptionSpec> own) {
        List<OptionSpec> options = new ArrayList<>(own);
        options.addAll(CatalogueOptions.of(catalogue));
        return options;
    }

    /** {@code scenario new NAME [--from OTHER] [--guided] [--INPUT VALUE ...]}. */
    @Component
    public static class New extends OnWorkspace {

        private final ParameterCatalogue catalogue;
        private final ObjectProvider<GuidedStart> guided;

        public New(WorkspaceSession session, ParameterCatalogue catalogue, ObjectProvider<GuidedStart> guided) {
            super("scenario new", "create a named scenario and make it current (inputs as in evaluate; --guided asks"
                    + " for the main ones)", inputOptions(catalogue, List.of(
                            OptionSpec.choice("from", "NAME", "start from a copy of this scenario's inputs", null,
                                    () -> session.workspace().names()),
                            OptionSpec.flag("guided", "ask for site, IT load, cooling and the main economic choices,"
                                    + " one at a time"))), session, null, 0, 0);
            this.catalogue = catalogue;
            this.guided = guided;
            acceptArguments(new Arguments("NAME", 1, 1, List::of));
            describeInputsWith(new InputHelp(catalogue, getName()));
        }

        @Override
        protected void run(CommandArgs args, PrintWriter out) {
            String name = newName(args.arguments().get(0));
            Map<String, String> inputs = args.get("from").map(session::inputs).orElse(Map.of());
            Map<String, String> given = CatalogueOptions.inputs(args, catalogue);
            inputs = WorkspaceScenarios.merged(inputs, given);
            if (args.has("guided")) {
                inputs = guided.getObject().ask(inputs, out);
            }
            Scenario scenario = session.resolve(inputs);
            Map<String, String> saved = inputs;
            session.change(w -> w.with(name, saved).withCurrent(name));
            out.println("created " + name + args.get("from").map(f -> " from " + f).orElse("") + " (current): "
                    + summary(scenario));
            scenario.warnings().forEach(w -> out.println("note: " + w));
            if (args.has("guided")) {
                out.println();
                RunCommand.printHeadlines(out, List.of(name), List.of(session.evaluate(saved)));
            }
        }
    }

    /** Site, cooling and capacity in one line. */
    static String summary(Scenario s) {
        return (s.has("site") ? "site " + s.text("site") : "weather " + s.text("epw")) + ", cooling " + s.text("cooling")
                + ", " + s.find("it_capacity_kw").map(Scenario.Value::text).orElse("?") + " kW IT at utilisation "
                + s.find("utilisation").map(Scenario.Value::text).orElse("?");
    }

    /** {@code scenario list}. */
    @Component
    public static class ListScenarios extends OnWorkspace {

        public ListScenarios(WorkspaceSession session) {
            super("scenario list", "the scenarios of the workspace (* marks the current one)", List.of(), session, null,
                    0, 0);
        }

        @Override
        protected void run(CommandArgs args, PrintWriter out) {
            Workspace now = session.workspace();
            if (now.scenarios().isEmpty()) {
                out.println("no scenarios yet in " + session.file() + "; create one: scenario new NAME --site ID"
                        + " (or scenario new NAME --guided)");
                return;
            }
            TextTable table = new TextTable(List.of("", "Scenario", "Site", "Cooling", "IT (kW)", "Inputs given"))
                    .leftAlign(0).leftAlign(1).leftAlign(2).leftAlign(3);
            for (String name : now.names()) {
                Map<String, String> inputs = now.inputs(name).orElseThrow();
                table.add(List.of(name.equals(now.current()) ? "*" : "", name,
                        inputs.getOrDefault("site", inputs.containsKey("epw") ? "(epw file)" : "?"),
                        inputs.getOrDefault("cooling", "(default)"), inputs.getOrDefault("it_capacity_kw", "(default)"),
                        String.valueOf(inputs.size())));
            }
            out.print(table.render());
        }
    }

    /** {@code scenario show [NAME] [--all]}. */
    @Component
    public static class Show extends OnWorkspace {

        public Show(WorkspaceSession session) {
            super("scenario show", "the inputs of a scenario (the current one if no NAME): those given, or --all with"
                    + " every default and its source", List.of(OptionSpec.flag("all", "every input the scenario uses,"
                            + " with the source of each default")), session, "[NAME]", 0, 1);
        }

        @Override
        protected void run(CommandArgs args, PrintWriter out) {
            String name = target(args);
            Map<String, String> given = session.inputs(name);
            Scenario scenario = session.resolve(given);
            out.println(name + (name.equals(session.workspace().current()) ? " (current)" : "") + ": "
                    + summary(scenario));
            TextTable table = new TextTable(List.of("Input", "Value", "Unit", "Source")).leftAlign(0).leftAlign(1)
                    .leftAlign(2).leftAlign(3);
            int defaults = 0;
            for (Scenario.Value value : scenario.inputsUsed().values()) {
                Parameter p = value.parameter();
                if (!value.given() && !args.has("all")) {
                    defaults++;
                    continue;
                }
                table.add(List.of(p.name(), TextTable.clip(value.text(), 40), p.unit(), value.given() ? "given"
                        : TextTable.clip(value.source().citation(), 70) + " (" + value.source().confidence() + ")"));
            }
            out.print(table.render());
            if (defaults > 0) {
                out.println("and " + defaults + " inputs at their defaults ('scenario show " + name + " --all')");
            }
            scenario.warnings().forEach(w -> out.println("note: " + w));
        }
    }

    /** {@code scenario set [NAME] --INPUT VALUE ...}; {@code set} is the same on the current scenario. */
    @Component
    public static class SetInputs extends OnWorkspace {

        private final ParameterCatalogue catalogue;

        @Autowired
        public SetInputs(WorkspaceSession session, ParameterCatalogue catalogue) {
            this("scenario set", "change inputs of a scenario (the current one if no NAME): scenario set alpha"
                    + " --supply-air-c 27", session, catalogue);
            acceptArguments(names(session, "[NAME]", 0, 1));
        }

        SetInputs(String name, String description, WorkspaceSession session, ParameterCatalogue catalogue) {
            super(name, description, CatalogueOptions.of(catalogue), session, null, 0, 0);
            this.catalogue = catalogue;
            describeInputsWith(new InputHelp(catalogue, name));
        }

        @Override
        protected void run(CommandArgs args, PrintWriter out) {
            String name = target(args);
            Map<String, String> changes = CatalogueOptions.inputs(args, catalogue);
            if (changes.isEmpty()) {
                throw new UsageException(getName() + ": give the inputs to change, e.g. --supply-air-c 27"
                        + " ('help " + getName() + "' lists them)");
            }
            applyChanges(name, changes, out);
        }
    }

    /** {@code set --INPUT VALUE ...} on the current scenario. */
    @Component
    public static class SetCurrent extends SetInputs {

        public SetCurrent(WorkspaceSession session, ParameterCatalogue catalogue) {
            super("set", "change inputs of the current scenario (shown in the prompt): set --supply-air-c 27",
                    session, catalogue);
        }
    }

    /** {@code scenario unset [NAME] --INPUT ...}: back to the default. */
    @Component
    public static class UnsetInputs extends OnWorkspace {

        private final ParameterCatalogue catalogue;

        @Autowired
        public UnsetInputs(WorkspaceSession session, ParameterCatalogue catalogue) {
            this("scenario unset", "return inputs of a scenario (the current one if no NAME) to their defaults:"
                    + " scenario unset alpha --supply-air-c", session, catalogue);
            acceptArguments(names(session, "[NAME]", 0, 1));
        }

        UnsetInputs(String name, String description, WorkspaceSession session, ParameterCatalogue catalogue) {
            super(name, description, catalogue.all().stream()
                    .map(p -> OptionSpec.flag(p.optionName(), p.description())).toList(), session, null, 0, 0);
            this.catalogue = catalogue;
        }

        @Override
        protected void run(CommandArgs args, PrintWriter out) {
            String name = target(args);
            Map<String, String> before = session.inputs(name);
            Map<String, String> changes = new LinkedHashMap<>();
            for (String option : args.asMap().keySet()) {
                catalogue.find(option).ifPresent(p -> changes.put(p.name(), ""));
            }
            if (changes.isEmpty()) {
                throw new UsageException(getName() + ": name the inputs to return to their defaults, e.g."
                        + " --supply-air-c");
            }
            for (String input : changes.keySet()) {
                if (!before.containsKey(input)) {
                    throw new UsageException(getName() + ": " + name + " does not set " + input + " (it is at its"
                            + " default); inputs it sets: " + (before.isEmpty() ? "none" : String.join(", ",
                                    before.keySet())));
                }
            }
            applyChanges(name, changes, out);
        }
    }

    /** {@code unset --INPUT ...} on the current scenario. */
    @Component
    public static class UnsetCurrent extends UnsetInputs {

        public UnsetCurrent(WorkspaceSession session, ParameterCatalogue catalogue) {
            super("unset", "return inputs of the current scenario to their defaults: unset --supply-air-c", session,
                    catalogue);
        }
    }

    /** {@code scenario rm NAME ...}. */
    @Component
    public static class Remove extends OnWorkspace {

        public Remove(WorkspaceSession session) {
            super("scenario rm", "remove scenarios from the workspace", List.of(), session, "NAME...", 1, 1000);
        }

        @Override
        protected void run(CommandArgs args, PrintWriter out) {
            for (String name : args.arguments()) {
                session.inputs(name);
            }
            session.change(w -> {
                Workspace next = w;
                for (String name : args.arguments()) {
                    next = next.without(name);
                }
                return next;
            });
            out.println("removed " + String.join(", ", args.arguments()) + "; " + session.workspace().scenarios().size()
                    + " scenarios left");
        }
    }

    /** {@code scenario rename OLD NEW}. */
    @Component
    public static class Rename extends OnWorkspace {

        public Rename(WorkspaceSession session) {
            super("scenario rename", "give a scenario another name", List.of(), session, "OLD NEW", 2, 2);
        }

        @Override
        protected void run(CommandArgs args, PrintWriter out) {
            String from = args.arguments().get(0);
            String to = args.arguments().get(1);
            session.inputs(from);
            newName(to);
            session.change(w -> w.renamed(from, to));
            out.println("renamed " + from + " to " + to);
        }
    }

    /** {@code scenario use NAME}: the current scenario. */
    @Component
    public static class Use extends OnWorkspace {

        public Use(WorkspaceSession session) {
            super("scenario use", "make a scenario the current one (set, unset, run and show act on it)", List.of(),
                    session, "NAME", 1, 1);
        }

        @Override
        protected void run(CommandArgs args, PrintWriter out) {
            String name = args.arguments().get(0);
            session.inputs(name);
            session.change(w -> w.withCurrent(name));
            out.println("current scenario: " + name);
        }
    }

    /** {@code scenario diff A B}: the inputs whose values differ. */
    @Component
    public static class Diff extends OnWorkspace {

        public Diff(WorkspaceSession session) {
            super("scenario diff", "the inputs in which two scenarios differ (defaults included)", List.of(), session,
                    "A B", 2, 2);
        }

        @Override
        protected void run(CommandArgs args, PrintWriter out) {
            String a = args.arguments().get(0);
            String b = args.arguments().get(1);
            Scenario first = session.resolve(session.inputs(a));
            Scenario second = session.resolve(session.inputs(b));
            TextTable table = new TextTable(List.of("Input", a, b, "Unit")).leftAlign(0).leftAlign(1).leftAlign(2)
                    .leftAlign(3);
            Set<String> names = new LinkedHashSet<>(first.inputsUsed().keySet());
            names.addAll(second.inputsUsed().keySet());
            int rows = 0;
            for (String input : names) {
                String left = first.find(input).map(ScenarioCommands::shown).orElse("-");
                String right = second.find(input).map(ScenarioCommands::shown).orElse("-");
                if (!left.equals(right)) {
                    Parameter p = first.find(input).or(() -> second.find(input)).orElseThrow().parameter();
                    table.add(List.of(input, left, right, p.unit()));
                    rows++;
                }
            }
            if (rows == 0) {
                out.println(a + " and " + b + " have the same inputs");
            } else {
                out.print(table.render());
                out.println("(d) = default");
            }
        }
    }

    private static String shown(Scenario.Value value) {
        return TextTable.clip(value.text(), 36) + (value.given() ? "" : " (d)");
    }
}
