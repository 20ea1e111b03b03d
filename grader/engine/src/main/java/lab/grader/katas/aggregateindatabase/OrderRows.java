package lab.grader.katas.aggregateindatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import lab.grader.katas.aggregateindatabase.SalesData.Line;
import lab.grader.katas.aggregateindatabase.SalesData.Order;

/** Write seeded orders and their lines into the kata's tables. */
final class OrderRows {

    private OrderRows() {}

    /**
     * Insert orders and their lines in two statements, each column sent as one array: 100,000 lines take a second,
     * where row-by-row batches would eat much of a check's time limit.
     */
    static void insert(Connection connection, List<Order> orders) throws SQLException {
        List<Line> lines =
                orders.stream().flatMap(order -> order.lines().stream()).toList();
        List<Long> lineOrders = new ArrayList<>();
        orders.forEach(order -> order.lines().forEach(line -> lineOrders.add(order.id())));
        try (PreparedStatement orderRows = connection.prepareStatement("""
                        insert into purchase_order (id, placed_at)
                        select id, to_timestamp(epoch_second)
                        from unnest(?::bigint[], ?::bigint[]) as o (id, epoch_second)
                        """);
                PreparedStatement lineRows = connection.prepareStatement("""
                        insert into order_line (id, order_id, product_id, quantity, unit_price)
                        select id, order_id, product_id, quantity, cents::numeric / 100
                        from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::int[], ?::bigint[])
                            as l (id, order_id, product_id, quantity, cents)
                        """)) {
            orderRows.setArray(
                    1,
                    connection.createArrayOf(
                            "bigint", orders.stream().map(Order::id).toArray()));
            orderRows.setArray(
                    2,
                    connection.createArrayOf(
                            "bigint",
                            orders.stream()
                                    .map(order -> order.placedAt().getEpochSecond())
                                    .toArray()));
            orderRows.executeUpdate();
            lineRows.setArray(
                    1,
                    connection.createArrayOf(
                            "bigint", lines.stream().map(Line::id).toArray()));
            lineRows.setArray(2, connection.createArrayOf("bigint", lineOrders.toArray()));
            lineRows.setArray(
                    3,
                    connection.createArrayOf(
                            "bigint", lines.stream().map(Line::productId).toArray()));
            lineRows.setArray(
                    4,
                    connection.createArrayOf(
                            "int4", lines.stream().map(Line::quantity).toArray()));
            lineRows.setArray(
                    5,
                    connection.createArrayOf(
                            "bigint",
                            lines.stream()
                                    .map(line ->
                                            line.unitPrice().movePointRight(2).longValueExact())
                                    .toArray()));
            lineRows.executeUpdate();
        }
        try (Statement analyze = connection.createStatement()) {
            analyze.execute("analyze");
        }
    }
}
