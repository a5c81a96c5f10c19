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
            options.add((switch (p.kind()) {
                case CHOICE -> OptionSpec.choice(p.optionName(), "VALUE", p.description(), null, p::choices);
                case FILE -> OptionSpec.file(p.optionName(), p.description());
                case PROFILE -> OptionSpec.value(p.optionName(), "W1,..,W24", description, null);
                default -> OptionSpec.value(p.optionName(), p.unit().isEmpty() ? "X" : p.unit().toUpperCase(),
                        description, null);
            }).withAllowed(p.allowed()));
        }
        return options;
    }

    /**
     * Scenario inputs written as options in one string ({@code "--site singapore --cooling dx-crac"}),
     * keyed by snake_case name. The words are parsed and checked exactly as a command's own options
     * are ({@link PlannerCommandParser#options}, {@link OptionCheck}): an unknown option, an option
     * given twice or a missing value is a usage error whose message starts with {@code what}.
     */
    public static Map<String, String> parse(String text, String what, ParameterCatalogue catalogue) {
        Map<String, OptionSpec> specs = new LinkedHashMap<>();
        of(catalogue).forEach(spec -> specs.put(spec.name(), spec));
        PlannerCommandParser.Words words = PlannerCommandParser.options(PlannerCommandParser.tokenize(text),
                name -> false, name -> false);
        return inputs(new OptionCheck(what, specs, false, null).check(words.arguments(), words.options()),
                catalogue);
    }

    /** The catalogue inputs among the command's options, keyed by snake_case name. */
    public static Map<String, String> inputs(CommandArgs args, ParameterCatalogue catalogue) {
        Map<String, String> inputs = new LinkedHashMap<>();
        args.asMap().forEach((option, value) -> catalogue.find(option)
                .ifPresent(parameter -> inputs.put(parameter.name(), value)));
        return inputs;
    }
}
