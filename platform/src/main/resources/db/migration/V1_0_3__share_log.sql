-- The share log (platform ShareLog): every export download, changes-feed read and identity look-up, who made it and
-- why, kept as a record of what personal data left the service. Append-only: nothing may change or remove a line.
create table share_log (
    seq       bigint generated always as identity primary key,
    at        timestamptz not null default clock_timestamp(),
    kind      text        not null,
    client_id text        not null,
    caller    text        not null,
    purpose   text,
    resource  text        not null,
    filter    text,
    records   bigint      not null
);
create index share_log_at on share_log (at);

create function share_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'share_log is append-only' using errcode = '42501';
end
$$;
create trigger share_log_append_only before update or delete or truncate on share_log
    for each statement execute function share_log_append_only();
