-- The bank's reference identifies a payment: a file imported twice must not store it twice. The constraint is
-- also what "on conflict (reference) do nothing" needs to recognise the payment as already there.
alter table payment add constraint payment_reference_unique unique (reference);
