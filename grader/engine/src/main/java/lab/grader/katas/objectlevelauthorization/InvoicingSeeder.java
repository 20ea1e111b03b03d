package lab.grader.katas.objectlevelauthorization;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;
import lab.grader.katas.objectlevelauthorization.InvoicingData.SeededInvoice;
import lab.grader.katas.objectlevelauthorization.InvoicingData.Tenant;
import lab.grader.katas.objectlevelauthorization.InvoicingData.User;
import lab.grader.kit.Canaries;
import lab.grader.kit.InputMarker;

/**
 * Seed three companies and the back office, their users with random tokens, and invoices whose ids are consecutive
 * but shuffled across the companies, as a real sequence leaves them: an attacker who knows one id knows its
 * neighbours. About half the invoices carry an internal note (a canary).
 */
final class InvoicingSeeder {

    static final int A_INVOICES = 10;
    static final int B_INVOICES = 30;
    static final int C_INVOICES = 10;
    private static final List<String> CUSTOMERS =
            List.of("Lyon Bikes", "Gent Ceramics", "Porto Wines", "Graz Optics", "Turku Boats", "Brno Glass");
    private static final List<String> STATUSES = List.of("SUBMITTED", "APPROVED", "PAID");

    private InvoicingSeeder() {}

    static InvoicingData seed(Connection connection, RandomGenerator random) throws SQLException {
        long base = 100 + random.nextInt(9_000);
        long[] tenants = {base, base + 1, base + 2, base + 3};
        List<User> users = new ArrayList<>();
        Canaries tokens = Canaries.random(random, "tok_", 7);
        long userBase = 10_000 + random.nextInt(80_000);
        for (int i = 0; i < 7; i++) {
            long tenant = i == 6 ? tenants[3] : tenants[i / 2];
            users.add(new User(
                    userBase + i,
                    tenant,
                    i == 6 ? "ADMIN" : "MEMBER",
                    tokens.values().get(i),
                    BigDecimal.valueOf(1_000 + random.nextInt(9_000)).setScale(2)));
        }
        try (PreparedStatement tenant = connection.prepareStatement("insert into tenant (id, name) values (?, ?)");
                PreparedStatement user = connection.prepareStatement("insert into app_user (id, tenant_id, email,"
                        + " display_name, role, credit_limit, token) values (?, ?, ?, ?, ?, ?, ?)")) {
            String[] names = {"Company A", "Company B", "Company C", "Back office"};
            for (int i = 0; i < tenants.length; i++) {
                tenant.setLong(1, tenants[i]);
                tenant.setString(2, names[i]);
                tenant.addBatch();
            }
            tenant.executeBatch();
            for (User u : users) {
                user.setLong(1, u.id());
                user.setLong(2, u.tenantId());
                user.setString(3, "user" + u.id() + "@example.com");
                user.setString(4, "User " + u.id());
                user.setString(5, u.role());
                user.setBigDecimal(6, u.creditLimit());
                user.setString(7, u.token());
                user.addBatch();
            }
            user.executeBatch();
        }
        List<Long> owners = new ArrayList<>();
        for (int i = 0; i < A_INVOICES + B_INVOICES + C_INVOICES; i++) {
            int company = i < A_INVOICES ? 0 : i < A_INVOICES + B_INVOICES ? 1 : 2;
            owners.add(users.get(company * 2 + random.nextInt(2)).id());
        }
        Collections.shuffle(owners, new java.util.Random(random.nextLong()));
        long invoiceBase = 100_000 + random.nextInt(800_000);
        Canaries notes = Canaries.random(random, "note-", owners.size());
        List<SeededInvoice> invoices = new ArrayList<>();
        List<String> noteValues = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("insert into invoice (id, tenant_id, owner_id,"
                + " customer_name, description, quantity, unit_price, total, status, internal_notes)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < owners.size(); i++) {
                long owner = owners.get(i);
                long tenant = users.stream()
                        .filter(u -> u.id() == owner)
                        .findFirst()
                        .orElseThrow()
                        .tenantId();
                int quantity = 1 + random.nextInt(20);
                BigDecimal price = BigDecimal.valueOf(500 + random.nextInt(50_000), 2);
                // A's first three and B's first twenty are drafts, whatever the seed: the checks edit and submit
                // A's own drafts, and a write that is not scoped must find something of B's to change.
                int earlier = (int) invoices.stream()
                        .filter(seeded -> seeded.tenantId() == tenant)
                        .count();
                boolean draft = tenant == tenants[0] && earlier < 3
                        || tenant == tenants[1] && earlier < 20
                        || !(tenant == tenants[1] && earlier == 20) && random.nextBoolean();
                // B's twenty-first is SUBMITTED, for the back office's approval that a member must be refused.
                String status = tenant == tenants[1] && earlier == 20
                        ? "SUBMITTED"
                        : draft ? "DRAFT" : STATUSES.get(random.nextInt(STATUSES.size()));
                boolean noted = random.nextBoolean();
                SeededInvoice invoice = new SeededInvoice(
                        invoiceBase + i,
                        tenant,
                        owner,
                        CUSTOMERS.get(random.nextInt(CUSTOMERS.size())) + " " + (invoiceBase + i),
                        status,
                        price.multiply(BigDecimal.valueOf(quantity)),
                        noted);
                invoices.add(invoice);
                insert.setLong(1, invoice.id());
                insert.setLong(2, tenant);
                insert.setLong(3, owner);
                insert.setString(4, invoice.customerName());
                insert.setString(5, "Services, " + quantity + " days");
                insert.setInt(6, quantity);
                insert.setBigDecimal(7, price);
                insert.setBigDecimal(8, invoice.total());
                insert.setString(9, status);
                insert.setString(10, noted ? notes.values().get(i) : null);
                insert.addBatch();
                if (noted) {
                    noteValues.add(notes.values().get(i));
                }
            }
            insert.executeBatch();
        }
        long unknownFrom = invoiceBase + 1_000_000;
        try (Statement statement = connection.createStatement()) {
            statement.execute("select setval('invoice_id_seq', " + (invoiceBase + 1_000) + ")");
        }
        List<String> secrets = new ArrayList<>(noteValues);
        secrets.addAll(tokens.values());
        return new InvoicingData(
                new Tenant(tenants[0], users.get(0), users.get(1)),
                new Tenant(tenants[1], users.get(2), users.get(3)),
                users.get(6),
                List.copyOf(invoices),
                Canaries.of(secrets),
                InputMarker.random(random),
                unknownFrom);
    }
}
