package lab.objectlevelauthorization;

class InvalidInvoiceException extends RuntimeException {

    InvalidInvoiceException(String message) {
        super(message);
    }
}
