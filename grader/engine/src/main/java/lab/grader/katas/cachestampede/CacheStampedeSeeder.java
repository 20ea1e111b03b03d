package lab.grader.katas.cachestampede;

import lab.grader.model.SeedContext;

/** Choose the run's categories from its seed; the data itself lives in the stand-in pricing service. */
final class CacheStampedeSeeder {

    private CacheStampedeSeeder() {}

    static StampedeData seed(SeedContext context) {
        long firstId = 1_000 + Math.floorMod(context.seed(), 90_000);
        return new StampedeData(context.seed(), firstId, unknownId(context.seed()));
    }

    static long unknownId(long seed) {
        return 900_000_000L + Math.floorMod(seed, 1_000);
    }
}
