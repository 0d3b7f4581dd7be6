-- Tables every service shares through the platform library: outbox, inbox, idempotency keys,
-- and the accent-insensitive search function. Service migrations start at V2.

create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE; an IMMUTABLE wrapper lets indexes use it. It folds Vietnamese
-- diacritics (ễ → e) and đ/Đ → d/D; lower() makes the match case-insensitive.
create or replace function f_unaccent(text) returns text
    language sql immutable parallel safe strict
as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

create table outbox (
    seq            bigint generated always as identity primary key,
    event_id       uuid        not null unique,
    topic          text        not null,
    aggregate_type text        not null,
    aggregate_id   text        not null,
    event_type     text        not null,
    occurred_at    timestamptz not null,
    payload        jsonb       not null,
    published_at   timestamptz
);
create index outbox_unpublished on outbox (seq) where published_at is null;
create index outbox_aggregate on outbox (aggregate_id, seq);

-- Wakes the relay when a transaction that wrote events commits (NOTIFY is delivered on commit).
create function outbox_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('outbox', '');
    return null;
end $$;
create trigger outbox_notify after insert on outbox for each statement execute function outbox_notify();

create table inbox (
    consumer     text        not null,
    event_id     text        not null,
    event_type   text,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);

create table idempotency_keys (
    caller           text        not null,
    idempotency_key  text        not null,
    request_hash     text        not null,
    status           int,
    response_body    text,
    response_headers jsonb,
    created_at       timestamptz not null default now(),
    completed_at     timestamptz,
    primary key (caller, idempotency_key)
);
