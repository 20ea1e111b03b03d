package lab.grader.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SelfCheckScopeTests {

    @Test
    void full_unless_told_otherwise() {
        assertThat(SelfCheckScope.parse("")).isEqualTo(SelfCheckScope.FULL);
        assertThat(SelfCheckScope.parse(" Full ")).isEqualTo(SelfCheckScope.FULL);
        assertThat(SelfCheckScope.FULL.gradesSubmissions()).isTrue();
    }

    @Test
    void core_leaves_the_submissions_out() {
        assertThat(SelfCheckScope.parse("core")).isEqualTo(SelfCheckScope.CORE);
        assertThat(SelfCheckScope.CORE.gradesSubmissions()).isFalse();
    }

    @Test
    void a_misspelt_scope_says_what_is_allowed() {
        assertThatThrownBy(() -> SelfCheckScope.parse("cor"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-Dlab.selfcheck.scope=cor")
                .hasMessageContaining("full")
                .hasMessageContaining("core");
    }
}
