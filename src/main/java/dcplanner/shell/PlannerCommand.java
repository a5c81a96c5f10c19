package dcplanner.shell;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.shell.core.command.AbstractCommand;
import org.springframework.shell.core.command.CommandArgument;
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
    private Arguments arguments;
    private InputHelp inputHelp;

    /**
     * The words a command takes besides its options ({@code scenario show NAME}).
     *
     * @param hint        how they look in help ({@code NAME}, {@code [NAMES...]})
     * @param min         fewest words
     * @param max         most words
     * @param completions proposed on Tab
     */
    public record Arguments(String hint, int min, int max, java.util.function.Supplier<List<String>> completions) {
    }

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

    /** Lets the command take words besides its options. */
    protected final void acceptArguments(Arguments accepted) {
        this.arguments = accepted;
    }

    /** Help for the catalogue inputs among the options: grouped by domain, with their real defaults. */
    protected final void describeInputsWith(InputHelp help) {
        this.inputHelp = help;
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

    /** The options this command takes, in declaration order. */
    public List<OptionSpec> optionSpecs() {
        return List.copyOf(specs.values());
    }

    @Override
    public ExitStatus doExecute(CommandContext context) {
        CommandArgs args = checkedArgs(context);
        PrintWriter out = context.outputWriter();
        if (args.has("help")) {
            out.println(getHelp(false));
        } else {
            run(args, out);
        }
        out.flush();
        return ExitStatus.OK;
    }

    private CommandArgs checkedArgs(CommandContext context) {
        List<String> words = context.parsedInput().arguments().stream().map(CommandArgument::value).toList();
        if (arguments != null && (words.size() < arguments.min() || words.size() > arguments.max())) {
            throw new UsageException(getName() + ": expects " + arguments.hint() + " (got "
                    + (words.isEmpty() ? "none" : String.join(" ", words)) + "); usage: " + getName() + " "
                    + arguments.hint() + (specs.isEmpty() ? "" : " [options]"));
        }
        return new OptionCheck(getName(), specs, true, positionalOption(), arguments != null)
                .check(context.parsedInput().arguments(), context.parsedInput().options());
    }

    /** The option that a lone argument stands for ({@code script FILE}); null when none does. */
    protected String positionalOption() {
        return null;
    }

    @Override
    public String getHelp() {
        return getHelp(false);
    }

    /** The help: usage and options; catalogue inputs grouped by domain, all of them or the main ones. */
    public String getHelp(boolean all) {
        StringBuilder help = new StringBuilder();
        help.append(getName()).append(" - ").append(getDescription()).append(System.lineSeparator());
        help.append(System.lineSeparator()).append("Usage: ").append(getName());
        if (arguments != null) {
            help.append(' ').append(arguments.hint());
        }
        if (inputHelp != null) {
            help.append(" [--INPUT VALUE ...]");
        }
        for (OptionSpec spec : ownSpecs()) {
            help.append(" [--").append(spec.name()).append(spec.valueHint().isEmpty() ? "" : " " + spec.valueHint())
                    .append(']');
        }
        help.append(System.lineSeparator()).append(System.lineSeparator()).append("Options:")
                .append(System.lineSeparator());
        int width = ownSpecs().stream().mapToInt(s -> s.name().length() + s.valueHint().length() + 4).max()
                .orElse(10);
        for (OptionSpec spec : ownSpecs()) {
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
        if (inputHelp != null) {
            help.append(System.lineSeparator()).append(System.lineSeparator()).append(inputHelp.render(all));
        }
        return help.toString();
    }

    private List<OptionSpec> ownSpecs() {
        return specs.values().stream().filter(s -> inputHelp == null || !inputHelp.covers(s.name())).toList();
    }

    /** Proposes the allowed values of the option being typed, or file names for FILE options. */
    private final class OptionValueCompletion implements CompletionProvider {

        private final FileNameCompletionProvider files = new FileNameCompletionProvider();

        @Override
        public List<CompletionProposal> apply(CompletionContext context) {
            CommandOption option = context.getCommandOption();
            if (option == null) {
                if (arguments == null || arguments.completions() == null) {
                    return List.of();
                }
                return arguments.completions().get().stream().map(CompletionProposal::new).toList();
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
