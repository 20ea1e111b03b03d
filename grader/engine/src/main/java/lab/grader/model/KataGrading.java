package lab.grader.model;

import java.util.List;

/**
 * Grade one kata: seed its database with random data, then run its checks against the running service. One class
 * per kata implements this as a table of contents: the definition, the checks (each in a file of its own, named
 * after its id), the fixtures and the exploration hints.
 *
 * @param <D> what the seeding produced, which the checks compare the service's answers with
 */
public interface KataGrading<D> {

    KataDefinition definition();

    /** Fill the kata's freshly migrated database; called once the kata has started and run its migrations. */
    D seed(SeedContext context) throws Exception;

    /** Return the checks in the order they run: later checks may rely on the state earlier ones left. */
    List<Check<D>> checks();

    /** Return what the kata needs besides PostgreSQL and Redis; the engine starts them before the kata. */
    default List<KataFixture.Factory> fixtures() {
        return List.of();
    }

    /** Suggest requests to try by hand in explore mode, e.g. a curl command on a seeded id. */
    default List<String> explorationHints(D data, List<String> baseUrls) {
        return List.of();
    }
}
