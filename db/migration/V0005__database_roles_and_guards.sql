-- The database as a locked room. The application role (galley_app, see db/roles.sql) gets ordinary rights on
-- every table, now and in later migrations, except the records that must never change: revisions, publications
-- and the audit trail get no UPDATE, DELETE or TRUNCATE (publications: UPDATE only of the columns that withdraw
-- one). Guards in triggers hold for the owner too: no TRUNCATE of publications, no deleting a page that has
-- articles, and an article's revision pointers move only the way the services move them.

create trigger publication_no_truncate before truncate on publication
    for each statement execute function refuse_publication_change();
create trigger publication_article_no_truncate before truncate on publication_article
    for each statement execute function refuse_publication_change();

create function refuse_page_delete_with_articles() returns trigger language plpgsql as $$
begin
    if exists (select 1 from article where page_id = old.id) then
        raise exception 'page % has articles: it cannot be deleted', old.id using errcode = 'P0001';
    end if;
    return old;
end $$;
create trigger page_keeps_its_articles before delete on page
    for each row execute function refuse_page_delete_with_articles();

-- current_revision starts at 1 and moves forward one at a time (a save, a structure change, a restore each add
-- exactly one revision); approved_revision is null or one of the article's revisions. The services' statements
-- are "current_revision = current_revision + 1" and "approved_revision = :rev where current_revision = :rev".
create function check_revision_pointer_moves() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        if new.current_revision <> 1 then
            raise exception 'a new article starts at revision 1 (not %)', new.current_revision using errcode = 'P0001';
        end if;
    elsif new.current_revision <> old.current_revision and new.current_revision <> old.current_revision + 1 then
        raise exception 'the current revision of article % moves forward by one (% to % refused)',
            old.id, old.current_revision, new.current_revision using errcode = 'P0001';
    end if;
    return new;
end $$;
create trigger article_revision_pointer_moves before insert or update of current_revision on article
    for each row execute function check_revision_pointer_moves();

-- Checked at commit: an article and its first revision are inserted in that order, and a save may insert the
-- revision after moving the pointer.
create function check_revision_pointers_exist() returns trigger language plpgsql as $$
declare
    cur int;
    appr int;
begin
    select current_revision, approved_revision into cur, appr from article where id = new.id;
    if not found then
        return null;
    end if;
    if not exists (select 1 from article_revision where article_id = new.id and revision = cur) then
        raise exception 'article % points to revision %, which does not exist', new.id, cur using errcode = 'P0001';
    end if;
    if appr is not null and not exists (select 1 from article_revision where article_id = new.id and revision = appr) then
        raise exception 'article % is approved at revision %, which does not exist', new.id, appr using errcode = 'P0001';
    end if;
    return null;
end $$;
create constraint trigger article_revision_pointers_exist
    after insert or update of current_revision, approved_revision on article
    deferrable initially deferred
    for each row execute function check_revision_pointers_exist();

do $$
begin
    if not exists (select from pg_roles where rolname = 'galley_app') or current_user = 'galley_app' then
        raise notice 'No separate application role galley_app (db/roles.sql): privileges left as they are';
        return;
    end if;
    grant select, insert, update, delete on all tables in schema public to galley_app;
    grant usage, select on all sequences in schema public to galley_app;
    -- Tables and sequences made by later migrations get the same ordinary rights (never TRUNCATE).
    alter default privileges for role current_user in schema public
        grant select, insert, update, delete on tables to galley_app;
    alter default privileges for role current_user in schema public
        grant usage, select on sequences to galley_app;

    revoke update, delete, truncate on article_revision, publication, publication_article, audit_event from galley_app;
    grant update (withdrawn_by, withdrawn_at) on publication to galley_app;
    revoke insert, update, delete, truncate on flyway_schema_history from galley_app;
end $$;
