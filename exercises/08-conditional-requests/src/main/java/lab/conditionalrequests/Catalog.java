package lab.conditionalrequests;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Category lists and product changes, as the mobile app and the back office use them.
 *
 * <p>Every poll of a list runs the full list query and sends the whole list, changed or not; every change overwrites
 * whatever is stored, whoever changed it last. See the README.
 */
@Service
class Catalog {

    private final CatalogRepository repository;

    Catalog(CatalogRepository repository) {
        this.repository = repository;
    }

    CategoryProducts list(long categoryId) {
        String name =
                repository.categoryName(categoryId).orElseThrow(() -> new NotFoundException("category", categoryId));
        return new CategoryProducts(categoryId, name, repository.productsOf(categoryId));
    }

    Product product(long id) {
        return repository.product(id).orElseThrow(() -> new NotFoundException("product", id));
    }

    @Transactional
    Product update(long id, ProductChange change) {
        return repository.update(id, change).orElseThrow(() -> new NotFoundException("product", id));
    }

    @Transactional
    Product create(long categoryId, ProductChange change) {
        if (repository.categoryName(categoryId).isEmpty()) {
            throw new NotFoundException("category", categoryId);
        }
        return repository.insert(categoryId, change);
    }

    @Transactional
    void delete(long id) {
        repository.delete(id).orElseThrow(() -> new NotFoundException("product", id));
    }
}
