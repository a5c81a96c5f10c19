package dcplanner.policy;

import java.util.Set;

import dcplanner.climate.Site;

/**
 * A sub-national jurisdiction with rules of its own (Johor). A site belongs to it when its id is
 * listed, or, for any other site or weather file, when its coordinates fall in the region's
 * bounding box (an approximation of the boundary, said so in the results).
 */
public record PolicyRegion(String name, String countryIso3, Set<String> siteIds, double latMinDeg,
        double latMaxDeg, double lonMinDeg, double lonMaxDeg, String source) {

    /**
     * Whether a site taken to be in {@code country} (the scenario's country, normally the site's)
     * is in this region: by id, else by coordinates inside the box.
     */
    public boolean contains(Site site, String country) {
        if (!country.equals(countryIso3)) {
            return false;
        }
        return siteIds.contains(site.id()) || byCoordinates(site, country);
    }

    /** Whether the site is counted in only because its coordinates fall in the bounding box. */
    public boolean byCoordinates(Site site, String country) {
        return !siteIds.contains(site.id()) && country.equals(countryIso3)
                && site.latitudeDeg() >= latMinDeg && site.latitudeDeg() <= latMaxDeg
                && site.longitudeDeg() >= lonMinDeg && site.longitudeDeg() <= lonMaxDeg;
    }
}
