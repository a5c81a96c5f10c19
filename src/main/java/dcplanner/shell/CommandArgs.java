package dcplanner.shell;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The options given to one command, already checked against its {@link OptionSpec}s. */
public final class CommandArgs {

    private final String commandName;
    private final Map<String, String> values;
    private final java.util.List<String> arguments;

    public CommandArgs(String commandName, Map<String, String> values) {
        this(commandName, values, java.util.List.of());
    }

    public CommandArgs(String commandName, Map<String, String> values, java.util.List<String> arguments) {
        this.commandName = commandName;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.arguments = java.util.List.copyOf(arguments);
    }

    /** The words given besides the options, in order. */
    public java.util.List<String> arguments() {
        return arguments;
    }

    /** All options as given, in the order given. */
    public Map<String, String> asMap() {
        return values;
    }

    public boolean has(String option) {
        return values.containsKey(option);
    }

    public Optional<String> get(String option) {
        return Optional.ofNullable(values.get(option));
    }

    public String getOrDefault(String option, String defaultValue) {
        return values.getOrDefault(option, defaultValue);
    }

    /** The value of a required option; a usage error when it is missing. */
    public String require(String option) {
        String value = values.get(option);
        if (value == null || value.isBlank()) {
            throw new UsageException(commandName + ": option --" + option + " is required");
        }
        return value;
    }

    public String commandName() {
        return commandName;
    }
}
