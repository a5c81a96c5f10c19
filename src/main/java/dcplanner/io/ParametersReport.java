package dcplanner.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dcplanner.energy.CoolingTechnology;
import dcplanner.scenario.CoolingInputs;
import dcplanner.scenario.Parameter;
import dcplanner.scenario.ParameterCatalogue;
import dcplanner.scenario.Scenario;
import dcplanner.scenario.UncertaintyRanges;

/**
 * The scenario inputs of one technology with their defaults, sources and uncertain ranges, as JSON, CSV
 * or a text table (the {@code parameters} command's output).
 */
public final class ParametersReport {

    private ParametersReport() {
    }

    /**
     * One row per input {@code technology} uses: name, option, group, unit, allowed values, the default in
     * {@code defaults} (the cooling input's from {@code defaultCooling}) and its source, and the range studies
     * vary it over.
     */
    public static List<Map<String, Object>> rows(ParameterCatalogue catalogue, CoolingTechnology technology,
            Scenario defaults, Scenario.Value defaultCooling, UncertaintyRanges uncertainty) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Parameter parameter : catalogue.all()) {
            if (!parameter.appliesTo(technology)) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", parameter.name());
            // the shell option without its two leading dashes: "--site" would read as a formula in a
            // spreadsheet, and escaping it would alter the data (see CsvOutput)
            row.put("option", parameter.optionName());
            row.put("group", parameter.group().name().toLowerCase(java.util.Locale.ROOT));
            row.put("unit", parameter.unit());
            row.put("allowed", parameter.allowed());
            Scenario.Value value = parameter.name().equals(CoolingInputs.COOLING.name()) ? defaultCooling
                    : defaults.find(parameter.name()).orElse(null);
            row.put("default", value == null ? "" : value.text());
            row.put("source", value == null ? "" : value.source().citation());
            row.put("year", value == null ? "" : value.source().year());
            row.put("confidence", value == null ? "" : value.source().confidence());
            // the range studies vary it over (tornado, Monte Carlo), when it is uncertain
            java.util.Optional<UncertaintyRanges.Range> range = uncertainty.find(parameter.name(), technology);
            row.put("uncertainty", range.map(UncertaintyRanges.Range::describe).orElse(""));
            row.put("uncertainty_source", range.map(r -> r.source().citation()).orElse(""));
            row.put("description", parameter.description());
            rows.add(row);
        }
        return rows;
    }

    /** The rows as CSV, one column per key. */
    public static String csv(List<Map<String, Object>> rows) {
        return CsvOutput.write(new ArrayList<>(rows.get(0).keySet()),
                rows.stream().map(r -> (List<Object>) new ArrayList<Object>(r.values())).toList());
    }

    /** The rows as a text table, headed by the technology, design level and site they are for. */
    public static String table(List<Map<String, Object>> rows, String cooling, String level, String site) {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        out.append("Inputs of cooling = " + cooling + ", design level " + level + ", at site " + site
                + " (shell option: --name-with-dashes, CSV column: name)").append(nl);
        TextTable table = new TextTable(List.of("Name", "Unit", "Default", "Allowed", "Uncertain range",
                "Confidence", "Source of the default")).leftAlign(0).leftAlign(1).leftAlign(2).leftAlign(3)
                .leftAlign(4).leftAlign(5).leftAlign(6);
        for (Map<String, Object> row : rows) {
            String defaultText = String.valueOf(row.get("default"));
            String allowed = String.valueOf(row.get("allowed"));
            table.add(List.of(String.valueOf(row.get("name")), String.valueOf(row.get("unit")),
                    TextTable.clip(defaultText, 24), TextTable.clip(allowed, 40),
                    String.valueOf(row.get("uncertainty")), String.valueOf(row.get("confidence")),
                    String.valueOf(row.get("source"))));
        }
        out.append(table.render());
        out.append("Descriptions: 'evaluate --help', or --format json.").append(nl);
        return out.toString();
    }
}
