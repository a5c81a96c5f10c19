package dcplanner.shell;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.shell.jline.PromptProvider;
import org.springframework.stereotype.Component;

/**
 * How dc-planner runs: no arguments, the interactive shell; {@code @file}, a script (as the
 * {@code script} command runs it, see {@link ScriptRunner}); otherwise one
 * command from the program's arguments (their quoting kept), then exit with 0 (ok), 1 (the command
 * failed) or 2 (usage error). Errors are one line on stderr; stdout carries only the output.
 *
 * <p>Replaces Spring Shell's runners, which in one-command mode lose quoting, exit 0 on failure and
 * print stack traces; and in the interactive shell end the session on Ctrl-C.
 */
@Component
public class CliRunner implements ApplicationRunner, ExitCodeGenerator {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = ScriptRunner.EXIT_FAILED;
    public static final int EXIT_USAGE = ScriptRunner.EXIT_USAGE;

    private final ScriptRunner runner;
    private final ObjectProvider<LineReader> lineReader;
    private final ObjectProvider<PromptProvider> prompt;
    private final ObjectProvider<WorkspaceSession> session;
    private int exitCode = EXIT_OK;

    public CliRunner(ScriptRunner runner, ObjectProvider<LineReader> lineReader,
            ObjectProvider<PromptProvider> prompt, ObjectProvider<WorkspaceSession> session) {
        this.runner = runner;
        this.lineReader = lineReader;
        this.prompt = prompt;
        this.session = session;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        String[] given = arguments.getSourceArgs();
        PrintWriter out = new PrintWriter(new PrintStream(System.out, true, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new PrintStream(System.err, true, StandardCharsets.UTF_8), true);
        // --workspace FILE (or --workspace=FILE) before the command: the scenarios to open
        String[] args = given;
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
        String[] command = args;
        if (command.length == 0) {
            exitCode = interactive();
        } else if (command.length == 1 && command[0].startsWith("@")) {
            exitCode = report(() -> runner.runScript(Path.of(command[0].substring(1)), out), err);
        } else {
            exitCode = report(() -> runner.run(Arrays.asList(command), out), err);
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** Runs {@code work}; a failure is one line "error: ..." on {@code err}; returns the exit code. */
    private int report(Runnable work, PrintWriter err) {
        try {
            work.run();
            return EXIT_OK;
        } catch (RuntimeException | Error e) {
            ScriptRunner.Failure failure = runner.failure(e);
            err.println("error: " + failure.getMessage());
            return failure.exitCode();
        } finally {
            err.flush();
        }
    }

    private int interactive() {
        LineReader reader = lineReader.getObject();
        PrintWriter terminal = reader.getTerminal().writer();
        terminal.println("dc-planner: data-centre planning for ASEAN. Type 'help' for commands, Tab to complete,"
                + " 'exit' to leave.");
        try {
            terminal.println(session.getObject().open());
        } catch (RuntimeException e) {
            terminal.println("error: " + runner.failure(e).getMessage());
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
            String command = line;
            report(() -> runner.run(command, terminal), terminal);
            terminal.flush();
        }
        return EXIT_OK;
    }

}
