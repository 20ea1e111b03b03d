package lab.conditionalrequests;

import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CatalogController {

    private final Catalog catalog;

    CatalogController(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/catalog/categories/{id}/products")
    CategoryProducts list(@PathVariable("id") long categoryId) {
        return catalog.list(categoryId);
    }

    @GetMapping("/products/{id}")
    Product product(@PathVariable("id") long id) {
        return catalog.product(id);
    }

    @PutMapping("/products/{id}")
    Product update(@PathVariable("id") long id, @RequestBody ProductChange change) {
        return catalog.update(id, change.validated());
    }

    @PostMapping("/categories/{id}/products")
    ResponseEntity<Product> create(@PathVariable("id") long categoryId, @RequestBody ProductChange change) {
        Product created = catalog.create(categoryId, change.validated());
        return ResponseEntity.created(URI.create("/products/" + created.id())).body(created);
    }

    @DeleteMapping("/products/{id}")
    ResponseEntity<Void> delete(@PathVariable("id") long id) {
        catalog.delete(id);
        return ResponseEntity.noContent().build();
    }
}
