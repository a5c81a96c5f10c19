package dcplanner.scenario;

import dcplanner.energy.FacilityDesign;

/** Assembles the energy model's facility design from the domains' own design records. */
public final class DesignMapper {

    private DesignMapper() {
    }

    public static FacilityDesign facilityDesign(Scenario s) {
        return new FacilityDesign(SiteInputs.itLoad(s), ElectricalInputs.design(s), CoolingInputs.design(s));
    }
}
