-- The shop's customers and their orders, as the support desk searches them.
-- The grader fills these tables itself, with explicit ids, after the service has started.

create table customer (
    id         bigint primary key,
    name       text not null,
    -- Stored as the customer typed it at sign-up: "Anna.Schmidt@Example.com". Unique whatever the case,
    -- because the sign-up form has always checked that, but nothing in the schema says so yet.
    email      text not null,
    phone      text not null,
    created_at timestamptz not null
);

create table purchase_order (
    id               bigint primary key,
    customer_id      bigint not null references customer (id),
    placed_at        timestamptz not null,
    status           text not null,
    total            numeric(10, 2) not null,
    shipping_address text not null
);

-- No other index on purpose: the primary keys are all there is. (A foreign key does not create an index
-- in PostgreSQL.) Add what the support search needs in a new migration, V2__....sql, beside this one.
