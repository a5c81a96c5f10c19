package dcplanner.shell.commands;

import java.io.PrintWriter;
import java.util.List;

import org.springframework.stereotype.Component;

import dcplanner.scenario.Parameter;
import dcplanner.scenario.ParameterCatalogue;
import dcplanner.shell.CommandArgs;
import dcplanner.shell.InputHelp;
import dcplanner.shell.NearestName;
import dcplanner.shell.PlannerCommand;
import dcplanner.shell.UsageException;

/** {@code describe INPUT}: one input's meaning, unit, allowed values, default and the default's source. */
@Component
public class DescribeCommand extends PlannerCommand {

    private final ParameterCatalogue catalogue;
    private final InputHelp help;

    public DescribeCommand(ParameterCatalogue catalogue) {
        super("describe", "what an input means: unit, allowed values, default with its source, which technologies"
                + " use it", List.of());
        this.catalogue = catalogue;
        this.help = new InputHelp(catalogue, "evaluate");
        acceptArguments(new Arguments("INPUT", 1, 1, () -> catalogue.all().stream().map(Parameter::name).toList()));
    }

    @Override
    protected void run(CommandArgs args, PrintWriter out) {
        String typed = args.arguments().get(0);
        String name = typed.startsWith("--") ? typed.substring(2) : typed;
        List<String> names = catalogue.all().stream().map(Parameter::name).toList();
        Parameter p = catalogue.find(name).orElseThrow(() -> new UsageException("describe: no input '" + typed + "'"
                + NearestName.of(name.replace('-', '_'), names).map(n -> " (did you mean " + n + "?)").orElse("")
                + "; 'parameters' lists them all"));
        out.println(p.name() + " (shell option --" + p.optionName() + ", CSV column " + p.name() + ")");
        out.println("  meaning:  " + p.description());
        out.println("  group:    " + p.group().name().toLowerCase(java.util.Locale.ROOT));
        if (!p.unit().isEmpty()) {
            out.println("  unit:     " + p.unit());
        }
        out.println("  allowed:  " + p.allowed() + (p.rangeNote().isEmpty() ? "" : " (" + p.rangeNote() + ")"));
        String value = help.defaultText(p);
        out.println("  default:  " + (value.isEmpty() ? "none (optional)" : value) + " (site "
                + help.defaults().text("site") + ", cooling " + help.defaults().text("cooling") + ")");
        help.sourceOf(p).ifPresent(source -> out.println("  source:   " + source));
        out.println("  used by:  " + InputHelp.usedBy(p));
    }
}
