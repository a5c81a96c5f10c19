package dcplanner.shell.commands;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dcplanner.climate.Site;
import dcplanner.climate.SiteCatalogue;
import dcplanner.energy.CoolingTechnology;
import dcplanner.scenario.InvalidInputException;
import dcplanner.scenario.Parameter;
import dcplanner.scenario.ParameterCatalogue;
import dcplanner.scenario.Scenario;
import dcplanner.shell.UsageException;
import dcplanner.shell.WorkspaceSession;

/**
 * {@code scenario new NAME --guided}: asks for the site, IT capacity and utilisation, cooling
 * technology, supply air, redundancy, on-site PV and the study period, one at a time, each with its
 * unit, default and allowed range from the parameter catalogue. Inputs given on the command line
 * are not asked again.
 */
@Component
public class GuidedStart {

    /** The questions, in order: the inputs a policymaker can judge without the model's vocabulary. */
    static final List<String> ASKED = List.of("site", "it_capacity_kw", "utilisation", "cooling", "supply_air_c",
            "redundancy", "pv_kwp", "operating_years", "discount_rate");

    /** What each technology is, in a policymaker's words (from the CoolingTechnology descriptions). */
    static final Map<String, String> COOLING_LABELS = Map.of(
            "air-cooled-chiller", "chilled water from air-cooled chillers (no water use)",
            "water-cooled-chiller", "chilled water from water-cooled chillers and cooling towers",
            "water-cooled-chiller-wse", "water-cooled chillers plus free cooling from the towers",
            "airside-economiser-adiabatic", "outdoor air, cooled by evaporation when needed",
            "dx-crac", "packaged DX room units (small rooms)",
            "direct-liquid-cooling", "cold plates to a warm-water loop, the rest by air",
            "immersion", "servers immersed in liquid",
            "seawater", "chilled-water plant rejecting heat to sea water");

    /** One item to choose: the value stored and the words shown. */
    public record Choice(String value, String label) {
    }

    /** How the questions are put: on the terminal with Spring Shell's components, or scripted in tests. */
    public interface Questions {

        /** Checks that questions can be asked at all (a terminal is there); a usage error otherwise. */
        default void begin() {
        }

        /** One of {@code choices}; {@code preselected} is the default. */
        String choose(String title, List<Choice> choices, String preselected);

        /**
         * A number within {@code min..max}, refused on the spot (and asked again) when it is not a
         * number or outside the range; an empty answer takes {@code defaultValue}.
         */
        double number(String title, double defaultValue, double min, double max, boolean whole);
    }

    private final WorkspaceSession session;
    private final ParameterCatalogue catalogue;
    private final SiteCatalogue sites;
    private final Questions questions;

    public GuidedStart(WorkspaceSession session, ParameterCatalogue catalogue, Questions questions) {
        this.session = session;
        this.catalogue = catalogue;
        this.sites = session.service().climates().catalogue();
        this.questions = questions;
    }

    /** The inputs after asking for those not given yet (the defaults of each answer follow the earlier ones). */
    public Map<String, String> ask(Map<String, String> given, PrintWriter out) {
        Map<String, String> inputs = new LinkedHashMap<>(given);
        questions.begin();
        out.println("Guided start: Enter takes the default shown; arrows choose; Ctrl-C abandons.");
        out.flush();
        for (String name : ASKED) {
            if (inputs.containsKey(name) || (name.equals("site") && inputs.containsKey("epw"))) {
                continue;
            }
            Parameter p = catalogue.find(name).orElseThrow();
            Map<String, String> withSite = new LinkedHashMap<>(inputs);
            withSite.putIfAbsent("site", "singapore");
            Scenario sofar = session.resolve(withSite);
            if (!p.appliesTo(sofar.technology())) {
                continue;
            }
            String current = sofar.find(name).map(Scenario.Value::text).orElse("");
            String answer;
            if (p.kind() == Parameter.Kind.CHOICE) {
                answer = questions.choose(title(p), choices(p), current.isEmpty() ? p.choices().get(0) : current);
            } else {
                double fallback = current.isEmpty() ? Math.max(p.min(), 0) : Double.parseDouble(current);
                double value = questions.number(title(p) + " [" + p.allowed() + "]", fallback, p.min(), p.max(),
                        p.kind() == Parameter.Kind.INTEGER);
                answer = Parameter.Kind.INTEGER == p.kind() ? String.valueOf((long) value) : plain(value);
            }
            // an answer equal to the default is not stored: the default keeps following the site and technology
            if (name.equals("site") || !sameValue(answer, current)) {
                inputs.put(name, answer);
            }
            try {
                session.resolve(inputs);
            } catch (InvalidInputException e) {
                // a cross-check between answers (the profile's busiest hour, an ordered pair): say it and stop
                throw new UsageException("scenario new --guided: " + e.getMessage());
            }
        }
        return inputs;
    }

    private static boolean sameValue(String answer, String current) {
        try {
            return Double.parseDouble(answer) == Double.parseDouble(current);
        } catch (NumberFormatException e) {
            return answer.equals(current);
        }
    }

    private static String plain(double value) {
        return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    private static String title(Parameter p) {
        return p.description() + (p.unit().isEmpty() ? "" : " (" + p.unit() + ")");
    }

    private List<Choice> choices(Parameter p) {
        return switch (p.name()) {
            case "site" -> sites.ids().stream().map(id -> {
                Site site = sites.find(id).orElseThrow();
                return new Choice(id, id + " - " + site.city() + ", " + site.countryName()
                        + (site.isProxy() ? " (proxy climate)" : ""));
            }).toList();
            case "cooling" -> CoolingTechnology.ids().stream()
                    .map(id -> new Choice(id, id + " - " + COOLING_LABELS.getOrDefault(id, id))).toList();
            default -> p.choices().stream().map(c -> new Choice(c, c)).toList();
        };
    }
}
