package lab.sqlinjection;

enum CustomerStatus {
    ACTIVE,
    SUSPENDED,
    CLOSED
}
