package dcplanner.shell.commands;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.stereotype.Component;

import dcplanner.shell.CommandArgs;
import dcplanner.shell.NearestName;
import dcplanner.shell.OptionSpec;
import dcplanner.shell.PlannerCommand;
import dcplanner.shell.UsageException;

/**
 * {@code help [COMMAND] [--all]}: the commands, or one command's usage and options. Replaces Spring
 * Shell's help, which shows every option as {@code String} with {@code default = null}; here the
 * scenario inputs are grouped by domain with their real defaults.
 */
@Component
public class HelpCommand extends PlannerCommand {

    private final CommandRegistry registry;

    public HelpCommand(CommandRegistry registry) {
        super("help", "the commands, or one command's options ('help evaluate', 'help scenario new --all')",
                List.of(OptionSpec.flag("all", "every input with the source of its default, not only the main ones")));
        this.registry = registry;
        acceptArguments(new Arguments("[COMMAND]", 0, 3, this::commandNames));
    }

    private List<String> commandNames() {
        return registry.getCommands().stream().filter(c -> !c.isHidden()).map(Command::getName).sorted().toList();
    }

    @Override
    protected void run(CommandArgs args, PrintWriter out) {
        if (args.arguments().isEmpty()) {
            overview(out);
            return;
        }
        String name = String.join(" ", args.arguments());
        Command command = registry.getCommandByName(name);
        if (command == null) {
            List<String> group = registry.getCommandsByPrefix(name + " ").stream().map(Command::getName).sorted()
                    .toList();
            if (!group.isEmpty()) {
                out.println(name + ": " + String.join(", ", group) + " ('help " + group.get(0) + "' for one)");
                return;
            }
            throw new UsageException("help: no command '" + name + "'"
                    + NearestName.of(name, commandNames()).map(n -> " (did you mean " + n + "?)").orElse("")
                    + "; commands: " + String.join(", ", commandNames()));
        }
        if (command instanceof PlannerCommand planner) {
            out.println(planner.getHelp(args.has("all")));
        } else {
            out.println(command.getName() + " - " + command.getDescription());
        }
    }

    private void overview(PrintWriter out) {
        List<Command> commands = registry.getCommands().stream().filter(c -> !c.isHidden())
                .sorted(Comparator.comparing(Command::getName)).toList();
        int width = commands.stream().mapToInt(c -> c.getName().length()).max().orElse(10);
        out.println("Commands ('help COMMAND' for its options, Tab completes names, inputs, sites and scenarios):");
        for (Command command : commands) {
            out.println(String.format(Locale.ROOT, "  %-" + width + "s  %s", command.getName(),
                    command.getDescription()));
        }
        out.println(String.format(Locale.ROOT, "  %-" + width + "s  %s", "exit", "leave the shell (the workspace"
                + " is already saved)"));
    }
}
