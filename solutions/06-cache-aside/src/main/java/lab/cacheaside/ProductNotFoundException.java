package lab.cacheaside;

class ProductNotFoundException extends RuntimeException {

    ProductNotFoundException(long id) {
        super("no product with id " + id);
    }
}
