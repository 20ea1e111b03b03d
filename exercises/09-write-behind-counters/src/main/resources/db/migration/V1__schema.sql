-- The grader seeds rows itself, with explicit ids, after the service has started:
-- table and column names and types are a contract with it.
create table product (
    id    bigint primary key,
    name  text   not null,
    views bigint not null default 0
);

-- Unused by the starter: one row per batch of counts written to product.views, if you want a flush to be applied
-- exactly once (insert the batch's id in the same transaction as the counts it applies).
create table counter_flush (
    id         text        primary key,
    products   int         not null,
    views      bigint      not null,
    applied_at timestamptz not null default now()
);
