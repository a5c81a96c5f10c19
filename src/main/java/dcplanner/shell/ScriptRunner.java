package dcplanner.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandExecutionException;
import org.springframework.shell.core.command.CommandExecutor;
import org.springframework.shell.core.command.CommandNotFoundException;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;
import org.springframework.stereotype.Component;

import dcplanner.scenario.InvalidInputException;
import dcplanner.text.InputText;

/**
 * Runs command lines and script files, and turns every failure into a {@link Failure}: one plain
 * line and an exit code (1 the command failed, 2 usage error). The program's one-command mode,
 * {@code @FILE}, the {@code script FILE} command and the interactive shell all run commands here,
 * so a script behaves the same however it is started: one command a line, blank lines and lines
 * starting with {@code #} skipped, {@code exit} ends it, and the first failing line stops it with
 * {@code FILE line N: message}.
 */
@Component
public class ScriptRunner {

    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;

    private static final Logger LOG = LoggerFactory.getLogger(ScriptRunner.class);

    /** Scripts being run on this thread, innermost last: a script that runs itself is refused. */
    private static final ThreadLocal<Deque<Path>> RUNNING = ThreadLocal.withInitial(ArrayDeque::new);

    /** A command or script that failed: the one-line message to show and the exit code. */
    public static final class Failure extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final int exitCode;

        public Failure(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    private final CommandRegistry registry;
    private final PlannerCommandParser parser;

    public ScriptRunner(CommandRegistry registry) {
        this.registry = registry;
        this.parser = new PlannerCommandParser(registry);
    }

    /**
     * Runs one command given as words, its output on {@code out}.
     *
     * @return false when the words ask to leave ({@code exit}, {@code quit})
     * @throws Failure when the command fails
     */
    public boolean run(List<String> words, PrintWriter out) {
        try {
            ParsedInput input = parser.parseWords(words);
            if (input.subCommands().isEmpty()
                    && (input.commandName().equals("quit") || input.commandName().equals("exit"))) {
                return false;
            }
            CommandContext context = new CommandContext(input, registry, out, new InputReader() {
            });
            ExitStatus status = new CommandExecutor(registry).execute(context);
            if (status.code() != ExitStatus.OK.code()) {
                throw new Failure(status.description(), status.code() == ExitStatus.USAGE_ERROR.code() ? EXIT_USAGE
                        : EXIT_FAILED);
            }
            return true;
        } catch (RuntimeException | Error e) {
            // an Error (a static initialiser that failed, a stack overflow) still gets one line, not a trace
            throw failure(e);
        } finally {
            out.flush();
        }
    }

    /** Runs one command line (split as the shell splits it). */
    public boolean run(String line, PrintWriter out) {
        try {
            return run(PlannerCommandParser.tokenize(line), out);
        } catch (UsageException e) {
            throw failure(e);
        }
    }

    /**
     * Runs the commands of a script file, output on {@code out}.
     *
     * @throws Failure at the first line that fails: {@code FILE line N: message}, with that line's exit code
     */
    public void runScript(Path file, PrintWriter out) {
        String name = InputText.printable(file.toString());
        Deque<Path> running = RUNNING.get();
        Path key = file.toAbsolutePath().normalize();
        if (running.contains(key)) {
            throw new Failure("script " + name + " runs itself (through " + running.size() + " script"
                    + (running.size() == 1 ? "" : "s") + "); a script may not call itself", EXIT_USAGE);
        }
        List<String> lines = readLines(file, name);
        running.addLast(key);
        try {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (i == 0 && line.startsWith("\uFEFF")) {
                    line = line.substring(1).strip(); // a byte-order mark, as editors on Windows write
                }
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                try {
                    if (!run(line, out)) {
                        return;
                    }
                } catch (Failure e) {
                    throw new Failure(name + " line " + (i + 1) + ": " + e.getMessage(), e.exitCode());
                }
            }
        } finally {
            running.removeLast();
        }
    }

    private static List<String> readLines(Path file, String name) {
        if (Files.isDirectory(file)) {
            throw new Failure("script " + name + ": is a directory", EXIT_FAILED);
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new Failure("script " + name + ": no such file", EXIT_FAILED);
        } catch (CharacterCodingException e) {
            throw new Failure("script " + name + ": not a text file in UTF-8", EXIT_FAILED);
        } catch (IOException e) {
            throw new Failure("script " + name + ": cannot be read (" + InputText.printable(String.valueOf(
                    e.getMessage())) + ")", EXIT_FAILED);
        }
    }

    /** The failure to report for {@code thrown}: its message in one line and the exit code. */
    public Failure failure(Throwable thrown) {
        Throwable failure = thrown;
        while (failure instanceof CommandExecutionException && failure.getCause() != null) {
            failure = failure.getCause();
        }
        if (failure instanceof Failure known) {
            return known;
        }
        if (failure instanceof CommandNotFoundException notFound) {
            return new Failure(parser.unknownCommand(notFound.getCommandName()).getMessage(), EXIT_USAGE);
        }
        if (failure instanceof UsageException || failure instanceof InvalidInputException) {
            return new Failure(oneLine(failure.getMessage()), EXIT_USAGE);
        }
        String message = failure.getMessage();
        if (message == null || message.isBlank() || !(failure instanceof IllegalArgumentException
                || failure instanceof IllegalStateException || isModelError(failure))) {
            // an unexpected failure: one line for the user, the stack trace for the log (stderr, debug)
            LOG.debug("unexpected failure", failure);
            message = "internal error (" + failure.getClass().getSimpleName() + (message == null ? "" : ": "
                    + message) + ")";
        }
        return new Failure(oneLine(message), EXIT_FAILED);
    }

    private static boolean isModelError(Throwable failure) {
        return failure.getClass().getPackageName().startsWith("dcplanner");
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
