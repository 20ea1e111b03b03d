package lab.conditionalrequests;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CatalogRepository {

    private static final String PRODUCT_COLUMNS = "id, category_id, sku, name, price, stock";

    private final JdbcClient jdbc;

    CatalogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> categoryName(long categoryId) {
        return jdbc.sql("select name from category where id = ?")
                .param(categoryId)
                .query(String.class)
                .optional();
    }

    List<Product> productsOf(long categoryId) {
        return jdbc.sql("select " + PRODUCT_COLUMNS + " from product where category_id = ? order by id")
                .param(categoryId)
                .query(Product.class)
                .list();
    }

    Optional<Product> product(long id) {
        return jdbc.sql("select " + PRODUCT_COLUMNS + " from product where id = ?")
                .param(id)
                .query(Product.class)
                .optional();
    }

    /** Update the product and return it as stored, or empty if there is no such id. */
    Optional<Product> update(long id, ProductChange change) {
        return jdbc.sql("update product set name = ?, price = ?, stock = ? where id = ? returning " + PRODUCT_COLUMNS)
                .params(change.name(), change.price(), change.stock(), id)
                .query(Product.class)
                .optional();
    }

    Product insert(long categoryId, ProductChange change) {
        return jdbc.sql("""
                        insert into product (category_id, sku, name, price, stock)
                        values (?, 'NEW-' || nextval('new_product_sku'), ?, ?, ?)
                        returning\s""" + PRODUCT_COLUMNS)
                .params(categoryId, change.name(), change.price(), change.stock())
                .query(Product.class)
                .single();
    }

    /** Delete the product and return it as it was, or empty if there is no such id. */
    Optional<Product> delete(long id) {
        return jdbc.sql("delete from product where id = ? returning " + PRODUCT_COLUMNS)
                .param(id)
                .query(Product.class)
                .optional();
    }
}
