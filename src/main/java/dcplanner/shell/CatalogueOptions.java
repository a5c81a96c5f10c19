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

    /** The catalogue inputs among the command's options, keyed by snake_case name. */
    public static Map<String, String> inputs(CommandArgs args, ParameterCatalogue catalogue) {
        Map<String, String> inputs = new LinkedHashMap<>();
        args.asMap().forEach((option, value) -> catalogue.find(option)
                .ifPresent(parameter -> inputs.put(parameter.name(), value)));
        return inputs;
    }
}
