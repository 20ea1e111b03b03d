-- Known-bad: the e-mail is indexed as stored, but the query compares lower(email), which this index cannot answer.
create index customer_email on customer (email);
create index purchase_order_customer_placed on purchase_order (customer_id, placed_at desc, id desc);
