-- Editorial workflow: who approved which revision, why an article was sent back; and publications,
-- immutable records of exactly which revision of each article went out.

alter table article
    add column approved_by text,
    add column approved_at timestamptz,
    add column state_note  text;

create table publication (
    id           bigserial primary key,
    issue_id     bigint      not null references issue (id),
    version      int         not null check (version > 0),
    published_by text        not null,
    published_at timestamptz not null default now(),
    -- Unpublishing withdraws the issue; the version itself stays readable and exportable.
    withdrawn_by text,
    withdrawn_at timestamptz,
    unique (issue_id, version)
);

create table publication_article (
    publication_id bigint      not null references publication (id),
    article_id     bigint      not null,
    revision       int         not null,
    ordinal        int         not null,
    approved_by    text        not null,
    approved_at    timestamptz not null,
    primary key (publication_id, article_id),
    foreign key (article_id, revision) references article_revision (article_id, revision)
);

create function refuse_publication_change() returns trigger language plpgsql as $$
begin
    raise exception 'publications are immutable (% on % refused)', tg_op, tg_table_name using errcode = 'P0001';
end $$;

-- Withdrawing (unpublish) is the one change a publication allows; everything else is refused.
create function allow_only_withdrawal() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.withdrawn_at is null
       and new.id = old.id and new.issue_id = old.issue_id and new.version = old.version
       and new.published_by = old.published_by and new.published_at = old.published_at then
        return new;
    end if;
    raise exception 'publications are immutable (% on % refused)', tg_op, tg_table_name using errcode = 'P0001';
end $$;

create trigger publication_immutable before update or delete on publication
    for each row execute function allow_only_withdrawal();
create trigger publication_article_immutable before update or delete on publication_article
    for each row execute function refuse_publication_change();
