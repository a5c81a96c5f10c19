package dcplanner.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandOption;

import dcplanner.text.InputText;

/**
 * Checks parsed options against {@link OptionSpec}s: the one check for a command's options and
 * for option lists inside a value ({@code compare --base "--site singapore"}). An unknown option,
 * an option given twice, a missing value (the message says what is allowed) or a value that is not
 * among the choices is a {@link UsageException}.
 */
public final class OptionCheck {

    private final String what;
    private final Map<String, OptionSpec> specs;
    private final boolean takesHelp;
    private final String positionalOption;
    private final boolean takesArguments;

    /** As below, for option lists that take no positional arguments besides {@code positionalOption}. */
    public OptionCheck(String what, Map<String, OptionSpec> specs, boolean takesHelp, String positionalOption) {
        this(what, specs, takesHelp, positionalOption, false);
    }

    /**
     * @param what             how messages start ({@code evaluate}, {@code compare --base})
     * @param specs            the options allowed, by name
     * @param takesHelp        whether {@code --help} is allowed (a command's own options)
     * @param positionalOption the option a lone argument stands for ({@code script FILE}), or null
     * @param takesArguments   whether positional arguments are passed on to the command as they are
     *                         ({@code chart KIND NAMES...}); then {@code positionalOption} is not used
     */
    public OptionCheck(String what, Map<String, OptionSpec> specs, boolean takesHelp, String positionalOption,
            boolean takesArguments) {
        this.what = what;
        this.specs = specs;
        this.takesHelp = takesHelp;
        this.positionalOption = positionalOption;
        this.takesArguments = takesArguments;
    }

    /** The checked values by option name, in the order given. */
    public CommandArgs check(List<CommandArgument> arguments, List<CommandOption> options) {
        Map<String, String> values = new LinkedHashMap<>();
        if (!arguments.isEmpty() && !takesArguments) {
            if (positionalOption == null || arguments.size() > 1) {
                CommandArgument extra = arguments.get(positionalOption == null ? 0 : 1);
                throw new UsageException(what + ": unexpected argument " + InputText.quote(extra.value())
                        + "; options are given as --name value (" + validOptions() + ")");
            }
            values.put(positionalOption, checkedValue(specs.get(positionalOption), arguments.get(0).value()));
        }
        // unknown options first: in "--alternative --bar" the fault is --bar, not a missing value
        for (CommandOption option : options) {
            String name = option.longName();
            if (!specs.containsKey(name) && !(takesHelp && "help".equals(name))) {
                throw new UsageException(what + ": unknown option --" + InputText.printable(name)
                        + NearestName.of(name, specs.keySet()).map(c -> " (did you mean --" + c + "?)").orElse("")
                        + "; valid options: " + validOptions());
            }
        }
        for (CommandOption option : options) {
            String name = option.longName();
            if (takesHelp && "help".equals(name)) {
                values.put("help", "true");
                continue;
            }
            OptionSpec spec = specs.get(name);
            if (values.containsKey(name)) {
                throw new UsageException(what + ": option --" + name + " is given twice");
            }
            values.put(name, checkedValue(spec, option.value()));
        }
        return new CommandArgs(what, values,
                takesArguments ? arguments.stream().map(CommandArgument::value).toList() : List.of());
    }

    private String checkedValue(OptionSpec spec, String value) {
        String option = what + ": --" + spec.name();
        switch (spec.kind()) {
            case FLAG -> {
                if (value.isEmpty()) {
                    return "true";
                }
                if (!value.equals("true") && !value.equals("false")) {
                    throw new UsageException(option + " takes no value (got " + InputText.quote(value) + ")");
                }
            }
            case CHOICE -> {
                if (value.isBlank()) {
                    throw new UsageException(option + " needs a value (" + spec.allowedOrHint() + ")");
                }
                List<String> allowed = spec.choices().get();
                if (!allowed.contains(value)) {
                    throw new UsageException(option + " " + InputText.quote(value) + " is not allowed; allowed: "
                            + String.join(", ", allowed));
                }
            }
            default -> {
                if (value.isBlank()) {
                    throw new UsageException(option + " needs a value (" + spec.allowedOrHint() + ")");
                }
            }
        }
        return value;
    }

    private String validOptions() {
        return specs.keySet().stream().map(name -> "--" + name).collect(Collectors.joining(", "))
                + (takesHelp ? ", --help" : "");
    }
}
