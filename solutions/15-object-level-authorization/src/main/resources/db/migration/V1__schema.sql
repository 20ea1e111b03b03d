-- Each customer company is a tenant; its people log in with an opaque bearer token (issued elsewhere).
create table tenant (
    id   bigint primary key,
    name text   not null
);

create table app_user (
    id           bigint         primary key,
    tenant_id    bigint         not null references tenant (id),
    email        text           not null unique,
    display_name text           not null,
    role         text           not null check (role in ('MEMBER', 'ADMIN')),
    credit_limit numeric(12, 2) not null,
    token        text           not null unique
);

create sequence invoice_id_seq;

create table invoice (
    id             bigint         primary key default nextval('invoice_id_seq'),
    tenant_id      bigint         not null references tenant (id),
    owner_id       bigint         not null references app_user (id),
    customer_name  text           not null,
    description    text           not null,
    quantity       integer        not null,
    unit_price     numeric(12, 2) not null,
    total          numeric(12, 2) not null,
    status         text           not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'PAID')),
    approved_by    bigint         references app_user (id),
    -- For the back office only: never for the customer's eyes.
    internal_notes text
);
