package dcplanner.scenario;

import java.util.Optional;

import dcplanner.climate.Site;

/** Finds the site a partly resolved scenario names (a built-in site, or the site of its EPW file). */
@FunctionalInterface
public interface SiteLookup {

    Optional<Site> site(Scenario.Partial partial);
}
