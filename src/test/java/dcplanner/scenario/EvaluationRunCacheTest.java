package dcplanner.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dcplanner.climate.ClimateLibrary;
import dcplanner.climate.SiteCatalogue;
import dcplanner.io.CsvOutput;
import dcplanner.io.EvaluationReport;

/**
 * Scenarios that share a design share its runs: a result must not depend on what was evaluated
 * before it, nor on whether runs came from the cache.
 */
class EvaluationRunCacheTest {

    private static String csv(EvaluationService service, Map<String, String> inputs) {
        ParameterCatalogue catalogue = service.resolver().catalogue();
        return CsvOutput.write(EvaluationReport.csvHeader(catalogue),
                List.of(EvaluationReport.csvRow(catalogue, service.evaluate(inputs))));
    }

    @Test
    void sharedRunsGiveTheResultsOfAFreshEvaluation() {
        Map<String, String> base = Map.of("site", "jakarta", "cooling", "water-cooled-chiller-wse",
                "utilisation", "0.5");
        Map<String, String> otherUtilisation = Map.of("site", "jakarta", "cooling", "water-cooled-chiller-wse",
                "utilisation", "0.8");
        Map<String, String> otherEconomics = Map.of("site", "jakarta", "cooling", "water-cooled-chiller-wse",
                "utilisation", "0.5", "ppa_share", "0.5", "discount_rate", "0.1");
        Map<String, String> otherDesign = Map.of("site", "jakarta", "cooling", "water-cooled-chiller-wse",
                "utilisation", "0.5", "supply_air_c", "22");

        EvaluationService warm = EvaluationService.standard(new ClimateLibrary(SiteCatalogue.bundled()));
        csv(warm, base);
        for (Map<String, String> inputs : List.of(otherUtilisation, otherEconomics, otherDesign, base)) {
            EvaluationService fresh = EvaluationService.standard(new ClimateLibrary(SiteCatalogue.bundled()));
            assertThat(csv(warm, inputs)).as(inputs.toString()).isEqualTo(csv(fresh, inputs));
        }
        // and the runs really differ where the design or utilisation does
        assertThat(csv(warm, otherUtilisation)).isNotEqualTo(csv(warm, base));
        assertThat(csv(warm, otherDesign)).isNotEqualTo(csv(warm, base));
    }
}
