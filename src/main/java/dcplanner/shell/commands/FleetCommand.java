package dcplanner.shell.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalDouble;

import org.springframework.stereotype.Component;

import dcplanner.fleet.Cohort;
import dcplanner.fleet.FleetCharts;
import dcplanner.fleet.FleetProjection;
import dcplanner.fleet.FleetRow;
import dcplanner.fleet.Levers;
import dcplanner.fleet.NationalDemand;
import dcplanner.fleet.PipelineReader;
import dcplanner.io.CsvOutput;
import dcplanner.io.JsonOutput;
import dcplanner.io.OutputFormat;
import dcplanner.io.TextTable;
import dcplanner.io.Values;
import dcplanner.text.StrictNumbers;
import dcplanner.scenario.EvaluationService;
import dcplanner.shell.CommandArgs;
import dcplanner.shell.OptionSpec;
import dcplanner.shell.PlannerCommand;
import dcplanner.shell.UsageException;

/**
 * {@code fleet}: a national pipeline of data centres projected year by year: electricity, peak
 * demand, water and emissions by country, with what-if levers.
 */
@Component
public class FleetCommand extends PlannerCommand {

    /** Columns of the CSV output and keys of each JSON row, with the decimals written. */
    private static final Map<String, Integer> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("year", 0);
        COLUMNS.put("country", 0);
        COLUMNS.put("it_capacity_mw", 1);
        COLUMNS.put("cohorts", 0);
        COLUMNS.put("it_energy_twh", 4);
        COLUMNS.put("facility_energy_twh", 4);
        COLUMNS.put("peak_demand_mw", 1);
        COLUMNS.put("water_million_m3", 4);
        COLUMNS.put("water_ml_per_day", 3);
        COLUMNS.put("co2_location_mt", 4);
        COLUMNS.put("co2_national_basis_mt", 4);
        COLUMNS.put("co2_market_mt", 4);
        COLUMNS.put("share_of_national_demand", 5);
    }

    private final EvaluationService service;

    public FleetCommand(EvaluationService service) {
        super("fleet", "project a pipeline of data centres year by year: electricity, peak demand, water and"
                + " emissions by country, with what-if levers", List.of(
                        OptionSpec.file("input", "pipeline CSV: cohort_id, country, site or epw, year_online,"
                                + " it_capacity_mw, utilisation, cooling [, year_retired, any scenario input]"),
                        OptionSpec.value("from", "YEAR", "first year of the projection", "2025"),
                        OptionSpec.value("to", "YEAR", "last year of the projection", "2035"),
                        OptionSpec.value("new-from", "YEAR", "cohorts online in or after this year are new builds"
                                + " (the levers act on them); default: --from", null),
                        OptionSpec.value("pue-limit", "PUE", "annual PUE limit that a share of new builds meets",
                                null),
                        OptionSpec.value("pue-limit-share", "0..1", "share of new-build capacity meeting"
                                + " --pue-limit (default 1 when --pue-limit is given)", null),
                        OptionSpec.value("liquid-share", "0..1", "share of new-build capacity built with direct"
                                + " liquid cooling instead of its own cooling", "0"),
                        OptionSpec.value("green-share", "0..1", "share of data-centre electricity from renewable"
                                + " PPAs or certificates (market-based CO2e)", "0"),
                        OptionSpec.value("grid-path", "\"ISO3:YEAR=G,...;...\"", "grid carbon intensity path,"
                                + " g/kWh by year per country (life-cycle basis), e.g. \"MYS:2025=606,2035=400\"",
                                null),
                        OptionSpec.value("national-demand", "\"ISO3=TWH,...\"", "national electricity demand per"
                                + " country, TWh a year (overrides the bundled figures)", null),
                        OptionSpec.format(),
                        OptionSpec.file("charts", "write charts (electricity, emissions, water by country, one"
                                + " stacked bar a year) into this folder"),
                        StudyCommand.chartFormatOption()));
        this.service = service;
    }

    @Override
    protected void run(CommandArgs args, PrintWriter out) {
        int from = year(args, "from", "2025");
        int to = year(args, "to", "2035");
        if (to < from) {
            throw new UsageException("fleet: --to " + to + " is before --from " + from);
        }
        Levers levers = levers(args, from);
        List<Cohort> cohorts;
        try {
            cohorts = PipelineReader.read(Path.of(args.require("input")), service.resolver().catalogue());
        } catch (IllegalArgumentException e) {
            throw new UsageException("fleet: " + e.getMessage());
        }
        FleetProjection.Result result;
        try {
            result = FleetProjection.project(service, cohorts, from, to, levers, NationalDemand.bundled());
        } catch (dcplanner.scenario.InvalidInputException e) {
            throw new UsageException("fleet: " + e.getMessage());
        }
        List<Path> charts = args.get("charts").map(dir -> FleetCharts.write(result, outputFolder(dir),
                Path.of(args.require("input")).getFileName().toString(), StudyCommand.chartFormats(args)))
                .orElse(List.of());
        switch (OutputFormat.parse(args.getOrDefault("format", "table"))) {
            case JSON -> {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("input", args.require("input"));
                doc.put("from", from);
                doc.put("to", to);
                doc.put("levers", leverFields(levers));
                doc.put("rows", result.rows().stream().map(FleetCommand::fields).toList());
                doc.put("charts", charts.stream().map(Path::toString).toList());
                doc.put("warnings", result.warnings());
                out.println(JsonOutput.write(doc));
            }
            case CSV -> out.print(CsvOutput.write(new ArrayList<>(COLUMNS.keySet()), result.rows().stream()
                    .map(r -> (List<Object>) new ArrayList<>(fields(r).values().stream()
                            .map(v -> v == null ? "" : v).toList())).toList()));
            case TABLE -> table(out, result, levers, charts);
        }
    }

    private static int year(CommandArgs args, String option, String defaultValue) {
        String text = args.getOrDefault(option, defaultValue);
        try {
            int year = StrictNumbers.parseInt(text, "--" + option);
            if (year < 1990 || year > 2100) {
                throw new IllegalArgumentException("--" + option + " " + year + " is outside 1990..2100");
            }
            return year;
        } catch (IllegalArgumentException e) {
            throw new UsageException("fleet: " + e.getMessage());
        }
    }

    private static Levers levers(CommandArgs args, int from) {
        try {
            OptionalDouble limit = args.get("pue-limit").map(t -> OptionalDouble.of(StrictNumbers.parse(t,
                    "--pue-limit"))).orElse(OptionalDouble.empty());
            double limitShare = args.get("pue-limit-share").map(t -> StrictNumbers.parse(t, "--pue-limit-share"))
                    .orElse(limit.isPresent() ? 1.0 : 0.0);
            return new Levers(args.has("new-from") ? year(args, "new-from", null) : from, limitShare, limit,
                    StrictNumbers.parse(args.getOrDefault("liquid-share", "0"), "--liquid-share"),
                    StrictNumbers.parse(args.getOrDefault("green-share", "0"), "--green-share"),
                    args.get("grid-path").map(Levers::parseGridPath).orElse(Map.of()),
                    args.get("national-demand").map(Levers::parseDemand).orElse(Map.of()));
        } catch (IllegalArgumentException e) {
            throw new UsageException("fleet: " + e.getMessage());
        }
    }

    private static Map<String, Object> leverFields(Levers levers) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("new_build_from_year", levers.newBuildFromYear());
        doc.put("pue_limit", levers.pueLimit().isPresent() ? levers.pueLimit().getAsDouble() : null);
        doc.put("pue_limit_share", levers.pueLimitShare());
        doc.put("liquid_share", levers.liquidShare());
        doc.put("green_share", levers.greenShare());
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Map.Entry<String, NavigableMap<Integer, Double>> path : levers.gridPathGPerKwh().entrySet()) {
            Map<String, Object> points = new LinkedHashMap<>();
            path.getValue().forEach((year, g) -> points.put(year.toString(), g));
            paths.put(path.getKey(), points);
        }
        doc.put("grid_path_g_per_kwh", paths);
        doc.put("national_demand_twh", levers.nationalDemandTwh());
        return doc;
    }

    /** One row as the keys of {@link #COLUMNS}; the share is null where the national demand is unknown. */
    static Map<String, Object> fields(FleetRow r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("year", r.year());
        row.put("country", r.country());
        row.put("it_capacity_mw", number(r.itCapacityMw(), "it_capacity_mw"));
        row.put("cohorts", r.cohorts());
        row.put("it_energy_twh", number(r.itEnergyTwh(), "it_energy_twh"));
        row.put("facility_energy_twh", number(r.facilityEnergyTwh(), "facility_energy_twh"));
        row.put("peak_demand_mw", number(r.peakDemandMw(), "peak_demand_mw"));
        row.put("water_million_m3", number(r.waterMillionM3(), "water_million_m3"));
        row.put("water_ml_per_day", number(r.waterMlPerDay(), "water_ml_per_day"));
        row.put("co2_location_mt", number(r.co2LocationMt(), "co2_location_mt"));
        row.put("co2_national_basis_mt", number(r.co2NationalBasisMt(), "co2_national_basis_mt"));
        row.put("co2_market_mt", number(r.co2MarketMt(), "co2_market_mt"));
        row.put("share_of_national_demand", r.shareOfNationalDemand().isPresent()
                ? number(r.shareOfNationalDemand().getAsDouble(), "share_of_national_demand") : null);
        return row;
    }

    private static Object number(double value, String key) {
        return Values.forData(value, COLUMNS.get(key), key);
    }

    private static void table(PrintWriter out, FleetProjection.Result result, Levers levers, List<Path> charts) {
        TextTable table = new TextTable(List.of("Year", "Country", "IT MW", "IT TWh", "Facility TWh", "Peak MW",
                "Water Mm3", "Water ML/d", "CO2e Mt (LCA)", "CO2 Mt (nat.)", "CO2e Mt (mkt)", "Share of demand"))
                .leftAlign(1);
        for (FleetRow r : result.rows()) {
            table.add(List.of(Integer.toString(r.year()), r.country(), Values.text(r.itCapacityMw(), 0, "mw"),
                    Values.text(r.itEnergyTwh(), 2, "it"), Values.text(r.facilityEnergyTwh(), 2, "facility"),
                    Values.text(r.peakDemandMw(), 0, "peak"), Values.text(r.waterMillionM3(), 2, "water"),
                    Values.text(r.waterMlPerDay(), 1, "ml"), Values.text(r.co2LocationMt(), 3, "co2"),
                    Values.text(r.co2NationalBasisMt(), 3, "co2n"), Values.text(r.co2MarketMt(), 3, "co2m"),
                    r.shareOfNationalDemand().isPresent() ? Values.text(100 * r.shareOfNationalDemand().getAsDouble(),
                            1, "share") + "%" : ""));
        }
        out.print(table.render());
        out.println("Levers: new builds from " + levers.newBuildFromYear()
                + (levers.pueLimit().isPresent() ? "; " + Values.plain(100 * levers.pueLimitShare(), 1, "s")
                        + "% of them at PUE <= " + Values.plain(levers.pueLimit().getAsDouble(), 3, "l") : "")
                + (levers.liquidShare() > 0 ? "; " + Values.plain(100 * levers.liquidShare(), 1, "s")
                        + "% of them liquid-cooled" : "")
                + (levers.greenShare() > 0 ? "; green electricity " + Values.plain(100 * levers.greenShare(), 1, "s")
                        + "%" : "")
                + (levers.gridPathGPerKwh().isEmpty() ? "" : "; grid path for "
                        + String.join(", ", levers.gridPathGPerKwh().keySet())));
        charts.forEach(c -> out.println("Chart: " + c));
        result.warnings().forEach(w -> out.println("NOTE: " + w));
    }
}
