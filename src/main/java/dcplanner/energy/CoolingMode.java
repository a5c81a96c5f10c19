package dcplanner.energy;

/**
 * How an hour was cooled. Full economiser: no compressor ran (for a liquid-cooled or seawater
 * plant, the chiller-free hours); partial: the economiser carried part of the heat and
 * compressors the rest; mechanical: compressors carried all of it.
 */
public enum CoolingMode {
    FULL_ECONOMISER, PARTIAL_ECONOMISER, MECHANICAL
}
