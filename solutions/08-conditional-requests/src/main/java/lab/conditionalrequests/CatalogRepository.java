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

    /** The category's version: one row by primary key, cheap enough to run on every poll. */
    Optional<Long> categoryVersion(long categoryId) {
        return jdbc.sql("select version from category where id = ?")
                .param(categoryId)
                .query(Long.class)
                .optional();
    }

    void bumpCategory(long categoryId) {
        jdbc.sql("update category set version = version + 1 where id = ?")
                .param(categoryId)
                .update();
    }

    Optional<Long> productVersion(long id) {
        return jdbc.sql("select version from product where id = ?")
                .param(id)
                .query(Long.class)
                .optional();
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

    /**
     * Update the product if it still has the expected version, and return it as stored with its new version; empty
     * when it has another version by now (or is gone). The check and the write are one statement, so no other update
     * can come between them.
     */
    Optional<Versioned<Product>> update(long id, long expectedVersion, ProductChange change) {
        return jdbc.sql("update product set name = ?, price = ?, stock = ?, version = version + 1"
                        + " where id = ? and version = ? returning version, " + PRODUCT_COLUMNS)
                .params(change.name(), change.price(), change.stock(), id, expectedVersion)
                .query((row, n) -> new Versioned<>(
                        new Product(
                                row.getLong("id"),
                                row.getLong("category_id"),
                                row.getString("sku"),
                                row.getString("name"),
                                row.getBigDecimal("price"),
                                row.getInt("stock")),
                        row.getLong("version")))
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
