package lab.objectlevelauthorization;

class InvoiceNotFoundException extends RuntimeException {

    InvoiceNotFoundException(long id) {
        super("no invoice " + id);
    }
}
