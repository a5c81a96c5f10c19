package dcplanner.economics;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dcplanner.energy.CoolingDesign;

/** The builders of the long same-type records refuse to build with a field left unset. */
class LifecycleInputsBuilderTest {

    @Test
    void aFieldLeftUnsetIsNamed() {
        assertThatThrownBy(() -> new LifecycleInputs.Builder().startYear(2027).discountRate(0.08).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("constructionYears")
                .hasMessageNotContaining("startYear").hasMessageNotContaining("discountRate");
        assertThatThrownBy(() -> new CoolingDesign.AirSide.Builder().supplyAirC(26).build())
                .hasMessageContaining("supplyAirMinC").hasMessageNotContaining("supplyAirC,");
    }
}
