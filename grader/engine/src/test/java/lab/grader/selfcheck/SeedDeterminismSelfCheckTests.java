package lab.grader.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lab.grader.Lab;
import lab.grader.katas.Gradings;
import lab.grader.model.KataGrading;
import lab.grader.model.SeedContext;
import lab.grader.runner.KataCatalog;
import lab.grader.runner.KataSource;
import lab.grader.services.PostgresAdmin;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Prove that seeding is a pure function of the seed: each kata's seeding, run into fresh databases migrated with the
 * reference's migrations, gives the same tables twice for one seed, other tables for another seed, and for the
 * pinned seed exactly the tables recorded in {@code seed-digests.properties}, so that every service mode (and every
 * server version) the self-check runs in is held to the same rows.
 */
@Tag("selfcheck")
@ExtendWith(SelfCheckLab.class)
class SeedDeterminismSelfCheckTests {

    static final long PINNED_SEED = 4242;
    private static final String DIGESTS = "seed-digests.properties";

    @TestFactory
    Stream<DynamicTest> seeding_is_a_pure_function_of_the_seed(Lab lab) throws IOException {
        Properties pinned = new Properties();
        try (InputStream in = SeedDeterminismSelfCheckTests.class.getResourceAsStream(DIGESTS)) {
            pinned.load(in);
        }
        return KataCatalog.find(
                        lab.settings().root(), "solutions", lab.settings().kataFilter())
                .stream()
                .map(source -> dynamicTest(source.id(), () -> sameSeedSameTables(lab, source, pinned)));
    }

    private static void sameSeedSameTables(Lab lab, KataSource source, Properties pinned) throws Exception {
        KataGrading<?> grading = Gradings.forKata(source.id());
        Map<String, String> first = seededTables(lab, source, grading, PINNED_SEED, "a");
        Map<String, String> again = seededTables(lab, source, grading, PINNED_SEED, "b");
        Map<String, String> other = seededTables(lab, source, grading, PINNED_SEED + 1, "c");

        assertThat(again)
                .as("tables of %s seeded twice with seed %d", source.id(), PINNED_SEED)
                .isEqualTo(first);
        for (Map.Entry<String, String> table : first.entrySet()) {
            if (!table.getValue().startsWith("0 rows")) {
                assertThat(other.get(table.getKey()))
                        .as(
                                "table %s of %s with seed %d and with seed %d",
                                table.getKey(), source.id(), PINNED_SEED, PINNED_SEED + 1)
                        .isNotEqualTo(table.getValue());
            }
        }
        Map<String, String> expected = new LinkedHashMap<>();
        first.keySet().forEach(table -> expected.put(table, pinned.getProperty(source.id() + "." + table)));
        assertThat(first)
                .as(
                        "tables of %s for seed %d against %s (if the seeding changed on purpose, say so and paste:%n%s)",
                        source.id(), PINNED_SEED, DIGESTS, asProperties(source, first))
                .isEqualTo(expected);
    }

    /** Seed a fresh database migrated with the reference's migrations, and describe each of its tables. */
    private static Map<String, String> seededTables(
            Lab lab, KataSource source, KataGrading<?> grading, long seed, String suffix) throws Exception {
        PostgresAdmin admin = new PostgresAdmin(lab.services().postgres());
        String database = "lab_selfcheck_seed_" + source.slug().replace('-', '_') + "_" + suffix;
        admin.createDatabase(database);
        try (Connection connection = admin.connect(database)) {
            try (Statement statement = connection.createStatement()) {
                for (Path migration : migrations(source)) {
                    statement.execute(Files.readString(migration));
                }
            }
            grading.seed(new SeedContext(connection, new SplittableRandom(seed), seed));
            return digests(connection);
        } finally {
            admin.dropDatabase(database);
        }
    }

    /** The reference's SQL migrations in Flyway's order: by version number; none for a kata without a database. */
    private static List<Path> migrations(KataSource source) throws IOException {
        Path folder = source.resourceDir().resolve("db/migration");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(file ->
                            Integer.parseInt(file.getFileName().toString().replaceFirst("^V(\\d+)__.*$", "$1"))))
                    .toList();
        }
    }

    /**
     * Each table's row count and an md5 of its rows, written in UTC and sorted byte by byte (a collation would sort
     * differently on another server). Columns the seeding leaves to a
     * clock default ({@code default now()}) are left out: they tell when it ran, not what it seeded.
     */
    private static Map<String, String> digests(Connection connection) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            statement.execute("set timezone = 'UTC'");
            statement.execute("set datestyle = 'ISO, YMD'");
            try (ResultSet rows = statement.executeQuery("""
                    select c.table_name, quote_ident(c.column_name)
                    from information_schema.columns c
                    join information_schema.tables t using (table_schema, table_name)
                    where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
                      and coalesce(c.column_default, '') not ilike '%now()%'
                      and coalesce(c.column_default, '') not ilike '%current_timestamp%'
                    order by c.table_name, c.ordinal_position
                    """)) {
                while (rows.next()) {
                    columns.computeIfAbsent(rows.getString(1), table -> new ArrayList<>())
                            .add(rows.getString(2));
                }
            }
            Map<String, String> digests = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> table : columns.entrySet()) {
                String row = "row(" + String.join(", ", table.getValue()) + ")::text";
                try (ResultSet digest = statement.executeQuery("select count(*), md5(coalesce(string_agg(" + row
                        + ", E'\\n' order by " + row + " collate \"C\"), '')) from " + table.getKey())) {
                    digest.next();
                    digests.put(table.getKey(), digest.getLong(1) + " rows " + digest.getString(2));
                }
            }
            return digests;
        }
    }

    private static String asProperties(KataSource source, Map<String, String> tables) {
        return tables.entrySet().stream()
                .map(table -> source.id() + "." + table.getKey() + "=" + table.getValue())
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
