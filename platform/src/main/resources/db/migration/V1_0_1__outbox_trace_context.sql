-- The trace an event was recorded in (W3C traceparent), sent with it so that its consumers continue that trace.
-- Numbered below the services' own migrations (V2 on): services run Flyway out of order, so that a database made
-- before this migration takes it too.
alter table outbox add column traceparent text;
