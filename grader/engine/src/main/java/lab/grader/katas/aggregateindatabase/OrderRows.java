package lab.grader.katas.aggregateindatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import lab.grader.katas.aggregateindatabase.SalesData.Line;
import lab.grader.katas.aggregateindatabase.SalesData.Order;
import lab.grader.kit.BulkLoad;

/** Write seeded orders and their lines into the kata's tables. */
final class OrderRows {

    static final List<String> ORDER_COLUMNS = List.of("id", "placed_at");
    static final List<String> LINE_COLUMNS = List.of("id", "order_id", "product_id", "quantity", "unit_price");

    private OrderRows() {}

    /** Load orders and their lines through COPY: 100,000 lines take well under a check's time limit. */
    static void insert(Connection connection, List<Order> orders) throws SQLException {
        into(BulkLoad.into(connection), orders).load();
    }

    /** Add the orders' and the lines' tables to a load. */
    static BulkLoad into(BulkLoad load, List<Order> orders) {
        return load.table("purchase_order", ORDER_COLUMNS, rows -> {
                    for (Order order : orders) {
                        rows.add(order.id(), order.placedAt());
                    }
                })
                .table("order_line", LINE_COLUMNS, rows -> {
                    for (Order order : orders) {
                        for (Line line : order.lines()) {
                            rows.add(line.id(), order.id(), line.productId(), line.quantity(), line.unitPrice());
                        }
                    }
                });
    }
}
