package io.sdc.performance.scorecard;

import io.sdc.performance.scorecard.service.BuiltAtGeneration;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A value is answered again only at the generation it was built at; the later of two builds is kept. */
class BuiltAtGenerationTest {

    private final AtomicInteger builds = new AtomicInteger();

    private final BuiltAtGeneration<String, String> built = new BuiltAtGeneration<>(10);

    /** The key's value at the generation: what was kept, or else a build saying which build of the test it was. */
    private String read(String key, long generation) {
        return built.get(key, generation, () -> key + " at " + generation + ", build " + builds.incrementAndGet());
    }

    @Test
    void answersWhatWasBuiltWhileTheGenerationStaysAndBuildsAgainWhenItMoves() {
        assertThat(read("2015-Q3", 4)).isEqualTo("2015-Q3 at 4, build 1");
        assertThat(read("2015-Q3", 4)).isEqualTo("2015-Q3 at 4, build 1");
        assertThat(read("2015-Q3", 5)).isEqualTo("2015-Q3 at 5, build 2");
        assertThat(read("2015-Q3", 5)).isEqualTo("2015-Q3 at 5, build 2");
        assertThat(read("2015-Q2", 5)).isEqualTo("2015-Q2 at 5, build 3");
    }

    @Test
    void keepsTheLaterOfTwoBuildsWhicheverFinishesLast() {
        // A reader that read generation 7 finishes after one that read 8: the build at 8 stays.
        assertThat(read("2015-Q3", 8)).isEqualTo("2015-Q3 at 8, build 1");
        assertThat(read("2015-Q3", 7)).isEqualTo("2015-Q3 at 7, build 2");
        assertThat(read("2015-Q3", 8)).isEqualTo("2015-Q3 at 8, build 1");
    }

    @Test
    void keepsNothingOfABuildThatFails() {
        assertThatThrownBy(() -> built.get("2015-Q3", 1, () -> {
            throw new IllegalArgumentException("no basket in force");
        })).hasMessage("no basket in force");
        assertThat(read("2015-Q3", 1)).isEqualTo("2015-Q3 at 1, build 1");
    }

    @Test
    void keepsNoMoreThanItsSize() {
        BuiltAtGeneration<Integer, String> small = new BuiltAtGeneration<>(3);
        for (int key = 0; key < 50; key++) {
            small.get(key, 1, () -> "built");
        }
        small.cache().cleanUp();
        assertThat(small.cache().estimatedSize()).isLessThanOrEqualTo(3);
    }
}
