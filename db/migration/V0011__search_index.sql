-- Search: one row per article (live, merged away or excluded; the query says which it wants), kept current by
-- the application in the same transaction as every change, and rebuildable from the current revisions
-- (`java -jar galley.jar reindex`). The tsvector is computed from terms the application folds and cuts
-- (traditional to simplified, full-width to half-width, Han text as character bigrams, see
-- org.galley.search.SearchText); PostgreSQL's english configuration stems the Latin words. Titles are weight A,
-- the byline B, the rest D, so a query can ask for one field. The texts are kept as written for snippets.
create table search_entry (
    article_id  bigint      primary key references article (id),
    issue_id    bigint      not null references issue (id),
    title_id    bigint      not null references newspaper_title (id),
    issue_date  date        not null,
    page_id     bigint      not null references page (id),
    page_number int         not null,
    language    text,
    state       text        not null,
    merged      boolean     not null default false,
    -- In the issue's latest publication that is not withdrawn.
    published   boolean     not null default false,
    revision    int         not null,
    headline    text        not null default '',
    byline      text        not null default '',
    body        text        not null default '',
    document    tsvector    not null,
    indexed_at  timestamptz not null default now()
);
-- No pending list (fastupdate off): every save pays its own few hundred GIN entries at once, and no query ever
-- has to read a pending list of unsorted entries (which also makes the planner shun the index until a vacuum).
create index search_entry_document on search_entry using gin (document) with (fastupdate = off);
-- Newest first: results are read in this order and filtered by date.
create index search_entry_date on search_entry (issue_date desc, article_id desc);
create index search_entry_issue on search_entry (issue_id);
