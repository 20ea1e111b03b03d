package lab.objectlevelauthorization;

class InvoiceStateException extends RuntimeException {

    InvoiceStateException(String message) {
        super(message);
    }
}
