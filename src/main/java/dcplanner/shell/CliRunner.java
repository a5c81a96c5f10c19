package dcplanner.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandExecutionException;
import org.springframework.shell.core.command.CommandExecutor;
import org.springframework.shell.core.command.CommandNotFoundException;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;
import org.springframework.shell.jline.PromptProvider;
import org.springframework.stereotype.Component;

import dcplanner.scenario.InvalidInputException;

/**
 * How dc-planner runs: no arguments, the interactive shell; {@code @file}, a script; otherwise one
 * command from the program's arguments (their quoting kept), then exit with 0 (ok), 1 (the command
 * failed) or 2 (usage error). Errors are one line on stderr; stdout carries only the output.
 *
 * <p>Replaces Spring Shell's runners, which in one-command mode lose quoting, exit 0 on failure and
 * print stack traces; and in the interactive shell end the session on Ctrl-C.
 */
@Component
public class CliRunner implements ApplicationRunner, ExitCodeGenerator {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;

    private static final Logger LOG = LoggerFactory.getLogger(CliRunner.class);

    private final CommandRegistry registry;
    private final PlannerCommandParser parser;
    private final ObjectProvider<LineReader> lineReader;
    private final ObjectProvider<PromptProvider> prompt;
    private final ObjectProvider<WorkspaceSession> session;
    private int exitCode = EXIT_OK;

    public CliRunner(CommandRegistry registry, ObjectProvider<LineReader> lineReader,
            ObjectProvider<PromptProvider> prompt, ObjectProvider<WorkspaceSession> session) {
        this.registry = registry;
        this.parser = new PlannerCommandParser(registry);
        this.lineReader = lineReader;
        this.prompt = prompt;
        this.session = session;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        String[] args = arguments.getSourceArgs();
        PrintWriter out = new PrintWriter(new PrintStream(System.out, true, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new PrintStream(System.err, true, StandardCharsets.UTF_8), true);
        // --workspace FILE (or --workspace=FILE) before the command: the scenarios to open
        if (args.length > 0 && (args[0].equals("--workspace") || args[0].startsWith("--workspace="))) {
            String file = args[0].startsWith("--workspace=") ? args[0].substring("--workspace=".length())
                    : args.length > 1 ? args[1] : "";
            if (file.isBlank()) {
                err.println("error: --workspace needs a FILE (the workspace of named scenarios to open)");
                exitCode = EXIT_USAGE;
                return;
            }
            session.getObject().useFile(Path.of(file));
            args = Arrays.copyOfRange(args, args[0].equals("--workspace") ? 2 : 1, args.length);
        }
        if (args.length == 0) {
            exitCode = interactive();
        } else if (args.length == 1 && args[0].startsWith("@")) {
            exitCode = script(Path.of(args[0].substring(1)), out, err);
        } else {
            exitCode = execute(Arrays.asList(args), out, err, "");
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** Runs one command given as words; reports errors on {@code err}; returns the exit code. */
    public int execute(List<String> words, PrintWriter out, PrintWriter err, String errorPrefix) {
        try {
            ParsedInput input = parser.parseWords(words);
            if (isQuit(input)) {
                return EXIT_OK;
            }
            CommandContext context = new CommandContext(input, registry, out, new InputReader() {
            });
            ExitStatus status = new CommandExecutor(registry).execute(context);
            out.flush();
            if (status.code() != ExitStatus.OK.code()) {
                err.println(errorPrefix + "error: " + status.description());
                return status.code() == ExitStatus.USAGE_ERROR.code() ? EXIT_USAGE : EXIT_FAILED;
            }
            return EXIT_OK;
        } catch (CommandNotFoundException e) {
            err.println(errorPrefix + "error: " + parser.unknownCommand(e.getCommandName()).getMessage());
            return EXIT_USAGE;
        } catch (CommandExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return report(cause, err, errorPrefix);
        } catch (RuntimeException | Error e) {
            // an Error (a static initialiser that failed, a stack overflow) still gets one line, not a trace
            return report(e, err, errorPrefix);
        } finally {
            out.flush();
        }
    }

    private int report(Throwable failure, PrintWriter err, String errorPrefix) {
        if (failure instanceof UsageException || failure instanceof InvalidInputException) {
            err.println(errorPrefix + "error: " + failure.getMessage());
            return EXIT_USAGE;
        }
        String message = failure.getMessage();
        if (message == null || message.isBlank() || !(failure instanceof IllegalArgumentException
                || failure instanceof IllegalStateException || isModelError(failure))) {
            // an unexpected failure: one line for the user, the stack trace for the log (stderr, debug)
            LOG.debug("unexpected failure", failure);
            message = "internal error (" + failure.getClass().getSimpleName() + (message == null ? "" : ": "
                    + message) + ")";
        }
        err.println(errorPrefix + "error: " + oneLine(message));
        return EXIT_FAILED;
    }

    private static boolean isModelError(Throwable failure) {
        return failure.getClass().getPackageName().startsWith("dcplanner");
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    private int script(Path file, PrintWriter out, PrintWriter err) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("error: script " + file + ": no such file");
            return EXIT_FAILED;
        } catch (IOException e) {
            err.println("error: script " + file + ": cannot be read (" + e.getMessage() + ")");
            return EXIT_FAILED;
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int code;
            try {
                code = execute(PlannerCommandParser.tokenize(line), out, err, file + " line " + (i + 1) + ": ");
            } catch (UsageException e) {
                err.println(file + " line " + (i + 1) + ": error: " + e.getMessage());
                code = EXIT_USAGE;
            }
            if (code != EXIT_OK) {
                return code;
            }
        }
        return EXIT_OK;
    }

    private int interactive() {
        LineReader reader = lineReader.getObject();
        PrintWriter terminal = reader.getTerminal().writer();
        terminal.println("dc-planner: data-centre planning for ASEAN. Type 'help' for commands, Tab to complete,"
                + " 'exit' to leave.");
        try {
            terminal.println(session.getObject().open());
        } catch (RuntimeException e) {
            terminal.println("error: " + oneLine(String.valueOf(e.getMessage())));
        }
        terminal.flush();
        while (true) {
            String line;
            try {
                line = reader.readLine(prompt.getObject().getPrompt().toAnsi(reader.getTerminal()));
            } catch (UserInterruptException e) {
                continue; // Ctrl-C abandons the line being typed, not the session
            } catch (EndOfFileException e) {
                break;
            }
            line = line.trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.equals("exit") || line.equals("quit")) {
                break;
            }
            try {
                execute(PlannerCommandParser.tokenize(line), terminal, terminal, "");
            } catch (UsageException e) {
                terminal.println("error: " + e.getMessage());
            }
            terminal.flush();
        }
        return EXIT_OK;
    }

    private boolean isQuit(ParsedInput input) {
        return input.subCommands().isEmpty()
                && (input.commandName().equals("quit") || input.commandName().equals("exit"));
    }
}
