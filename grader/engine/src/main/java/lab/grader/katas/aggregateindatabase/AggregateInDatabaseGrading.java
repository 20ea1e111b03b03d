package lab.grader.katas.aggregateindatabase;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import lab.grader.model.Check;
import lab.grader.model.KataDefinition;
import lab.grader.model.KataGrading;
import lab.grader.model.SeedContext;

/**
 * Grade 05-aggregate-in-database: the revenue report must be exact (decimal money, months cut in the requested
 * zone, empty months present), and the service must receive about one row per month and category from PostgreSQL,
 * not one per order line, in a few statements, however many orders there are.
 */
public final class AggregateInDatabaseGrading implements KataGrading<SalesData> {

    /**
     * The JVM's default zone is also the zone of the kata's database sessions (the driver sends it). Fixed to UTC,
     * so a submission that leans on the session's zone gets the same grade on every machine.
     */
    static final List<String> JVM_OPTIONS = Stream.concat(
                    KataDefinition.DEFAULT_JVM_OPTIONS.stream(), Stream.of("-Duser.timezone=UTC"))
            .toList();

    @Override
    public KataDefinition definition() {
        return new KataDefinition(
                "05-aggregate-in-database",
                "query optimization",
                "Aggregate in the database",
                "lab.aggregateindatabase.AggregateInDatabaseApplication",
                1,
                JVM_OPTIONS,
                Set.of("rows-about-groups", "scale-invariant"));
    }

    @Override
    public SalesData seed(SeedContext context) throws Exception {
        return SalesSeeder.seed(context.connection(), context.random());
    }

    @Override
    public List<Check<SalesData>> checks() {
        return List.of(
                new Check<>(
                        "report-content",
                        1,
                        "Exact totals, months in the requested zone, empty months listed",
                        3,
                        new ReportContent()),
                new Check<>(
                        "rows-about-groups",
                        2,
                        "The service reads one row per month and category, not per order",
                        3,
                        new RowsAboutGroups()),
                new Check<>(
                        "statements-bounded",
                        3,
                        "A report costs a few statements, whatever its number of months",
                        1,
                        new StatementsBounded()),
                new Check<>("bad-input", 4, "Invalid periods and zones get a 400 problem detail", 1, new BadInput()),
                new Check<>("scale-invariant", 5, "Ten times the orders, the same rows read", 2, new ScaleInvariant()));
    }

    @Override
    public List<String> explorationHints(SalesData data, List<String> baseUrls) {
        String base = baseUrls.getFirst() + "/reports/revenue";
        return List.of(
                "curl -s '" + base + "?from=2025-01&to=2025-12&zone=Europe/Berlin'",
                "curl -s '" + base + "?from=" + data.emptyMonth().minusMonths(1) + "&to="
                        + data.emptyMonth().plusMonths(1) + "&zone=America/New_York'   (" + data.emptyMonth()
                        + " has no orders)",
                "orders run from " + data.firstMonth() + " to " + data.lastMonth() + "; " + data.silentCategory()
                        + " never sells, " + data.seasonalCategory() + " only from October to December (UTC), but for"
                        + " one wholesale line worth trillions in " + data.wholesaleMonth());
    }
}
