package lab.grader.katas.sqlinjection;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;
import lab.grader.katas.sqlinjection.SupportData.SeededCustomer;
import lab.grader.katas.sqlinjection.SupportData.SeededOrder;
import lab.grader.kit.Canaries;
import lab.grader.kit.InputMarker;

/**
 * Seed customers with random names and a few that only work when input is bound and LIKE's characters are escaped
 * (an apostrophe, a percent sign, an underscore, a backslash, each with a decoy a wildcard would match), orders, and
 * the secrets an attack would be after: staff API keys and internal notes, random for the run.
 */
final class SupportSeeder {

    static final List<String> TRICKY_NAMES = List.of(
            "Aoife O'Brien",
            "Liam O'Brien",
            "100% Organic Foods",
            "1000 Oaks Bakery",
            "A_B Logistics",
            "AxB Logistics",
            "Back\\Slash Books",
            "BackSlash Books");
    private static final List<String> FIRST = List.of(
            "Noor", "Mateo", "Yuki", "Ines", "Tomas", "Priya", "Jonas", "Elena", "Kofi", "Sara", "Ravi", "Mina");
    private static final List<String> LAST =
            List.of("Johnson", "Larsson", "Hudson", "Watson", "Novak", "Costa", "Berg", "Silva", "Keller", "Moreau");
    private static final List<String> CITIES = List.of("Lyon", "Gent", "Porto", "Graz", "Turku", "Brno", "Cork");
    private static final List<String> ORDER_STATUSES = List.of("PAID", "SHIPPED", "REFUNDED");
    static final int GENERATED_CUSTOMERS = 52;
    static final int ORDERS = 30;
    static final int STAFF = 4;
    static final int NOTES = 4;

    private SupportSeeder() {}

    static SupportData seed(Connection connection, RandomGenerator random) throws SQLException {
        Set<String> names = new LinkedHashSet<>(TRICKY_NAMES);
        while (names.size() < TRICKY_NAMES.size() + GENERATED_CUSTOMERS) {
            names.add(FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size())));
        }
        Canaries keys = Canaries.random(random, "sk_live_", STAFF);
        Canaries notes = Canaries.random(random, "note-", NOTES);
        long base = 1_000 + random.nextInt(900_000);
        List<SeededCustomer> customers = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into customer (id, name, email, status, city, internal_note) values (?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            for (String name : names) {
                String status = TRICKY_NAMES.contains(name) ? "ACTIVE" : status(random);
                SeededCustomer customer = new SeededCustomer(
                        base + i * 7L, name, email(name, i), status, CITIES.get(random.nextInt(CITIES.size())));
                customers.add(customer);
                insert.setLong(1, customer.id());
                insert.setString(2, customer.name());
                insert.setString(3, customer.email());
                insert.setString(4, customer.status());
                insert.setString(5, customer.city());
                insert.setString(6, i < NOTES ? notes.values().get(i) : null);
                insert.addBatch();
                i++;
            }
            insert.executeBatch();
        }
        List<SeededOrder> orders = new ArrayList<>();
        long orderBase = 50_000 + random.nextInt(900_000);
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into customer_order (id, customer_id, total, status) values (?, ?, ?, ?)")) {
            for (int i = 0; i < ORDERS; i++) {
                SeededOrder order = new SeededOrder(
                        orderBase + i * 3L,
                        customers.get(random.nextInt(customers.size())).id(),
                        BigDecimal.valueOf(100 + random.nextInt(100_000), 2),
                        ORDER_STATUSES.get(random.nextInt(ORDER_STATUSES.size())));
                orders.add(order);
                insert.setLong(1, order.id());
                insert.setLong(2, order.customerId());
                insert.setBigDecimal(3, order.total());
                insert.setString(4, order.status());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert =
                connection.prepareStatement("insert into staff_account (id, username, api_key) values (?, ?, ?)")) {
            for (int i = 0; i < STAFF; i++) {
                insert.setLong(1, i + 1);
                insert.setString(2, "agent." + FIRST.get(i).toLowerCase(Locale.ROOT));
                insert.setString(3, keys.values().get(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        List<String> secrets = new ArrayList<>(keys.values());
        secrets.addAll(notes.values());
        return new SupportData(
                List.copyOf(customers), List.copyOf(orders), Canaries.of(secrets), InputMarker.random(random));
    }

    private static String status(RandomGenerator random) {
        int roll = random.nextInt(20);
        return roll < 12 ? "ACTIVE" : roll < 17 ? "SUSPENDED" : "CLOSED";
    }

    private static String email(String name, int i) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".") + "." + i + "@example.com";
    }
}
