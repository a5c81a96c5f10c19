package dcplanner.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dcplanner.climate.SiteCatalogue;
import dcplanner.reference.ReferenceData;

/**
 * Every scenario input, declared once (docs/architecture.md: one catalogue of parameters), assembled from
 * the domain declarations: {@link SiteInputs}, {@link ElectricalInputs}, {@link CoolingInputs} (with
 * {@link WaterInputs}), {@link CarbonInputs} and {@link EconomicInputs}. Each declares its inputs' typed keys,
 * their parameters (unit, range, default rule, source, technologies) and builds its design record.
 */
public final class ParameterCatalogue {

    private final Map<String, Parameter> byName;

    private ParameterCatalogue(List<Parameter> parameters) {
        Map<String, Parameter> map = new LinkedHashMap<>();
        for (Parameter parameter : parameters) {
            if (map.put(parameter.name(), parameter) != null) {
                throw new IllegalStateException("parameter declared twice: " + parameter.name());
            }
        }
        this.byName = Collections.unmodifiableMap(map);
    }

    /** All parameters, in the order they are resolved and listed. */
    public List<Parameter> all() {
        return new ArrayList<>(byName.values());
    }

    /** A parameter by its snake_case or kebab-case name. */
    public Optional<Parameter> find(String name) {
        return Optional.ofNullable(byName.get(name.trim().replace('-', '_')));
    }

    /** The standard catalogue with the bundled reference data; EPW files' countries are not looked up. */
    public static ParameterCatalogue standard(SiteCatalogue sites) {
        return standard(sites, ReferenceData.bundled(), byId(sites));
    }

    /** Finds built-in sites by id (an EPW file's site is unknown to it). */
    public static SiteLookup byId(SiteCatalogue sites) {
        return partial -> partial.get(SiteInputs.SITE).flatMap(sites::find);
    }

    /**
     * The standard catalogue: site choices from {@code sites}, country figures from
     * {@code reference}, the site of a scenario (its country and latitude) from {@code lookup}.
     */
    public static ParameterCatalogue standard(SiteCatalogue sites, ReferenceData reference, SiteLookup lookup) {
        List<Parameter> p = new ArrayList<>();
        p.addAll(SiteInputs.parameters(sites, lookup));
        p.addAll(ElectricalInputs.parameters());
        p.addAll(CoolingInputs.parameters());
        CountryDefaults countryDefaults = new CountryDefaults(reference, lookup);
        p.addAll(CarbonInputs.parameters(countryDefaults));
        p.addAll(EconomicInputs.parameters(countryDefaults));
        return new ParameterCatalogue(p);
    }

    /** The design levels, least to most efficient. */
    public static final List<String> DESIGN_LEVELS = List.of("legacy", "typical", "best-practice");
}
