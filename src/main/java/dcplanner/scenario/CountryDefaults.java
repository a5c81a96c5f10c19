package dcplanner.scenario;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import dcplanner.climate.Site;
import dcplanner.reference.Figure;
import dcplanner.reference.ReferenceData;
import dcplanner.reference.ReferenceRow;
import dcplanner.scenario.DefaultRule.Default;
import dcplanner.scenario.Parameter.Group;

/**
 * The country-dependent default rules of the carbon, renewable and economic inputs ({@link CarbonInputs},
 * {@link EconomicInputs}): figures from the bundled reference data of the scenario's country, in US dollars;
 * where the country has no figure, the stated fallback is used and every result says so.
 */
final class CountryDefaults {

    static final Source ASSUMPTION_NONE = Source.assumption("none unless set");
    static final Source CONSTANT_PRICES = Source.assumption("constant prices: money in US dollars of the first"
            + " year, no escalation unless set");
    static final Source DATASET_BASIS = Source.of("data/countries/README.md: the life-cycle basis (Our World in Data"
            + " / Ember) is the one consistent basis for all ten countries, the default for comparisons", "2024",
            "high");

    final ReferenceData reference;
    private final SiteLookup sites;

    CountryDefaults(ReferenceData reference, SiteLookup sites) {
        this.reference = reference;
        this.sites = sites;
    }

    /** The country of a partly resolved scenario: given, or its site's. */
    static String country(Scenario.Partial partial) {
        return partial.get(SiteInputs.COUNTRY).orElse("");
    }

    Optional<Site> site(Scenario.Partial partial) {
        return sites.site(partial);
    }

    static Source sourceOf(Figure figure) {
        return Source.of(figure.source(), figure.year(), figure.confidence());
    }

    /** Default from a reference figure of the scenario's country (or its fallback), times {@code scale}. */
    DefaultRule figure(String parameter, double scale) {
        return DefaultRule.derived(partial -> reference.figure(country(partial), parameter)
                .map(f -> new Default(f.value() * scale, sourceOf(f), f.fallbackNote())).orElse(null));
    }

    static Parameter.Builder number(Input<Double> name, String unit, double min, double max, String description) {
        return new Parameter.Builder(name).unit(unit).range(min, max, "").describe(description);
    }

    static boolean positive(Scenario.Partial partial, Input<Double> name) {
        return partial.get(name).orElse(0.0) > 0;
    }

    static boolean timeOfUse(Scenario.Partial partial) {
        return partial.get(EconomicInputs.TARIFF_STRUCTURE).map("time-of-use"::equals).orElse(false);
    }

    /** A time-of-use input: the country's figure, else the flat tariff / Malaysia's window, stated. */
    Parameter touNumber(Input<Double> name, String unit, double min, double max, String description,
            String parameter) {
        return number(name, unit, min, max, description).group(Group.ECONOMICS)
                .relevantWhen(CountryDefaults::timeOfUse)
                .byDefault(DefaultRule.derived(partial -> {
                    String country = country(partial);
                    Optional<Figure> own = reference.countryFigure(country, parameter);
                    if (own.isPresent()) {
                        return new Default(own.get().value(), sourceOf(own.get()));
                    }
                    if (parameter.startsWith("electricity_tariff")) {
                        double flat = partial.get(EconomicInputs.TARIFF_USD_PER_KWH).orElse(0.0);
                        return new Default(flat, Source.of("the flat tariff (no time-of-use rates published for "
                                + country + ")", "", "low"), "no time-of-use rates for " + country
                                + ": peak and off-peak prices equal the flat tariff");
                    }
                    Figure malaysia = reference.countryFigure("MYS", parameter).orElseThrow();
                    return new Default(malaysia.value(), sourceOf(malaysia), "no time-of-use window published for "
                            + country + ": Malaysia's is used");
                })).build();
    }

    Default gridCarbon(Scenario.Partial partial) {
        String country = country(partial);
        boolean national = partial.get(CarbonInputs.GRID_CARBON_BASIS).map("national"::equals).orElse(false);
        if (national) {
            Optional<Figure> official = reference.countryFigure(country, "grid_ef_national");
            if (official.isPresent()) {
                return new Default(official.get().value(), sourceOf(official.get()));
            }
            Optional<Figure> lifecycle = reference.countryFigure(country, "grid_ci_lifecycle");
            if (lifecycle.isPresent()) {
                return new Default(lifecycle.get().value(), sourceOf(lifecycle.get()), "no official national grid"
                        + " emission factor for " + country
                        + ": its life-cycle intensity (Our World in Data / Ember) is"
                        + " used instead");
            }
        }
        return reference.figure(country, "grid_ci_lifecycle")
                .map(f -> new Default(f.value(), sourceOf(f), f.fallbackNote())).orElse(null);
    }

    Default ppaPrice(Scenario.Partial partial) {
        String country = country(partial);
        double tariff = partial.get(EconomicInputs.TARIFF_USD_PER_KWH).orElse(0.0);
        Optional<Figure> premium = reference.countryFigure(country, "green_tariff_premium");
        if (premium.isPresent()) {
            return new Default(tariff + premium.get().value(), sourceOf(premium.get()));
        }
        Optional<Figure> green = reference.countryFigure(country, "green_tariff");
        if (green.isPresent()) {
            return new Default(green.get().value(), sourceOf(green.get()));
        }
        return new Default(tariff, Source.of("the grid tariff (no published green tariff or PPA price for " + country
                + ")", "", "low"), "no published PPA price for " + country + ": the grid tariff is used");
    }

    Default waterTariff(Scenario.Partial partial) {
        String country = country(partial);
        for (String parameter : List.of("water_tariff", "water_tariff_industrial")) {
            Optional<Figure> own = reference.countryFigure(country, parameter);
            if (own.isPresent()) {
                return new Default(own.get().value(), sourceOf(own.get()));
            }
        }
        Figure median = reference.regionalMedian("water_tariff_industrial").orElseThrow();
        return new Default(median.value(), sourceOf(median), "no water tariff for " + country + ": "
                + median.source() + " is used");
    }

    Default carbonPrice(Scenario.Partial partial) {
        String country = country(partial);
        TreeMap<Integer, Double> schedule = reference.carbonPriceSchedule(country);
        if (!schedule.isEmpty()) {
            return new Default(schedule, Source.of("Singapore Carbon Pricing Act schedule: S$25 (2024-25), S$45"
                    + " (2026-27), S$50-80 by 2030 (middle, from 2030), converted at the 2024 exchange rate", "2024",
                    "high"));
        }
        List<ReferenceRow> rows = reference.rows(country, "carbon_price");
        String why = rows.isEmpty() ? "no carbon price applies to electricity in " + country
                : "no carbon price on data-centre electricity in " + country + " (" + rows.get(rows.size() - 1).note()
                        + ")";
        return new Default(new TreeMap<Integer, Double>(), Source.of(why, rows.isEmpty() ? "" : rows.get(0).year(),
                "medium"));
    }
}
