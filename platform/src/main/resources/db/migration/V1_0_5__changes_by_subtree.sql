-- The changes feed and webhooks by subtree (issue 19). `organizations` holds the organizations an event is about and
-- every one above them, as the tree stood when it was recorded; an event about a move holds both sides. The feed of
-- X's subtree is the events whose array holds X, so it keeps the events of what was in X then, whatever moved since.
-- Events recorded before this release hold none: a subtree's feed starts at the upgrade (or an export's cursor).
alter table outbox add column organizations uuid[];

-- A subscription's subtree; null: every organization.
alter table webhook_subscriptions add column organization_id uuid;
