-- An issue as the unit of work: who is on which page (a claim, ended by release, log-out or idle time) and who
-- finished a page when ("Done with this page"). Claims are working state, not records: they are deleted when they
-- end. Finished pages are a history: one row each time someone finishes a page.

create table page_claim (
    page_id    bigint      primary key references page (id),
    holder     text        not null,
    claimed_at timestamptz not null,
    -- The holder's last sign of work on the page; the claim lapses after the configured idle time from here.
    active_at  timestamptz not null
);
create index page_claim_holder on page_claim (holder);

create table page_finished (
    id          bigserial   primary key,
    page_id     bigint      not null references page (id),
    finished_by text        not null,
    finished_at timestamptz not null
);
create index page_finished_page on page_finished (page_id, finished_at desc);
