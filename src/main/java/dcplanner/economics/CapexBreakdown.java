package dcplanner.economics;

/** Capital cost by subsystem, USD. */
public record CapexBreakdown(double buildingShellUsd, double electricalUsd, double mechanicalUsd, double fitOutUsd,
        double siteWorksUsd, double landUsd, double pvUsd) {

    /** Everything that is built (all but land). */
    public double constructionUsd() {
        return buildingShellUsd + electricalUsd + mechanicalUsd + fitOutUsd + siteWorksUsd + pvUsd;
    }

    public double totalUsd() {
        return constructionUsd() + landUsd;
    }
}
