package dcplanner.energy;

/**
 * Losses of an electrical device as fractions of its rating: a no-load part, a part proportional
 * to the load and a square-law part (Schneider Electric White Paper 113, "Electrical Efficiency
 * Modeling for Data Centers"):
 * {@code loss = noLoad * rated + proportional * load + squareLaw * load^2 / rated}.
 */
public record LossCoefficients(double noLoad, double proportional, double squareLaw) {

    public static final LossCoefficients NONE = new LossCoefficients(0, 0, 0);

    /** Loss in kW when the installed devices of total rating {@code ratedKw} carry {@code loadKw}. */
    public double lossKw(double loadKw, double ratedKw) {
        if (ratedKw <= 0) {
            return 0;
        }
        return noLoad * ratedKw + proportional * loadKw + squareLaw * loadKw * loadKw / ratedKw;
    }

    /** Efficiency (output over input) at load fraction {@code x} of the rating. */
    public double efficiencyAt(double x) {
        return x / (x + noLoad + proportional * x + squareLaw * x * x);
    }
}
