package lab.grader.katas.missingindex;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import lab.grader.katas.missingindex.MissingIndexData.BoundaryOrder;

/**
 * Seed 50,000 customers and 300,000 orders in SQL (generate_series), so that a scan costs thousands of buffers and
 * seeding still takes seconds. PostgreSQL's random() is seeded from the run's seed, so {@code -Dlab.seed} replays
 * the same rows. E-mails are stored in mixed case; orders fall on a quarter-hour grid, so a busy customer has orders
 * placed at the same instant; three key accounts hold 4% of all orders between them; one customer gets orders on
 * the very edges of a date range.
 */
final class MissingIndexSeeder {

    static final int CUSTOMERS = 50_000;
    static final int ORDERS = 300_000;
    private static final int KEY_ACCOUNTS = 3;
    private static final double KEY_ACCOUNT_SHARE = 0.04;

    private static final String CUSTOMERS_SQL = """
            with c as materialized (
                select g,
                       (array['Anna', 'Ben', 'Clara', 'David', 'Elif', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas',
                              'Katja', 'Luca', 'Mara', 'Nils', 'Olga', 'Paul', 'Rosa', 'Sven', 'Tara', 'Umut'])
                           [1 + floor(random() * 20)::int] as first_name,
                       (array['Schmidt', 'Meyer', 'Novak', 'Rossi', 'Garcia', 'Jensen', 'Kowalski', 'Dubois',
                              'Silva', 'Yilmaz', 'Berg', 'Costa', 'Weber', 'Moreau', 'Fischer', 'Horvat'])
                           [1 + floor(random() * 16)::int] as last_name,
                       (array['example.com', 'mail.example', 'post.example.org', 'inbox.example.net'])
                           [1 + floor(random() * 4)::int] as domain,
                       random() as style,
                       random() as phone,
                       random() as age
                from generate_series(0, ? - 1) g
            ), a as (
                select *, lower(first_name) || '.' || lower(last_name) || g as local from c
            )
            insert into customer (id, name, email, phone, created_at)
            select ? + g,
                   first_name || ' ' || last_name,
                   -- As people type them: the lower-case form is unique, the stored case is anything.
                   case when style < 0.35 then local || '@' || domain
                        when style < 0.65 then initcap(local) || '@' || domain
                        when style < 0.80 then upper(local || '@' || domain)
                        else initcap(local || '@' || domain) end,
                   '+49 30 ' || lpad(floor(phone * 100000000)::bigint::text, 8, '0'),
                   timestamptz '2024-06-01 00:00:00+00' - floor(age * 1500) * interval '1 day'
            from a
            """;

    private static final String ORDERS_SQL = """
            with o as materialized (
                select g, random() as pick, random() as which, random() as slot, random() as state,
                       random() as amount, random() as house, random() as street, random() as city
                from generate_series(0, ? - 1) g
            )
            insert into purchase_order (id, customer_id, placed_at, status, total, shipping_address)
            select ? + g,
                   case when pick < ? then (?::bigint[])[1 + floor(which * ?)::int]
                        else ? + floor(which * ?)::bigint end,
                   -- A quarter-hour grid over two years: a busy customer gets orders at the same instant.
                   timestamptz '2026-06-01 00:00:00+00' - (1 + floor(slot * 730 * 96)) * interval '15 minutes',
                   (array['PLACED', 'PAID', 'SHIPPED', 'DELIVERED', 'RETURNED', 'CANCELLED'])
                       [1 + floor(state * 6)::int],
                   round((4.99 + amount * 495)::numeric, 2),
                   (1 + floor(house * 200))::int || ' '
                       || (array['Market Street', 'Station Road', 'Lindenallee', 'Rue du Port', 'Via Roma',
                                 'Harbour Lane', 'Mill Road', 'Kirchweg'])[1 + floor(street * 8)::int] || ', '
                       || (array['Berlin', 'Lyon', 'Porto', 'Krakow', 'Bologna', 'Aarhus', 'Graz', 'Leeds'])
                           [1 + floor(city * 8)::int]
            from o
            """;

    private MissingIndexSeeder() {}

