-- Webhook subscriptions (platform webhooks): a client's URL to which this service posts each new event of its outbox it
-- may see, in outbox order, signed per Standard Webhooks. `position` is the outbox sequence delivered up to; the
-- dispatcher leases a due subscription (`lease_until`) so that one instance at a time delivers it.
create table webhook_subscriptions (
    id                    uuid primary key,
    client_id             text        not null,
    created_by            text        not null,
    created_at            timestamptz not null default now(),
    target_url            text        not null,
    event_types           text        not null, -- comma-separated; empty: every type the roles may see
    roles                 text        not null, -- comma-separated roles of the creator, which decide what it sees
    purpose               text,
    secret                text        not null,
    previous_secret       text,
    previous_secret_until timestamptz,
    status                text        not null,
    position              bigint      not null,
    attempts              int         not null default 0,
    retrying_since        timestamptz,
    next_attempt_at       timestamptz,
    lease_until           timestamptz
);
create index webhook_subscriptions_client on webhook_subscriptions (client_id, created_at);

-- One line per event delivered (or tried) to a subscription; its id is the `webhook-id` header, the same on each retry.
create table webhook_deliveries (
    id               uuid primary key,
    subscription_id  uuid        not null references webhook_subscriptions on delete cascade,
    position         bigint      not null,
    event_id         text        not null,
    event_type       text        not null,
    status           text        not null,
    attempts         int         not null,
    response_code    int,
    error            text,
    first_attempt_at timestamptz not null,
    last_attempt_at  timestamptz not null,
    delivered_at     timestamptz,
    unique (subscription_id, position)
);
create index webhook_deliveries_age on webhook_deliveries (last_attempt_at);
