package lab.cacheaside;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProductRepository {

    private final JdbcClient jdbc;

    ProductRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Product> findById(long id) {
        return jdbc.sql("select id, sku, name, price, stock from product where id = ?")
                .param(id)
                .query(Product.class)
                .optional();
    }

    /** Update the product and return it as stored (one statement), or empty if there is no such id. */
    Optional<Product> update(long id, ProductUpdate update) {
        return jdbc.sql("""
                        update product
                           set name = ?, price = ?, stock = ?, updated_at = now()
                         where id = ?
                        returning id, sku, name, price, stock
                        """)
                .params(update.name(), update.price(), update.stock(), id)
                .query(Product.class)
                .optional();
    }
}
