package lab.sqlinjection;

class OrderNotFoundException extends RuntimeException {

    OrderNotFoundException(String id) {
        super("no order " + id);
    }
}
