package lab.grader.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lab.grader.kit.ExplainedCall.ExplainedQuery;
import lab.grader.probes.CapturedStatement;
import org.junit.jupiter.api.Test;

class ExplainedCallTests {

    private static ExplainedQuery query(String sql, long executions, long buffers) {
        return new ExplainedQuery(
                new CapturedStatement(sql, executions, List.of(), true),
                executions,
                PlanDescriptionsTests.plan(
                        "[{\"Plan\": {\"Node Type\": \"Result\", \"Shared Hit Blocks\": " + buffers + "}}]"));
    }

    @Test
    void only_reading_statements_are_explained() {
        assertThat(ExplainedCall.isQuery("  select 1")).as("select").isTrue();
        assertThat(ExplainedCall.isQuery("WITH x as (select 1) select * from x"))
                .as("with")
                .isTrue();
        assertThat(ExplainedCall.isQuery("(select 1) union (select 2)"))
                .as("parenthesised")
                .isTrue();
        assertThat(ExplainedCall.isQuery("insert into t values (1)"))
                .as("insert")
                .isFalse();
        assertThat(ExplainedCall.isQuery("set local enable_seqscan = off"))
                .as("set")
                .isFalse();
    }

    @Test
    void buffers_add_up_per_distinct_query_or_per_execution() {
        ExplainedCall call = new ExplainedCall("GET /x", List.of(query("select a", 3, 10), query("select b", 1, 25)));

        assertThat(call.sharedBuffers()).as("one execution of each query").isEqualTo(35);
        assertThat(call.sharedBuffersInAll()).as("every execution").isEqualTo(55);
        assertThat(call.costliest().orElseThrow().sql())
                .as("costliest over all executions")
                .isEqualTo("select a");
    }

    @Test
    void a_call_without_queries_has_no_costliest_one() {
        assertThat(new ExplainedCall("GET /x", List.of()).costliest())
                .as("costliest")
                .isEmpty();
    }

    @Test
    void a_query_the_grader_cannot_bind_again_is_the_learners_to_fix() {
        String message = ExplainedCall.unexplainable("GET /x", "select * from t where id = any(?)", "bind plainly")
                .feedback()
                .toString();

        assertThat(message)
                .as("feedback")
                .startsWith("GET /x should run queries the grader can explain")
                .contains("`select * from t where id = any(?)` ran with a parameter the grader cannot bind again")
                .contains("Next:         bind plainly");
    }
}
