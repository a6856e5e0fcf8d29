-- Who owns each non-blank raw line of a page: one live article, the page's furniture, or its leftovers.
-- The primary key makes "exactly one owner per line" something the database checks; structure operations are
-- the only writers. Pages imported before this table existed are filled at start (LineOwnershipBackfill).
create table line_owner (
    page_id    bigint not null references page (id),
    line       int    not null check (line > 0),
    owner      text   not null check (owner in ('ARTICLE', 'FURNITURE', 'LEFTOVER')),
    article_id bigint references article (id),
    primary key (page_id, line),
    check ((owner = 'ARTICLE') = (article_id is not null))
);
create index line_owner_article on line_owner (article_id) where article_id is not null;
