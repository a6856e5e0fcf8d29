-- Galley's database roles. Run once as a superuser (or the database owner with CREATEROLE) in Galley's
-- database, then give both roles a password:
--
--   psql -d galley -f db/roles.sql
--   psql -d galley -c '\password galley_owner' -c '\password galley_app'
--
-- galley_owner owns the schema: Flyway connects as it (SPRING_FLYWAY_USER, SPRING_FLYWAY_PASSWORD).
-- galley_app is what the application connects as (SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD):
-- not a superuser, it cannot create functions or tables, cannot run COPY ... PROGRAM, disable triggers or
-- change session_replication_role, and migration V0005 leaves it no UPDATE, DELETE or TRUNCATE on revisions,
-- publications and the audit trail. Safe to run again. Galley's embedded PostgreSQL runs this same file.

do $$
begin
    if not exists (select from pg_roles where rolname = 'galley_owner') then
        create role galley_owner login;
    end if;
    if not exists (select from pg_roles where rolname = 'galley_app') then
        create role galley_app login;
    end if;
end $$;

alter role galley_owner nosuperuser nocreatedb nocreaterole noreplication nobypassrls login;
alter role galley_app   nosuperuser nocreatedb nocreaterole noreplication nobypassrls login;

do $$
begin
    execute format('grant connect on database %I to galley_owner, galley_app', current_database());
    -- Temporary tables are the one place a role without CREATE on a schema could still create functions.
    execute format('revoke temporary on database %I from public', current_database());
end $$;

revoke create on schema public from public;
grant usage, create on schema public to galley_owner;
grant usage on schema public to galley_app;
revoke create on schema public from galley_app;

-- An installation made before these roles existed has its tables owned by whoever ran the first migrations
-- (the superuser, for the embedded server): hand them to galley_owner, so Flyway can go on migrating them.
do $$
declare
    o record;
begin
    for o in
        select c.relname as name, c.relkind as kind
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
          and pg_get_userbyid(c.relowner) <> 'galley_owner'
          -- Sequences owned by a column follow their table.
          and not (c.relkind = 'S' and exists (select from pg_depend d
                                               where d.objid = c.oid and d.deptype in ('a', 'i')
                                                 and d.classid = 'pg_class'::regclass))
    loop
        execute format('alter %s public.%I owner to galley_owner',
                       case o.kind when 'S' then 'sequence' when 'v' then 'view' when 'm' then 'materialized view'
                                   when 'f' then 'foreign table' else 'table' end, o.name);
    end loop;
    for o in
        select p.oid::regprocedure::text as signature
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = 'public' and pg_get_userbyid(p.proowner) <> 'galley_owner'
    loop
        execute format('alter routine %s owner to galley_owner', o.signature);
    end loop;
end $$;

-- The application role's rights: ordinary rights on every table, now and in later migrations (never TRUNCATE),
-- and none that would change revisions, publications or the audit trail. Migration V0005 grants the same; it is
-- repeated here for an installation whose tables were made before these roles existed.
alter default privileges for role galley_owner in schema public
    grant select, insert, update, delete on tables to galley_app;
alter default privileges for role galley_owner in schema public
    grant usage, select on sequences to galley_app;
grant select, insert, update, delete on all tables in schema public to galley_app;
grant usage, select on all sequences in schema public to galley_app;
do $$
declare
    t text;
begin
    foreach t in array array['article_revision', 'publication', 'publication_article', 'audit_event',
                              'publication_rendition', 'change_set', 'change_set_article'] loop
        if to_regclass('public.' || t) is not null then
            execute format('revoke update, delete, truncate on public.%I from galley_app', t);
        end if;
    end loop;
    if to_regclass('public.publication') is not null then
        grant update (withdrawn_by, withdrawn_at) on public.publication to galley_app;
    end if;
    if to_regclass('public.flyway_schema_history') is not null then
        revoke insert, update, delete, truncate on public.flyway_schema_history from galley_app;
    end if;
end $$;
