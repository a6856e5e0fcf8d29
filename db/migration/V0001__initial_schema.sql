-- Galley's first schema: staff accounts, the audit trail, newspaper titles, issues and their raw pages,
-- articles and their append-only revisions.

create table app_user (
    id            bigserial primary key,
    username      text        not null unique check (username ~ '^[A-Za-z0-9._-]{2,64}$'),
    display_name  text        not null,
    password_hash text        not null,
    role          text        not null check (role in ('ADMIN', 'EDITOR', 'CORRECTOR')),
    enabled       boolean     not null default true,
    locale        text,
    created_at    timestamptz not null default now()
);

-- Every action anyone takes: who, when, what, on what. Written in the same transaction as the action.
create table audit_event (
    id     bigserial primary key,
    at     timestamptz not null default now(),
    actor  text        not null,
    action text        not null,
    target text,
    detail text
);
create index audit_event_at on audit_event (at desc);

create table newspaper_title (
    id         bigserial primary key,
    name       text        not null unique check (length(btrim(name)) > 0),
    language   text        not null default 'zh',
    created_at timestamptz not null default now()
);

create table issue (
    id          bigserial primary key,
    title_id    bigint      not null references newspaper_title (id),
    issue_date  date        not null,
    edition     text        not null default '',
    number      text,
    created_by  text        not null,
    created_at  timestamptz not null default now(),
    unique (title_id, issue_date, edition)
);

create table page (
    id          bigserial primary key,
    issue_id    bigint      not null references issue (id),
    page_number int         not null check (page_number > 0),
    section     text,
    source_name text        not null,
    raw_text    text        not null,
    sha256      text        not null,
    encoding    text        not null,
    language    text,
    -- What the segmenter left outside articles at import (furniture, orphan bylines), for the editor.
    leftovers   jsonb       not null default '{}'::jsonb,
    imported_by text        not null,
    imported_at timestamptz not null default now(),
    unique (issue_id, page_number),
    unique (issue_id, sha256)
);

-- The raw page is the evidence every revision points back to: it never changes once imported.
create function refuse_page_text_change() returns trigger language plpgsql as $$
begin
    if new.raw_text is distinct from old.raw_text or new.sha256 is distinct from old.sha256
       or new.leftovers is distinct from old.leftovers then
        raise exception 'raw page text is immutable (page %)', old.id using errcode = 'P0001';
    end if;
    return new;
end $$;
create trigger page_text_immutable before update on page
    for each row execute function refuse_page_text_change();

create table article (
    id               bigserial primary key,
    issue_id         bigint      not null references issue (id),
    page_id          bigint      not null references page (id),
    position         int         not null,
    current_revision int         not null,
    state            text        not null default 'DRAFT'
                     check (state in ('DRAFT', 'CORRECTED', 'APPROVED', 'REJECTED', 'EXCLUDED')),
    -- Optimistic locking: bumped by every change to the article row.
    version          int         not null default 0,
    -- The revision an editor approved (the workflow sets it); null until approved.
    approved_revision int,
    -- Set when the article was merged into another: it keeps its history but leaves the page.
    merged_into      bigint      references article (id),
    updated_by       text        not null,
    updated_at       timestamptz not null default now()
);
create index article_issue on article (issue_id, page_id, position) where merged_into is null;

-- Full snapshots: one row per change, never updated or deleted.
create table article_revision (
    article_id bigint      not null references article (id),
    revision   int         not null check (revision > 0),
    author     text        not null,
    created_at timestamptz not null default now(),
    origin     text        not null check (origin in ('SEGMENTER', 'EDIT', 'STRUCTURE', 'RESTORE')),
    note       text,
    content    jsonb       not null,
    primary key (article_id, revision)
);

create function refuse_revision_change() returns trigger language plpgsql as $$
begin
    raise exception 'article revisions are append-only (% refused)', tg_op using errcode = 'P0001';
end $$;
create trigger article_revision_append_only before update or delete on article_revision
    for each row execute function refuse_revision_change();
create trigger article_revision_no_truncate before truncate on article_revision
    for each statement execute function refuse_revision_change();
