package lab.grader.katas.conditionalrequests;

import java.util.List;
import java.util.Set;
import lab.grader.model.Check;
import lab.grader.model.KataDefinition;
import lab.grader.model.KataGrading;
import lab.grader.model.SeedContext;

/**
 * Grade 08-conditional-requests: two instances share PostgreSQL. A poll with a current ETag must be a 304 that
 * never runs the list query; every change through the other instance must make old ETags stale; updates must carry
 * If-Match, and a stale one must be refused.
 */
public final class ConditionalRequestsGrading implements KataGrading<CatalogData> {

    @Override
    public KataDefinition definition() {
        return new KataDefinition(
                "08-conditional-requests",
                "caching",
                "Conditional requests",
                "lab.conditionalrequests.ConditionalRequestsApplication",
                2,
                KataDefinition.DEFAULT_JVM_OPTIONS,
                Set.of(
                        "revalidation-is-cheap",
                        "changes-invalidate",
                        "bytes-per-session",
                        "no-lost-update",
                        "conditional-semantics"));
    }

    @Override
    public CatalogData seed(SeedContext context) throws Exception {
        return CatalogSeeder.seed(context.connection(), context.random());
    }

    @Override
    public List<Check<CatalogData>> checks() {
        return List.of(
                new Check<>(
                        "content", 1, "Lists and products match the database; bad input gets a 4xx", 2, new Content()),
                new Check<>(
                        "revalidation-is-cheap",
                        2,
                        "A poll with a current ETag is a 304 that skips the list query",
                        3,
                        new RevalidationIsCheap()),
                new Check<>(
                        "changes-invalidate",
                        3,
                        "Every change through the other instance makes old ETags stale",
                        3,
                        new ChangesInvalidate()),
                new Check<>(
                        "bytes-per-session",
                        4,
                        "60 polls with 3 changes download the list at most 4 times",
                        1,
                        new BytesPerSession()),
                new Check<>(
                        "no-lost-update",
                        5,
                        "A stale If-Match is refused; none at all gets a 428",
                        3,
                        new NoLostUpdate()),
                new Check<>(
                        "conditional-semantics",
                        6,
                        "If-None-Match and If-Match follow RFC 9110",
                        2,
                        new ConditionalSemantics()));
    }

    @Override
    public List<String> explorationHints(CatalogData data, List<String> baseUrls) {
        long category = data.categories().getFirst();
        String list = baseUrls.getFirst() + CatalogAnswers.listPath(category);
        return List.of(
                "curl -si " + list + " | head -5",
                "curl -si -H 'If-None-Match: <the ETag it printed>' " + list + " | head -5");
    }
}
