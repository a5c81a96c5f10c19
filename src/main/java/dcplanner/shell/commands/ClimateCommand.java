package dcplanner.shell.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import dcplanner.climate.ClimateLibrary;
import dcplanner.climate.ClimateStatistics;
import dcplanner.climate.SiteClimate;
import dcplanner.io.ClimateReport;
import dcplanner.io.JsonOutput;
import dcplanner.io.OutputFormat;
import dcplanner.shell.CommandArgs;
import dcplanner.shell.OptionSpec;
import dcplanner.shell.PlannerCommand;
import dcplanner.shell.UsageException;
import org.springframework.stereotype.Component;

/** {@code climate}: annual and monthly climate statistics of a site or an EPW file. */
@Component
public class ClimateCommand extends PlannerCommand {

    private final ClimateLibrary climates;

    public ClimateCommand(ClimateLibrary climates) {
        super("climate", "annual and monthly climate statistics of a built-in site or an EPW weather file",
                List.of(OptionSpec.choice("site", "ID", "built-in site (see 'sites')", null,
                        () -> climates.catalogue().ids()),
                        OptionSpec.file("epw", "EPW weather file (.epw or .epw.gz) instead of a built-in site"),
                        OptionSpec.format()));
        this.climates = climates;
    }

    @Override
    protected void run(CommandArgs args, PrintWriter out) {
        SiteClimate climate = resolveClimate(climates, args);
        ClimateStatistics annual = ClimateStatistics.annual(climate);
        List<ClimateStatistics> monthly = ClimateStatistics.monthly(climate);
        switch (OutputFormat.parse(args.getOrDefault("format", "table"))) {
            case JSON -> out.println(JsonOutput.write(ClimateReport.json(climate, annual, monthly)));
            case CSV -> out.print(ClimateReport.csv(climate, annual, monthly));
            case TABLE -> out.print(ClimateReport.table(climate, annual, monthly));
        }
    }

    /** The climate named by {@code --site} or {@code --epw} (exactly one of them). */
    static SiteClimate resolveClimate(ClimateLibrary climates, CommandArgs args) {
        boolean site = args.has("site");
        boolean epw = args.has("epw");
        if (site == epw) {
            throw new UsageException(args.commandName() + ": give either --site ID or --epw FILE"
                    + (site ? ", not both" : "") + "; built-in sites: "
                    + String.join(", ", climates.catalogue().ids()));
        }
        return site ? climates.site(args.require("site")) : climates.epw(Path.of(args.require("epw")));
    }
}
