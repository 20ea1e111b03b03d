package lab.connectionheldduringremotecall;

class ProductNotFoundException extends RuntimeException {

    ProductNotFoundException(long productId) {
        super("no product " + productId);
    }
}
