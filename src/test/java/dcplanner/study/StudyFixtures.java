package dcplanner.study;

import dcplanner.climate.ClimateLibrary;
import dcplanner.climate.SiteCatalogue;
import dcplanner.scenario.EvaluationService;

/** One evaluation service shared by the study tests (sites load once). */
final class StudyFixtures {

    static final EvaluationService SERVICE = EvaluationService.standard(new ClimateLibrary(SiteCatalogue.bundled()));

    private StudyFixtures() {
    }

    static StudyRunner runner(int threads) {
        return new StudyRunner(SERVICE, threads);
    }
}
