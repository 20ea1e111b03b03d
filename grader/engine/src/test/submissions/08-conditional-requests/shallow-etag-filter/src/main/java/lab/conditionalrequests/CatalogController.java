package lab.conditionalrequests;

import java.net.URI;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Validators on every read, preconditions on every update. {@code WebRequest.checkNotModified} evaluates
 * If-None-Match (weak comparison, lists, {@code *}) and If-Match (strong comparison) as RFC 9110 says.
 */
@RestController
class CatalogController {

    private final Catalog catalog;

    CatalogController(Catalog catalog) {
        this.catalog = catalog;
    }

    // Known-bad: no version here; the ShallowEtagHeaderFilter (EtagConfiguration) hashes the body into an ETag.
    @GetMapping("/catalog/categories/{id}/products")
    ResponseEntity<CategoryProducts> list(@PathVariable("id") long categoryId) {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(catalog.list(categoryId));
    }

    @GetMapping("/products/{id}")
    ResponseEntity<Product> product(@PathVariable("id") long id, WebRequest request) {
        String etag = Etags.product(id, catalog.productVersion(id));
        if (request.checkNotModified(etag)) {
            return notModified(etag);
        }
        return ResponseEntity.ok()
                .eTag(etag)
                .cacheControl(CacheControl.noCache())
                .body(catalog.product(id));
    }

    @PutMapping("/products/{id}")
    ResponseEntity<Product> update(
            @PathVariable("id") long id,
            @RequestBody ProductChange change,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            WebRequest request) {
        ProductChange valid = change.validated();
        if (ifMatch == null) {
            throw new PreconditionRequiredException("PUT /products/" + id + " needs If-Match with the ETag of GET"
                    + " /products/" + id + ", so that it cannot overwrite a change it has not seen");
        }
        long version = catalog.productVersion(id);
        String current = Etags.product(id, version);
        // For a PUT, true means If-Match does not match the current version.
        if (request.checkNotModified(current)) {
            throw new PreconditionFailedException(
                    "product " + id + " has changed since " + ifMatch + " was read; its ETag is now " + current,
                    current);
        }
        Versioned<Product> updated = catalog.update(id, version, valid);
        return ResponseEntity.ok().eTag(Etags.product(id, updated.version())).body(updated.value());
    }

    @PostMapping("/categories/{id}/products")
    ResponseEntity<Product> create(@PathVariable("id") long categoryId, @RequestBody ProductChange change) {
        Product created = catalog.create(categoryId, change.validated());
        return ResponseEntity.created(URI.create("/products/" + created.id()))
                .eTag(Etags.product(created.id(), 1))
                .body(created);
    }

    @DeleteMapping("/products/{id}")
    ResponseEntity<Void> delete(@PathVariable("id") long id) {
        catalog.delete(id);
        return ResponseEntity.noContent().build();
    }

    private static <T> ResponseEntity<T> notModified(String etag) {
        return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                .eTag(etag)
                .cacheControl(CacheControl.noCache())
                .build();
    }
}
