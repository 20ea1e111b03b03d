-- An activity feed: every account sees its activities newest first. Many activities share a timestamp
-- (imports, batch jobs, clocks with coarse ticks), so created_at alone does not order the feed: id breaks ties.
-- The grader fills these tables itself, with explicit ids, after the service has started.

create table account (
    id   bigint primary key,
    name text not null
);

create table activity (
    id         bigint primary key,
    account_id bigint not null references account (id),
    created_at timestamptz not null,
    kind       text not null,
    summary    text not null
);

-- The index a keyset query needs is here from the start, in the feed's own order (newest first, then the
-- higher id first), so this kata is about how the pages are asked for, not about indexes. With OFFSET the
-- same index still has to walk past every skipped row; a seek to the last row seen can start right there.
create index activity_feed on activity (account_id, created_at desc, id desc);
