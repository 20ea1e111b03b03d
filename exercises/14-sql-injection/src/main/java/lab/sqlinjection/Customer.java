package lab.sqlinjection;

record Customer(long id, String name, String email, String status, String city) {}
