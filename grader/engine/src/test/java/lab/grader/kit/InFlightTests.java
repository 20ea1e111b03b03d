package lab.grader.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class InFlightTests {

    @Test
    void the_answer_is_collected_once_it_has_come() throws Exception {
        InFlight<String> request = InFlight.send("test", () -> "answer");
        assertThat(request.await(Duration.ofSeconds(5)))
                .as("answer of a quick action")
                .contains("answer");
        assertThat(request.answered()).as("answered after the answer came").isTrue();
    }

    @Test
    void an_action_still_running_after_the_timeout_gives_no_answer() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        InFlight<String> request = InFlight.send("test", () -> {
            release.await();
            return "late";
        });
        assertThat(request.await(Duration.ofMillis(50)))
                .as("answer of a blocked action")
                .isEmpty();
        assertThat(request.answered()).as("answered while blocked").isFalse();
        release.countDown();
        assertThat(request.await(Duration.ofSeconds(5)))
                .as("answer once released")
                .contains("late");
    }

    @Test
    void the_actions_own_exception_is_rethrown_unwrapped() {
        InFlight<String> request = InFlight.send("test", () -> {
            throw new IOException("connection refused");
        });
        assertThatThrownBy(() -> request.await(Duration.ofSeconds(5)))
                .as("what awaiting a failed action throws")
                .isInstanceOf(IOException.class)
                .hasMessage("connection refused");
    }
}
