package dcplanner.chart;

import java.util.Arrays;
import java.util.List;

/** The charts there are, with the command-line id of each and the stem of its file name. */
public enum ChartKind {
    METRICS("metrics", "metric-comparison", "PUE (annual, at 100% and 25% IT load), WUE and CUE, with policy limits"),
    ENERGY("energy", "energy-by-component", "annual energy other than IT, by component (stacked)"),
    WATER("water", "water-by-use", "annual site water by use (stacked)"),
    MONTHLY_PUE("monthly-pue", "monthly-pue", "PUE month by month, one line per scenario"),
    HOURLY_PUE("hourly-pue", "hourly-pue", "every hour of a scenario's year coloured by PUE (one chart per scenario)"),
    HOURLY_MODE("hourly-mode", "hourly-mode", "every hour of a scenario's year coloured by cooling mode (one chart"
            + " per scenario)"),
    CAPEX("capex", "capex-by-subsystem", "capital cost by subsystem (stacked)"),
    OPEX("opex", "opex-by-item", "first-year operating cost by item (stacked)"),
    CASH_FLOW("cash-flow", "cash-flow", "cumulative discounted net cash flow, year by year"),
    TRADEOFF("tradeoff", "tco-tradeoff", "total cost of ownership against life-cycle CO2e and site water,"
            + " non-dominated scenarios marked"),
    SITES("sites", "sites-pue-wue", "one design at every built-in site: PUE and WUE, best first");

    private final String id;
    private final String fileStem;
    private final String description;

    ChartKind(String id, String fileStem, String description) {
        this.id = id;
        this.fileStem = fileStem;
        this.description = description;
    }

    public String id() {
        return id;
    }

    /** The file name without extension ({@code metric-comparison}); hourly charts add the scenario's name. */
    public String fileStem() {
        return fileStem;
    }

    public String description() {
        return description;
    }

    /** True for the charts drawn from the hour-by-hour series, one per scenario. */
    public boolean hourly() {
        return this == HOURLY_PUE || this == HOURLY_MODE;
    }

    /** The ids, in order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(ChartKind::id).toList();
    }

    public static ChartKind parse(String id) {
        for (ChartKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("chart kind '" + id + "' is not known; allowed: "
                + String.join(", ", ids()) + ", all");
    }
}
