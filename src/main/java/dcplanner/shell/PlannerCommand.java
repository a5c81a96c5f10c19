package dcplanner.shell;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.shell.core.command.AbstractCommand;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.shell.core.command.completion.FileNameCompletionProvider;

/**
 * A dc-planner command as Spring Shell sees it. Options are declared once as {@link OptionSpec}s,
 * which drive parsing, validation (unknown options are refused with the list of valid ones), help
 * and tab completion; the command itself only implements {@link #run}.
 */
public abstract class PlannerCommand extends AbstractCommand {

    public static final String GROUP = "dc-planner";

    private final Map<String, OptionSpec> specs = new LinkedHashMap<>();

    protected PlannerCommand(String name, String description, List<OptionSpec> options) {
        super(name, description, GROUP);
        for (OptionSpec option : options) {
            specs.put(option.name(), option);
        }
        List<CommandOption> shellOptions = new ArrayList<>();
        for (OptionSpec option : options) {
            shellOptions.add(CommandOption.with()
                    .longName(option.name())
                    .description(option.description())
                    .required(false)
                    .defaultValue(option.defaultValue())
                    .type(option.kind() == OptionSpec.Kind.FLAG ? Boolean.class : String.class)
                    .build());
        }
        setOptions(shellOptions);
        setCompletionProvider(new OptionValueCompletion());
    }

    /** Runs the command with checked options, writing its output (and only its output) to {@code out}. */
    protected abstract void run(CommandArgs args, PrintWriter out);

    /**
     * The output folder named by an option such as {@code --out DIR}: created when missing, and
     * said so on stderr (stdout carries only the command's output).
     */
    protected java.nio.file.Path outputFolder(String folder) {
        return dcplanner.io.AtomicFiles.outputFolder(folder, notice -> System.err.println(getName() + ": " + notice));
    }

    /**
     * What the command's positional arguments look like in help ({@code KIND [SCENARIOS...]}); empty
     * (the default) when it takes none, and any argument is then a usage error.
     */
    protected String argumentsHint() {
        return "";
    }

    /** The options this command takes, in declaration order. */
    public List<OptionSpec> optionSpecs() {
        return List.copyOf(specs.values());
    }

    @Override
    public ExitStatus doExecute(CommandContext context) {
        CommandArgs args = checkedArgs(context);
        PrintWriter out = context.outputWriter();
        if (args.has("help")) {
            out.println(getHelp());
        } else {
            run(args, out);
        }
        out.flush();
        return ExitStatus.OK;
    }

    private CommandArgs checkedArgs(CommandContext context) {
        return new OptionCheck(getName(), specs, true, positionalOption(), !argumentsHint().isEmpty()).check(context.parsedInput().arguments(),
                context.parsedInput().options());
    }

    /** The option that a lone argument stands for ({@code script FILE}); null when none does. */
    protected String positionalOption() {
        return null;
    }

    @Override
    public String getHelp() {
        StringBuilder help = new StringBuilder();
        help.append(getName()).append(" - ").append(getDescription()).append(System.lineSeparator());
        help.append(System.lineSeparator()).append("Usage: ").append(getName());
        if (!argumentsHint().isEmpty()) {
            help.append(' ').append(argumentsHint());
        }
        for (OptionSpec spec : specs.values()) {
            help.append(" [--").append(spec.name()).append(spec.valueHint().isEmpty() ? "" : " " + spec.valueHint())
                    .append(']');
        }
        help.append(System.lineSeparator()).append(System.lineSeparator()).append("Options:")
                .append(System.lineSeparator());
        int width = specs.values().stream().mapToInt(s -> s.name().length() + s.valueHint().length() + 4).max()
                .orElse(10);
        for (OptionSpec spec : specs.values()) {
            String left = "--" + spec.name() + (spec.valueHint().isEmpty() ? "" : " " + spec.valueHint());
            help.append("  ").append(String.format("%-" + width + "s", left)).append("  ").append(spec.description());
            if (spec.choices() != null && spec.kind() == OptionSpec.Kind.CHOICE && spec.choices().get().size() <= 12) {
                help.append(" [").append(String.join(", ", spec.choices().get())).append(']');
            }
            if (spec.defaultValue() != null) {
                help.append(" (default ").append(spec.defaultValue()).append(')');
            }
            help.append(System.lineSeparator());
        }
        help.append("  ").append(String.format("%-" + width + "s", "--help")).append("  this help");
        return help.toString();
    }

    /** Proposes the allowed values of the option being typed, or file names for FILE options. */
    private final class OptionValueCompletion implements CompletionProvider {

        private final FileNameCompletionProvider files = new FileNameCompletionProvider();

        @Override
        public List<CompletionProposal> apply(CompletionContext context) {
            CommandOption option = context.getCommandOption();
            if (option == null) {
                return List.of();
            }
            OptionSpec spec = specs.get(option.longName());
            if (spec == null) {
                return List.of();
            }
            if (spec.kind() == OptionSpec.Kind.FILE) {
                try {
                    return files.apply(context);
                } catch (RuntimeException e) {
                    return List.of(); // an unreadable directory gives no proposals, not an error
                }
            }
            if (spec.choices() == null) {
                return List.of();
            }
            return spec.choices().get().stream().map(CompletionProposal::new).toList();
        }
    }
}
