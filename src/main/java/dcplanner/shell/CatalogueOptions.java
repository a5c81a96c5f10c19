package dcplanner.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dcplanner.scenario.Parameter;
import dcplanner.scenario.ParameterCatalogue;

/** Shell options generated from the parameter catalogue, and back from options to catalogue names. */
public final class CatalogueOptions {

    private CatalogueOptions() {
    }

    /** One option per parameter, kebab-case, with its unit, range and meaning in the help. */
    public static List<OptionSpec> of(ParameterCatalogue catalogue) {
        List<OptionSpec> options = new ArrayList<>();
        for (Parameter p : catalogue.all()) {
            String description = p.description() + " [" + p.allowed() + "]";
            options.add(switch (p.kind()) {
                case CHOICE -> OptionSpec.choice(p.optionName(), "VALUE", p.description(), null, p::choices);
                case FILE -> OptionSpec.file(p.optionName(), p.description());
                case PROFILE -> OptionSpec.value(p.optionName(), "W1,..,W24", description, null);
                default -> OptionSpec.value(p.optionName(), p.unit().isEmpty() ? "X" : p.unit().toUpperCase(),
                        description, null);
            });
        }
        return options;
    }

    /**
     * Scenario inputs written as options in one string ({@code "--site singapore --cooling dx-crac"}),
     * keyed by snake_case name; unknown options are a usage error naming the valid ones.
     */
    public static Map<String, String> parse(String text, String what, ParameterCatalogue catalogue) {
        List<String> words = PlannerCommandParser.tokenize(text);
        Map<String, String> inputs = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!word.startsWith("--") || word.length() < 3) {
                throw new UsageException(what + ": expected --input value, found '" + word + "'");
            }
            String name = word.substring(2);
            String value;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else if (i + 1 < words.size() && !words.get(i + 1).startsWith("--")) {
                value = words.get(++i);
            } else {
                throw new UsageException(what + ": --" + name + " needs a value");
            }
            String option = name;
            String snake = catalogue.find(name).map(p -> p.name()).orElseThrow(() -> new UsageException(what
                    + ": unknown input --" + option + "; see 'parameters' for the valid ones"));
            inputs.put(snake, value);
        }
        return inputs;
    }

    /** The catalogue inputs among the command's options, keyed by snake_case name. */
    public static Map<String, String> inputs(CommandArgs args, ParameterCatalogue catalogue) {
        Map<String, String> inputs = new LinkedHashMap<>();
        args.asMap().forEach((option, value) -> catalogue.find(option)
                .ifPresent(parameter -> inputs.put(parameter.name(), value)));
        return inputs;
    }
}
