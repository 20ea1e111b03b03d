-- The two indexes the support search needs, and no more: every index is written on every insert and update.

-- The lookup compares lower(email), so the index must hold lower(email): an index on plain email cannot
-- answer it. Unique, because e-mails already are unique whatever the case; now the database says so too.
create unique index customer_email_lower on customer (lower(email));

-- Equality column first, range column second: the index seeks to one customer, then to the first order of
-- the range, and reads only the orders in it, already newest first (id breaks ties, as the response does).
create index purchase_order_customer_placed on purchase_order (customer_id, placed_at desc, id desc);
