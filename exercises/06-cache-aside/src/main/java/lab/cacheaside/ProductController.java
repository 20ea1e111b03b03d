package lab.cacheaside;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/products")
class ProductController {

    private final ProductCatalog catalog;

    ProductController(ProductCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/{id}")
    Product get(@PathVariable("id") long id) {
        return catalog.find(id);
    }

    @PutMapping("/{id}")
    Product update(@PathVariable("id") long id, @RequestBody ProductUpdate update) {
        return catalog.update(id, update.validated());
    }
}
