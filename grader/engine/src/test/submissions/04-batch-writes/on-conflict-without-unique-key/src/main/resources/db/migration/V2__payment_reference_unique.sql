-- Known-bad: an index makes lookups by reference fast, but it does not make a reference unique.
create index payment_reference on payment (reference);
