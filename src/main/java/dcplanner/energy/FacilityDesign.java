package dcplanner.energy;

/** Everything the energy model needs about a facility besides its site. */
public record FacilityDesign(ItLoad it, ElectricalDesign electrical, CoolingDesign cooling) {

    /** The same facility at another annual mean utilisation, with the same daily profile. */
    public FacilityDesign atUtilisation(double utilisation) {
        ItLoad load = new ItLoad(it.itCapacityKw(), utilisation, it.hourlyProfile(), it.serverFanShare(),
                it.serverFanSpeedupPerK(), it.serverFanReferenceInletC());
        return new FacilityDesign(load, electrical, cooling);
    }

    /** The same facility at a fixed IT utilisation every hour. */
    public FacilityDesign atFixedUtilisation(double utilisation) {
        return new FacilityDesign(it.atFixedUtilisation(utilisation), electrical, cooling);
    }
}
