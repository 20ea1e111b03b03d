package lab.grader.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InputMarkerTests {

    @Test
    void a_marker_is_letters_only_and_follows_the_seed() {
        String marker = InputMarker.random(new SplittableRandom(4242));

        assertThat(marker).matches("qx[a-z]{8}");
        assertThat(InputMarker.random(new SplittableRandom(4242))).isEqualTo(marker);
        assertThat(InputMarker.random(new SplittableRandom(4243))).isNotEqualTo(marker);
    }
}
