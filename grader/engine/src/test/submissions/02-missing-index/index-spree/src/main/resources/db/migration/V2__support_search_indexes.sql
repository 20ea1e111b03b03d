-- Known-bad: the right two indexes, and one on every other column "just in case"; each costs every insert.
create unique index customer_email_lower on customer (lower(email));
create index purchase_order_customer_placed on purchase_order (customer_id, placed_at desc, id desc);
create index customer_email on customer (email);
create index customer_name on customer (name);
create index purchase_order_customer on purchase_order (customer_id);
create index purchase_order_placed on purchase_order (placed_at);
create index purchase_order_status on purchase_order (status);
