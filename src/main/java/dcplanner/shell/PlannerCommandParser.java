package dcplanner.shell;

import java.util.ArrayList;
import java.util.List;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;

/**
 * Turns a shell line or the program's arguments into a command with its options.
 *
 * <p>Replaces Spring Shell's default parser, which splits on white space only, loses single quotes
 * and takes a negative number for an option. Here: double and single quotes group words, a
 * backslash escapes the next character outside single quotes, {@code --name value} and
 * {@code --name=value} both work, and a word is an option only if it starts with {@code --} and
 * a letter (so {@code --latitude -6.1} is a value). The program's arguments are never joined and
 * re-split, so their quoting is kept exactly as the operating system delivered it.
 */
public class PlannerCommandParser implements CommandParser {

    private final CommandRegistry registry;

    public PlannerCommandParser(CommandRegistry registry) {
        this.registry = registry;
    }

    @Override
    public ParsedInput parse(String input) {
        return parseWords(tokenize(input));
    }

    /** Splits a line into words, honouring quotes and backslash escapes. */
    public static List<String> tokenize(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < line.length()
                        && (line.charAt(i + 1) == '"' || line.charAt(i + 1) == '\\')) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new UsageException("unclosed quote " + quote + " in: " + line);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** The usage error for a command name that does not exist, with the nearest one if it is close. */
    public UsageException unknownCommand(String name) {
        List<String> names = registry.getCommands().stream().filter(c -> !c.isHidden()).map(Command::getName)
                .sorted().toList();
        return new UsageException("unknown command '" + name + "'"
                + NearestName.of(name, names).map(c -> " (did you mean " + c + "?)").orElse("")
                + "; commands: " + String.join(", ", names) + ", exit");
    }

    /** Builds the parsed input from words that are already split (a line's or the program's). */
    public ParsedInput parseWords(List<String> words) {
        if (words.isEmpty()) {
            throw new UsageException("no command given");
        }
        ParsedInput.Builder builder = ParsedInput.builder().commandName(words.get(0));
        // multi-word commands ("scenario show"): take further words while they extend a command name
        int next = 1;
        String name = words.get(0);
        while (next < words.size() && !isOption(words.get(next))
                && !registry.getCommandsByPrefix(name + " " + words.get(next)).isEmpty()) {
            name = name + " " + words.get(next);
            builder.addSubCommand(words.get(next));
            next++;
        }
        Command command = registry.getCommandByName(name);
        boolean leaving = name.equals("exit") || name.equals("quit"); // handled by the runner
        if (command == null && !leaving && next < words.size() && !isOption(words.get(next))) {
            throw unknownCommand(name + " " + words.get(next)); // "scenario foo": a group with a word it lacks
        }
        if (command == null && !leaving && registry.getCommandsByPrefix(name + " ").isEmpty()) {
            // Spring Shell would treat a prefix ("climat") as a group and list "sub-commands" with
            // success: a typo must be a usage error instead
            throw unknownCommand(name);
        }
        int argumentIndex = 0;
        for (int i = next; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("--")) {
                for (int j = i + 1; j < words.size(); j++) {
                    builder.addArgument(new CommandArgument(argumentIndex++, words.get(j)));
                }
                break;
            }
            if (word.equals("-h")) {
                word = "--help";
            }
            if (!isOption(word)) {
                builder.addArgument(new CommandArgument(argumentIndex++, word));
                continue;
            }
            String body = word.substring(2);
            String optionName = body;
            String value;
            int equals = body.indexOf('=');
            if (equals >= 0) {
                optionName = body.substring(0, equals);
                value = body.substring(equals + 1);
            } else if (isFlag(command, optionName)) {
                value = "true";
            } else if (i + 1 >= words.size() || isOption(words.get(i + 1))) {
                value = ""; // the command reports the missing value
            } else {
                value = words.get(++i);
            }
            builder.addOption(CommandOption.with().longName(optionName).value(value).build());
        }
        return builder.build();
    }

    /**
     * An option starts with two dashes and a letter; "-6.1" and "--" are not options, nor is a quoted
     * value holding spaces (such as the option list {@code compare --base "--site singapore"} takes).
     */
    static boolean isOption(String word) {
        return word.length() > 2 && word.startsWith("--") && Character.isLetter(word.charAt(2))
                && word.chars().noneMatch(Character::isWhitespace);
    }

    private static boolean isFlag(Command command, String optionName) {
        if (optionName.equals("help")) {
            return true;
        }
        if (command == null) {
            return false;
        }
        for (CommandOption option : command.getOptions()) {
            if (optionName.equals(option.longName())) {
                return option.type() == boolean.class || option.type() == Boolean.class;
            }
        }
        return false;
    }
}
