-- Articles continued on another page. The jump lines of each page ("（下转第3版）", "Continued from Page 1") are
-- recorded at import from the segmenter's proposal; whoever owns the line (line_owner) owns the jump. A link
-- joins the part that says "continued on page N" and the part on page N: while linked, the continuation is merged
-- into the first part (one article, one state, one approval, one history; each line keeps its page), and the
-- link row remembers what unlinking must give back.
create table jump_line (
    page_id     bigint not null references page (id),
    line        int    not null check (line > 0),
    direction   text   not null check (direction in ('to', 'from')),
    -- The page the line names; null when it does not say (接上版).
    target_page int    check (target_page > 0),
    primary key (page_id, line)
);

create table article_link (
    id            bigserial primary key,
    issue_id      bigint      not null references issue (id),
    -- The linked article: the first part, which holds the parts' text and lines while linked.
    article_id    bigint      not null references article (id),
    -- The continuation, merged into article_id while linked and given back by unlinking.
    part_id       bigint      not null references article (id),
    part_page_id  bigint      not null references page (id),
    -- The jump lines the link joins (null when linked by hand without one).
    to_page_id    bigint,
    to_line       int,
    from_page_id  bigint,
    from_line     int,
    -- The article's revision the link made, and the part's last revision before it: unlinking with no change
    -- since gives both back exactly.
    link_revision int         not null,
    part_revision int         not null,
    -- The part's repeated headline (独山港 under （上接第1版）), left out of the linked text and given back on unlinking.
    part_headline text,
    -- 'proposed' (at import) or 'editor'.
    origin        text        not null check (origin in ('proposed', 'editor')),
    linked_by     text        not null,
    linked_at     timestamptz not null default now(),
    unlinked_by   text,
    unlinked_at   timestamptz,
    foreign key (to_page_id, to_line) references jump_line (page_id, line),
    foreign key (from_page_id, from_line) references jump_line (page_id, line)
);
create unique index article_link_live_part on article_link (part_id) where unlinked_at is null;
create unique index article_link_live_to on article_link (to_page_id, to_line) where unlinked_at is null;
create unique index article_link_live_from on article_link (from_page_id, from_line) where unlinked_at is null;
create index article_link_issue on article_link (issue_id) where unlinked_at is null;
create index article_link_article on article_link (article_id) where unlinked_at is null;
