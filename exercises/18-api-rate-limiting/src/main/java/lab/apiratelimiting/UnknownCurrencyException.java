package lab.apiratelimiting;

class UnknownCurrencyException extends RuntimeException {

    UnknownCurrencyException(String currency) {
        super("no rate for " + currency + "; known: CHF, EUR, GBP, JPY, USD");
    }
}
