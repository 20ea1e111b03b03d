package lab.conditionalrequests;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Category lists and product changes, each change bumping its category's version in the same transaction, so that
 * a poll can ask "has anything changed?" with one row instead of the whole list.
 */
@Service
class Catalog {

    private final CatalogRepository repository;

    Catalog(CatalogRepository repository) {
        this.repository = repository;
    }

    long categoryVersion(long categoryId) {
        return repository.categoryVersion(categoryId).orElseThrow(() -> new NotFoundException("category", categoryId));
    }

    CategoryProducts list(long categoryId) {
        String name =
                repository.categoryName(categoryId).orElseThrow(() -> new NotFoundException("category", categoryId));
        return new CategoryProducts(categoryId, name, repository.productsOf(categoryId));
    }

    long productVersion(long id) {
        return repository.productVersion(id).orElseThrow(() -> new NotFoundException("product", id));
    }

    Product product(long id) {
        return repository.product(id).orElseThrow(() -> new NotFoundException("product", id));
    }

    /** Update the product if it still has the version the client saw; 412 when it has changed meanwhile. */
    @Transactional
    Versioned<Product> update(long id, long expectedVersion, ProductChange change) {
        Versioned<Product> updated =
                repository.update(id, expectedVersion, change).orElseThrow(() -> changedOrGone(id));
        repository.bumpCategory(updated.value().categoryId());
        return updated;
    }

    @Transactional
    Product create(long categoryId, ProductChange change) {
        if (repository.categoryName(categoryId).isEmpty()) {
            throw new NotFoundException("category", categoryId);
        }
        Product created = repository.insert(categoryId, change);
        repository.bumpCategory(categoryId);
        return created;
    }

    @Transactional
    void delete(long id) {
        // Known-bad: a deleted product does not bump its category's version.
        repository.delete(id).orElseThrow(() -> new NotFoundException("product", id));
    }

    private RuntimeException changedOrGone(long id) {
        return repository
                .productVersion(id)
                .<RuntimeException>map(version -> new PreconditionFailedException(
                        "product " + id + " changed while this update was being made; read it again",
                        Etags.product(id, version)))
                .orElseGet(() -> new NotFoundException("product", id));
    }
}
