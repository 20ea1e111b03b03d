package lab.grader.katas.nplusone;

import java.util.List;
import java.util.Set;
import lab.grader.model.Check;
import lab.grader.model.KataDefinition;
import lab.grader.model.KataGrading;
import lab.grader.model.SeedContext;

/** Grade 01-n-plus-one: the order history must be right, and cost the same statements for 5 orders as for 50. */
public final class NPlusOneGrading implements KataGrading<NPlusOneData> {

    @Override
    public KataDefinition definition() {
        return new KataDefinition(
                "01-n-plus-one",
                "query optimization",
                "N+1 queries",
                "lab.nplusone.NPlusOneApplication",
                1,
                KataDefinition.DEFAULT_JVM_OPTIONS,
                Set.of("statements-constant"));
    }

    @Override
    public NPlusOneData seed(SeedContext context) throws Exception {
        return NPlusOneSeeder.seed(context.connection(), context.random());
    }

    @Override
    public List<Check<NPlusOneData>> checks() {
        return List.of(
                new Check<>("orders-content", 1, "The order history matches the database", 3, new OrdersContent()),
                new Check<>(
                        "statements-constant",
                        2,
                        "SQL statements do not grow with the number of orders",
                        4,
                        new StatementsConstant()),
                new Check<>(
                        "ordering-and-errors",
                        3,
                        "Newest first, limit respected, clear 4xx errors",
                        3,
                        new OrderingAndErrors()));
    }

    @Override
    public List<String> explorationHints(NPlusOneData data, List<String> baseUrls) {
        return List.of(
                "curl -s '" + baseUrls.getFirst()
                        + OrderHistoryRequests.path(data.busiest().id(), 5) + "'",
                "customer " + data.busiest().id() + " has "
                        + data.busiest().orders().size() + " orders; customer "
                        + data.withoutOrders().id() + " has none; " + data.unknownCustomerId() + " does not exist");
    }
}
