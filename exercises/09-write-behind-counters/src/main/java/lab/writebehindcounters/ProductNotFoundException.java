package lab.writebehindcounters;

class ProductNotFoundException extends RuntimeException {

    ProductNotFoundException(long id) {
        super("no product " + id);
    }
}
