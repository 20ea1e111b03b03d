package lab.cacheaside;

import org.springframework.stereotype.Service;

/**
 * Product reads and updates, as the storefront sees them.
 *
 * <p>Every call goes to PostgreSQL, however often the same product is asked for. Two instances of this
 * service run behind the load balancer and share one Redis (already configured in
 * application.properties: a {@code StringRedisTemplate} can be injected here). See the README, task 2.
 */
@Service
class ProductCatalog {

    private final ProductRepository products;

    ProductCatalog(ProductRepository products) {
        this.products = products;
    }

    Product find(long id) {
        return products.findById(id).orElseThrow(() -> new ProductNotFoundException(id));
    }

    Product update(long id, ProductUpdate update) {
        return products.update(id, update).orElseThrow(() -> new ProductNotFoundException(id));
    }
}
