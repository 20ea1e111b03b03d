create table customer (
    id            bigint primary key,
    name          text   not null unique,
    email         text   not null,
    status        text   not null check (status in ('ACTIVE', 'SUSPENDED', 'CLOSED')),
    city          text   not null,
    -- For support staff only: never shown through the API.
    internal_note text
);

create table customer_order (
    id          bigint         primary key,
    customer_id bigint         not null references customer (id),
    total       numeric(10, 2) not null,
    status      text           not null
);

-- The support agents' API keys, for the tools that call this console.
create table staff_account (
    id       bigint primary key,
    username text   not null unique,
    api_key  text   not null
);
