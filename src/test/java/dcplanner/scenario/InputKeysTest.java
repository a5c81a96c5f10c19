package dcplanner.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dcplanner.climate.SiteCatalogue;

/** Every catalogue input has exactly one typed key in a domain declaration, of the parameter's kind. */
class InputKeysTest {

    private static final List<Class<?>> DOMAINS = List.of(SiteInputs.class, ElectricalInputs.class,
            CoolingInputs.class, WaterInputs.class, CarbonInputs.class, EconomicInputs.class);

    private static List<Input<?>> keys() throws IllegalAccessException {
        List<Input<?>> keys = new ArrayList<>();
        for (Class<?> domain : DOMAINS) {
            for (Field field : domain.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == Input.class) {
                    keys.add((Input<?>) field.get(null));
                }
            }
        }
        return keys;
    }

    @Test
    void theKeysAreTheCatalogueInputsOnceEach() throws IllegalAccessException {
        ParameterCatalogue catalogue = ParameterCatalogue.standard(SiteCatalogue.bundled());
        List<String> keyNames = keys().stream().map(Input::name).toList();
        assertThat(keyNames).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(catalogue.all().stream().map(Parameter::name).toList());
        for (Input<?> key : keys()) {
            assertThat(catalogue.find(key.name()).orElseThrow().kind()).as(key.name()).isEqualTo(key.kind());
        }
    }

    @Test
    void aKeysConstantIsNamedAfterItsInput() throws IllegalAccessException {
        for (Class<?> domain : DOMAINS) {
            for (Field field : domain.getDeclaredFields()) {
                if (field.getType() == Input.class) {
                    assertThat(field.getName()).isEqualTo(((Input<?>) field.get(null)).name().toUpperCase());
                }
            }
        }
    }
}
