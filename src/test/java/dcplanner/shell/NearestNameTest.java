package dcplanner.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NearestNameTest {

    @Test
    void editDistanceMatchesTheTextbookExamples() {
        // Levenshtein (1966) distance; the standard worked examples: kitten -> sitting is 3 edits
        // (two substitutions, one insertion), flaw -> lawn is 2, and a word is 0 from itself
        assertThat(NearestName.editDistance("kitten", "sitting")).isEqualTo(3);
        assertThat(NearestName.editDistance("flaw", "lawn")).isEqualTo(2);
        assertThat(NearestName.editDistance("", "abc")).isEqualTo(3);
        assertThat(NearestName.editDistance("cooling", "cooling")).isZero();
    }

    @Test
    void suggestsOnlyANameThatIsClose() {
        List<String> options = List.of("site", "cooling", "supply-air-c", "it-capacity-kw");
        assertThat(NearestName.of("coolng", options)).contains("cooling");
        assertThat(NearestName.of("supply-air", options)).contains("supply-air-c");
        assertThat(NearestName.of("capacity", options)).isEmpty();
        assertThat(NearestName.of("x", List.of())).isEmpty();
    }
}
