package lab.grader.katas.missingindex;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import lab.grader.katas.missingindex.MissingIndexData.BoundaryOrder;
import lab.grader.kit.BulkLoad;
import lab.grader.kit.CopyRows;

/**
 * Seed 50,000 customers and 300,000 orders, so that a scan costs thousands of buffers, generated in Java from the
 * run's seed (the same rows whatever the server's version) and loaded through COPY. E-mails are stored in mixed case;
 * orders fall on a quarter-hour grid, so a busy customer has orders placed at the same instant; three key accounts
 * hold 4% of all orders between them; one customer gets orders on the very edges of a date range.
 */
final class MissingIndexSeeder {

    static final int CUSTOMERS = 50_000;
    static final int ORDERS = 300_000;
    private static final int KEY_ACCOUNTS = 3;
    private static final double KEY_ACCOUNT_SHARE = 0.04;

    private static final String[] FIRST_NAMES = {
        "Anna", "Ben", "Clara", "David", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Katja", "Luca", "Mara",
        "Nils", "Olga", "Paul", "Rosa", "Sven", "Tara", "Umut"
    };
    private static final String[] LAST_NAMES = {
        "Schmidt",
        "Meyer",
        "Novak",
        "Rossi",
        "Garcia",
        "Jensen",
        "Kowalski",
        "Dubois",
        "Silva",
        "Yilmaz",
        "Berg",
        "Costa",
        "Weber",
        "Moreau",
        "Fischer",
        "Horvat"
    };
    private static final String[] DOMAINS = {"example.com", "mail.example", "post.example.org", "inbox.example.net"};
    private static final String[] STATUSES = {"PLACED", "PAID", "SHIPPED", "DELIVERED", "RETURNED", "CANCELLED"};
    private static final String[] STREETS = {
        "Market Street",
        "Station Road",
        "Lindenallee",
        "Rue du Port",
        "Via Roma",
        "Harbour Lane",
        "Mill Road",
        "Kirchweg"
    };
    private static final String[] CITIES = {"Berlin", "Lyon", "Porto", "Krakow", "Bologna", "Aarhus", "Graz", "Leeds"};
    private static final Instant SIGN_UPS_BEFORE = Instant.parse("2024-06-01T00:00:00Z");
    private static final Instant ORDERS_BEFORE =
            MissingIndexData.END.atStartOfDay(ZoneOffset.UTC).toInstant();
    // A quarter-hour grid over two years.
    private static final int ORDER_SLOTS = 730 * 96;

    private MissingIndexSeeder() {}

    static MissingIndexData seed(Connection connection, RandomGenerator random) throws SQLException {
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

        List<BoundaryOrder> boundaryOrders = boundaryOrders(firstOrderId + ORDERS, from, to);
        BulkLoad.into(connection)
                .table(
                        "customer",
                        List.of("id", "name", "email", "phone", "created_at"),
                        rows -> customers(rows, random, firstCustomerId))
                .table(
                        "purchase_order",
                        List.of("id", "customer_id", "placed_at", "status", "total", "shipping_address"),
                        rows -> {
                            orders(rows, random, firstOrderId, firstCustomerId, keyAccounts);
                            boundary(rows, boundaryCustomer, boundaryOrders);
                        })
                .load();
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

    private static void customers(CopyRows rows, RandomGenerator random, long firstId) throws SQLException {
        for (int g = 0; g < CUSTOMERS; g++) {
            String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
            String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
            String domain = DOMAINS[random.nextInt(DOMAINS.length)];
            rows.add(
                    firstId + g,
                    first + " " + last,
                    email(first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT) + g, domain, random),
                    // Eight digits, leading zeros kept.
                    "+49 30 "
                            + Integer.toString(100_000_000 + random.nextInt(100_000_000))
                                    .substring(1),
                    SIGN_UPS_BEFORE.minus(random.nextInt(1_500), ChronoUnit.DAYS));
        }
    }

    /** As people type them: the lower-case form is unique (the local part ends in a number), the case is anything. */
    static String email(String local, String domain, RandomGenerator random) {
        double style = random.nextDouble();
        if (style < 0.35) {
            return local + "@" + domain;
        } else if (style < 0.65) {
            return capitalized(local) + "@" + domain;
        } else if (style < 0.80) {
            return (local + "@" + domain).toUpperCase(Locale.ROOT);
        }
        return capitalized(local + "@" + domain);
    }

    /** Each word's first letter in upper case, as PostgreSQL's initcap: "anna.berg7@mail.example" to "Anna.Berg7@Mail.Example". */
    static String capitalized(String text) {
        StringBuilder result = new StringBuilder(text.length());
        boolean wordStart = true;
        for (char c : text.toCharArray()) {
            result.append(wordStart ? Character.toUpperCase(c) : c);
            wordStart = !Character.isLetterOrDigit(c);
        }
        return result.toString();
    }

    private static void orders(
            CopyRows rows, RandomGenerator random, long firstId, long firstCustomerId, List<Long> keyAccounts)
            throws SQLException {
        for (int g = 0; g < ORDERS; g++) {
            long customer = random.nextDouble() < KEY_ACCOUNT_SHARE
                    ? keyAccounts.get(random.nextInt(keyAccounts.size()))
                    : firstCustomerId + random.nextInt(CUSTOMERS);
            rows.add(
                    firstId + g,
                    customer,
                    ORDERS_BEFORE.minus(15L * (1 + random.nextInt(ORDER_SLOTS)), ChronoUnit.MINUTES),
                    STATUSES[random.nextInt(STATUSES.length)],
                    BigDecimal.valueOf(499 + random.nextInt(49_501), 2),
                    (1 + random.nextInt(200)) + " " + STREETS[random.nextInt(STREETS.length)] + ", "
                            + CITIES[random.nextInt(CITIES.length)]);
        }
    }

    private static void boundary(CopyRows rows, long customerId, List<BoundaryOrder> orders) throws SQLException {
        for (BoundaryOrder order : orders) {
            rows.add(
                    order.id(), customerId, order.placedAt(), "PAID", new BigDecimal("49.90"), "7 Harbour Lane, Leeds");
        }
    }
}
