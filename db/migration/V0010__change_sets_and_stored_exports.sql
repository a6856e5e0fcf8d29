-- Two records that, once written, never change (issue 12 and issue 14, branch h12c).
--
-- Change sets: a find and replace across an issue written as one reviewable change (one revision per article
-- touched, one note), and the revert of one as a change set of its own. A change set is reverted at most once.
create table change_set (
    id           bigserial primary key,
    issue_id     bigint      not null references issue (id),
    kind         text        not null check (kind in ('REPLACE', 'REVERT')),
    actor        text        not null,
    created_at   timestamptz not null default now(),
    find_text    text        not null,
    replace_text text        not null,
    whole_word   boolean     not null,
    match_case   boolean     not null,
    note         text        not null,
    reverts      bigint references change_set (id),
    check ((kind = 'REVERT') = (reverts is not null))
);
create unique index change_set_reverted_once on change_set (reverts) where reverts is not null;
create index change_set_issue on change_set (issue_id, id);

create table change_set_article (
    change_set_id   bigint not null references change_set (id),
    article_id      bigint not null references article (id),
    revision_before int    not null,
    revision_after  int    not null check (revision_after > revision_before),
    primary key (change_set_id, article_id),
    foreign key (article_id, revision_before) references article_revision (article_id, revision),
    foreign key (article_id, revision_after) references article_revision (article_id, revision)
);

-- The export of a publication as rendered: rendition 1 when it was published (or, for a publication made before
-- this migration, when it was first downloaded), later ones when an editor renders it again with today's
-- formats. The bytes and their SHA-256 are kept, so a version's export never changes when the exporters do.
create table publication_rendition (
    publication_id bigint      not null references publication (id),
    rendition      int         not null check (rendition > 0),
    -- PUBLISH: rendered when published; FIRST_DOWNLOAD: a publication older than stored exports, rendered when
    -- first asked for; RERENDER: rendered again on an editor's request.
    origin         text        not null check (origin in ('PUBLISH', 'FIRST_DOWNLOAD', 'RERENDER')),
    file_name      text        not null,
    zip            bytea       not null,
    sha256         text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes     int         not null check (size_bytes = octet_length(zip)),
    rendered_by    text        not null,
    rendered_at    timestamptz not null default now(),
    primary key (publication_id, rendition)
);

-- Insert-only, for everyone (the owner too): the same guard as the publication's own rows.
create trigger publication_rendition_immutable before update or delete on publication_rendition
    for each row execute function refuse_publication_change();
create trigger publication_rendition_no_truncate before truncate on publication_rendition
    for each statement execute function refuse_publication_change();

create function refuse_change_set_change() returns trigger language plpgsql as $$
begin
    raise exception 'change sets are a record (% on % refused)', tg_op, tg_table_name using errcode = 'P0001';
end $$;
create trigger change_set_immutable before update or delete on change_set
    for each row execute function refuse_change_set_change();
create trigger change_set_article_immutable before update or delete on change_set_article
    for each row execute function refuse_change_set_change();
create trigger change_set_no_truncate before truncate on change_set
    for each statement execute function refuse_change_set_change();
create trigger change_set_article_no_truncate before truncate on change_set_article
    for each statement execute function refuse_change_set_change();

do $$
begin
    if not exists (select from pg_roles where rolname = 'galley_app') or current_user = 'galley_app' then
        raise notice 'No separate application role galley_app (db/roles.sql): privileges left as they are';
        return;
    end if;
    -- The default privileges of V0005 gave the new tables ordinary rights; these records get insert and select only.
    revoke update, delete, truncate on publication_rendition, change_set, change_set_article from galley_app;
end $$;
