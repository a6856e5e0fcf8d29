-- Personal API tokens: scripts send "Authorization: Bearer <token>" instead of a password, so a request costs
-- a SHA-256 and an indexed look-up instead of a bcrypt check. Only the token's SHA-256 is kept: the token
-- itself is shown once, when it is created. A revoked token keeps its row (who had which token, until when).
create table api_token (
    id           bigserial primary key,
    user_id      bigint      not null references app_user (id),
    name         text        not null check (length(btrim(name)) between 1 and 100),
    token_sha256 text        not null unique check (token_sha256 ~ '^[0-9a-f]{64}$'),
    -- The first characters of the token, so its owner can tell tokens apart.
    hint         text        not null,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user on api_token (user_id) where revoked_at is null;
