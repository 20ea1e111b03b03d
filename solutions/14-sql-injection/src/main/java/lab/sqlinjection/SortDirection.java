package lab.sqlinjection;

enum SortDirection {
    ASC,
    DESC
}
