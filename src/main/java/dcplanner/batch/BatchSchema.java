package dcplanner.batch;

import dcplanner.scenario.Parameter;
import dcplanner.scenario.ParameterCatalogue;

/**
 * The columns a batch input may have, generated from the parameter catalogue (the README's batch
 * schema is this table; {@code BatchSchemaTest} keeps the two the same).
 */
public final class BatchSchema {

    private BatchSchema() {
    }

    /** A Markdown table: column, kind of value, unit and what is allowed, in catalogue order. */
    public static String markdown(ParameterCatalogue catalogue) {
        StringBuilder out = new StringBuilder();
        out.append("| column | value | unit | allowed |\n|---|---|---|---|\n");
        out.append("| `").append(BatchInput.SCENARIO_ID).append("` | text |  | any text: copied to the results and"
                + " errors to name the row |\n");
        for (Parameter parameter : catalogue.all()) {
            out.append("| `").append(parameter.name()).append("` | ").append(kind(parameter)).append(" | ")
                    .append(parameter.unit()).append(" | ").append(parameter.allowed().replace("|", "\\|"))
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String kind(Parameter parameter) {
        return switch (parameter.kind()) {
            case NUMBER -> "number";
            case INTEGER -> "whole number";
            case CHOICE -> "choice (any letter case)";
            case TEXT -> "text";
            case FILE -> "file path";
            case PROFILE -> "24 numbers";
            case LIST -> "list of numbers";
            case SCHEDULE -> "number or schedule";
        };
    }
}