    static MissingIndexData seed(Connection connection, RandomGenerator random, long seed) throws SQLException {
        long firstCustomerId = 10_000 + random.nextInt(900_000);
        long firstOrderId = 1_000_000 + random.nextInt(9_000_000);
        List<Integer> keyAccountOffsets = new ArrayList<>();
        while (keyAccountOffsets.size() < KEY_ACCOUNTS) {
            int offset = random.nextInt(CUSTOMERS);
            if (!keyAccountOffsets.contains(offset)) {
                keyAccountOffsets.add(offset);
            }
        }
        List<Long> keyAccounts = keyAccountOffsets.stream()
                .map(offset -> firstCustomerId + offset)
                .toList();
        int boundaryOffset;
        do {
            boundaryOffset = random.nextInt(CUSTOMERS);
        } while (keyAccountOffsets.contains(boundaryOffset));
        long boundaryCustomer = firstCustomerId + boundaryOffset;
        LocalDate from = MissingIndexData.END.minusDays(40 + random.nextInt(600));
        LocalDate to = from.plusDays(3 + random.nextInt(25));

        try (Statement statement = connection.createStatement()) {
            // random() in this session now replays for the same run seed; setseed wants a value in [-1, 1].
            statement.execute("select setseed(" + (Math.floorMod(seed, 2_000_001L) / 1_000_000.0 - 1.0) + ")");
        }
        try (PreparedStatement customers = connection.prepareStatement(CUSTOMERS_SQL)) {
            customers.setInt(1, CUSTOMERS);
            customers.setLong(2, firstCustomerId);
            customers.executeUpdate();
        }
        try (PreparedStatement orders = connection.prepareStatement(ORDERS_SQL)) {
            orders.setInt(1, ORDERS);
            orders.setLong(2, firstOrderId);
            orders.setDouble(3, KEY_ACCOUNT_SHARE);
            orders.setArray(4, connection.createArrayOf("bigint", keyAccounts.toArray()));
            orders.setInt(5, KEY_ACCOUNTS);
            orders.setLong(6, firstCustomerId);
            orders.setInt(7, CUSTOMERS);
            orders.executeUpdate();
        }
        List<BoundaryOrder> boundaryOrders = boundaryOrders(firstOrderId + ORDERS, from, to);
        insert(connection, boundaryCustomer, boundaryOrders);
        try (Statement statement = connection.createStatement()) {
            // Fresh statistics for the planner and a fresh visibility map, as after a night of autovacuum.
            statement.execute("vacuum analyze");
        }
        return new MissingIndexData(
                firstCustomerId,
                CUSTOMERS,
                keyAccounts,
                boundaryCustomer,
                from,
                to,
                boundaryOrders,
                firstCustomerId + CUSTOMERS + 7 + random.nextInt(1_000),
                email(connection, keyAccounts.getFirst()));
    }

    private static String email(Connection connection, long customerId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select email from customer where id = ?")) {
            select.setLong(1, customerId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static List<BoundaryOrder> boundaryOrders(long firstId, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.atStartOfDay(ZoneOffset.UTC).toInstant();
        Duration microsecond = Duration.ofNanos(1_000);
        Instant tie = start.plus(Duration.ofHours(37)).plus(Duration.ofMinutes(45));
        String tieWhy = "one of three orders placed at the same instant, " + tie + ": ties go higher id first";
        return List.of(
                new BoundaryOrder(firstId, start, true, "placed exactly at from, " + start + ": from is inclusive"),
                new BoundaryOrder(
                        firstId + 1,
                        start.minus(microsecond),
                        false,
                        "placed 1 microsecond before from, " + start.minus(microsecond)),
                new BoundaryOrder(firstId + 2, end, false, "placed exactly at to, " + end + ": to is exclusive"),
                new BoundaryOrder(
                        firstId + 3,
                        end.minus(microsecond),
                        true,
                        "placed 1 microsecond before to, " + end.minus(microsecond) + ": the last day counts whole"),
                // Inserted out of id order, so that neither insertion order nor chance gives the tie-break.
                new BoundaryOrder(firstId + 6, tie, true, tieWhy),
                new BoundaryOrder(firstId + 4, tie, true, tieWhy),
                new BoundaryOrder(firstId + 5, tie, true, tieWhy));
    }

    private static void insert(Connection connection, long customerId, List<BoundaryOrder> orders) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into purchase_order"
                + " (id, customer_id, placed_at, status, total, shipping_address) values (?, ?, ?, ?, ?, ?)")) {
            for (BoundaryOrder order : orders) {
                insert.setLong(1, order.id());
                insert.setLong(2, customerId);
                insert.setObject(3, OffsetDateTime.ofInstant(order.placedAt(), ZoneOffset.UTC));
                insert.setString(4, "PAID");
                insert.setBigDecimal(5, new BigDecimal("49.90"));
                insert.setString(6, "7 Harbour Lane, Leeds");
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
