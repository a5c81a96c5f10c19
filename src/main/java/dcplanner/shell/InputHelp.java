package dcplanner.shell;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dcplanner.energy.CoolingTechnology;
import dcplanner.io.TextTable;
import dcplanner.scenario.Parameter;
import dcplanner.scenario.ParameterCatalogue;
import dcplanner.scenario.Scenario;
import dcplanner.scenario.ScenarioResolver;

/**
 * Help for the scenario inputs, read from the parameter catalogue: grouped by domain (site, IT,
 * electrical, cooling, water, carbon, economics), each with its unit, real default (for the first
 * built-in site and the default technology: country figures follow the site), allowed values and
 * meaning; the full list with the source of every default, or only the main inputs.
 */
public final class InputHelp {

    /** The inputs a first reader needs; the rest are shown with --all. */
    static final Set<String> MAIN_INPUTS = Set.of("site", "epw", "it_capacity_kw", "utilisation", "redundancy",
            "ups_type", "design_level", "cooling", "supply_air_c", "cycles_of_concentration", "grid_carbon_basis",
            "pv_kwp", "ppa_share", "tariff_usd_per_kwh", "carbon_price_usd_per_t", "discount_rate",
            "operating_years", "revenue_usd_per_kw_month");

    private final ParameterCatalogue catalogue;
    private final String commandName;
    private volatile Scenario defaults;

    public InputHelp(ParameterCatalogue catalogue, String commandName) {
        this.catalogue = catalogue;
        this.commandName = commandName;
    }

    /** Whether {@code optionName} is a catalogue input (then this help describes it). */
    public boolean covers(String optionName) {
        return catalogue.find(optionName).isPresent();
    }

    /** The defaults shown: the first built-in site with the default technology. */
    public Scenario defaults() {
        if (defaults == null) {
            defaults = new ScenarioResolver(catalogue).resolve(Map.of("site", defaultSite()));
        }
        return defaults;
    }

    private String defaultSite() {
        List<String> sites = catalogue.find("site").orElseThrow().choices();
        return sites.contains("singapore") ? "singapore" : sites.get(0);
    }

    /** The inputs grouped by domain; {@code all} adds every input and the source of its default. */
    public String render(boolean all) {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        out.append("Inputs (defaults for site ").append(defaultSite()).append(", cooling ")
                .append(defaults().text("cooling")).append("; country figures follow the site, see 'sources'):")
                .append(nl);
        Map<Parameter.Group, List<Parameter>> byGroup = new EnumMap<>(Parameter.Group.class);
        for (Parameter p : catalogue.all()) {
            byGroup.computeIfAbsent(p.group(), g -> new java.util.ArrayList<>()).add(p);
        }
        int hidden = 0;
        for (Map.Entry<Parameter.Group, List<Parameter>> group : byGroup.entrySet()) {
            List<Parameter> shown = group.getValue().stream().filter(p -> all || MAIN_INPUTS.contains(p.name()))
                    .toList();
            hidden += group.getValue().size() - shown.size();
            if (shown.isEmpty()) {
                continue;
            }
            out.append(nl).append("  ").append(group.getKey().name().toLowerCase(Locale.ROOT)).append(':').append(nl);
            for (Parameter p : shown) {
                out.append(line(p, all)).append(nl);
            }
        }
        out.append(nl);
        if (hidden > 0) {
            out.append(hidden).append(" more inputs: 'help ").append(commandName)
                    .append(" --all' lists every input with the source of its default; 'describe INPUT' explains one.");
        } else {
            out.append("'describe INPUT' explains one input; 'parameters --cooling TECH' lists a technology's inputs.");
        }
        return out.toString();
    }

    private String line(Parameter p, boolean all) {
        String option = "--" + p.optionName() + (p.unit().isEmpty() ? "" : " " + p.unit());
        String value = defaultText(p);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "    %-40s %s", option,
                TextTable.clip(p.description(), all ? 200 : 70)));
        line.append(" [").append(TextTable.clip(p.allowed(), all ? 200 : 40)).append(']');
        line.append("; default ").append(value.isEmpty() ? "none" : value);
        if (!p.appliesTo(CoolingTechnology.WATER_COOLED_CHILLER) || !p.appliesTo(CoolingTechnology.DX_CRAC)) {
            line.append("; used by ").append(usedBy(p));
        }
        if (all) {
            sourceOf(p).ifPresent(source -> line.append(System.lineSeparator()).append("        source: ")
                    .append(source));
        }
        return line.toString();
    }

    /** The default as text, or "" when there is none (the input is optional). */
    public String defaultText(Parameter p) {
        return defaults().find(p.name()).map(Scenario.Value::text).map(t -> TextTable.clip(t, 40)).orElse("");
    }

    /** The source of the default, with its year and confidence. */
    public java.util.Optional<String> sourceOf(Parameter p) {
        return defaults().find(p.name()).filter(v -> !v.given()).map(v -> v.source().citation()
                + (v.source().year().isEmpty() ? "" : ", " + v.source().year()) + " (" + v.source().confidence() + ")");
    }

    /** The technologies that use the input, in short ids. */
    public static String usedBy(Parameter p) {
        return CoolingTechnology.ids().stream().filter(id -> p.appliesTo(CoolingTechnology.fromId(id)))
                .collect(Collectors.joining(", "));
    }
}
