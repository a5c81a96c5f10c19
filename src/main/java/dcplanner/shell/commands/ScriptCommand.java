package dcplanner.shell.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;

import dcplanner.shell.CommandArgs;
import dcplanner.shell.OptionSpec;
import dcplanner.shell.PlannerCommand;
import dcplanner.shell.ScriptRunner;

/**
 * {@code script FILE}: the commands of a file, exactly as {@code java -jar dc-planner.jar @FILE}
 * runs them (see {@link ScriptRunner}). Replaces Spring Shell's built-in {@code script}, which
 * needed {@code --file}, failed on comment lines and lost the failing line's message.
 */
@Component
public class ScriptCommand extends PlannerCommand {

    private final ScriptRunner runner;

    public ScriptCommand(ScriptRunner runner) {
        super("script", "run the commands of a file, one a line ('#' starts a comment); the first error stops it",
                List.of(OptionSpec.file("file", "the script file (also given without --file: script FILE)")));
        this.runner = runner;
    }

    @Override
    protected String positionalOption() {
        return "file";
    }

    @Override
    protected void run(CommandArgs args, PrintWriter out) {
        runner.runScript(Path.of(args.require("file")), out);
    }
}
