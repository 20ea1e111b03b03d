-- Known-bad: "index the foreign key" and stop there. A key account's thousands of orders are all read for one week.
create unique index customer_email_lower on customer (lower(email));
create index purchase_order_customer on purchase_order (customer_id);
