package lab.grader.katas;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lab.grader.katas.aggregateindatabase.AggregateInDatabaseGrading;
import lab.grader.katas.apiratelimiting.ApiRateLimitingGrading;
import lab.grader.katas.batchwrites.BatchWritesGrading;
import lab.grader.katas.boundedfanout.BoundedFanOutGrading;
import lab.grader.katas.cacheaside.CacheAsideGrading;
import lab.grader.katas.cachestampede.CacheStampedeGrading;
import lab.grader.katas.conditionalrequests.ConditionalRequestsGrading;
import lab.grader.katas.connectionheldduringremotecall.ConnectionHeldDuringRemoteCallGrading;
import lab.grader.katas.keysetpagination.KeysetPaginationGrading;
import lab.grader.katas.missingindex.MissingIndexGrading;
import lab.grader.katas.nplusone.NPlusOneGrading;
import lab.grader.katas.objectlevelauthorization.ObjectLevelAuthorizationGrading;
import lab.grader.katas.sqlinjection.SqlInjectionGrading;
import lab.grader.katas.timeoutsretriescircuitbreaker.TimeoutsRetriesCircuitBreakerGrading;
import lab.grader.katas.virtualthreads.VirtualThreadsGrading;
import lab.grader.katas.writebehindcounters.WriteBehindCountersGrading;
import lab.grader.model.KataGrading;

/** List every kata the grader knows, by folder name. */
public final class Gradings {

    private static final List<KataGrading<?>> ALL = List.of(
            new NPlusOneGrading(),
            new MissingIndexGrading(),
            new KeysetPaginationGrading(),
            new BatchWritesGrading(),
            new AggregateInDatabaseGrading(),
            new CacheAsideGrading(),
            new CacheStampedeGrading(),
            new ConditionalRequestsGrading(),
            new WriteBehindCountersGrading(),
            new VirtualThreadsGrading(),
            new BoundedFanOutGrading(),
            new ConnectionHeldDuringRemoteCallGrading(),
            new TimeoutsRetriesCircuitBreakerGrading(),
            new SqlInjectionGrading(),
            new ObjectLevelAuthorizationGrading(),
            new ApiRateLimitingGrading());

    private static final Map<String, KataGrading<?>> BY_ID = ALL.stream()
            .collect(Collectors.toMap(grading -> grading.definition().id(), Function.identity()));

    private Gradings() {}

    public static List<KataGrading<?>> all() {
        return ALL;
    }

    public static KataGrading<?> forKata(String id) {
        KataGrading<?> grading = BY_ID.get(id);
        if (grading == null) {
            throw new IllegalArgumentException("The grader has no checks for a kata named " + id + "; known katas: "
                    + String.join(", ", BY_ID.keySet().stream().sorted().toList())
                    + ". A new kata needs a grading class in lab.grader.katas.<slug>, listed in Gradings.");
        }
        return grading;
    }
}
