-- docs/security.md, "What travels where": events carry no free text about a person. Events this service
-- stored before that rule (the outbox keeps them for years, and the changes feed serves them) lose the
-- same fields the payloads no longer have: an inspection's conclusion and a review's cancel reason.
-- Ids, kinds, outcomes, flags and counts stay; the feed shows confidence votes only to roles cleared for them.
update outbox set payload = payload - 'conclusion'
where event_type = 'InspectionConcluded' and payload ? 'conclusion';

update outbox set payload = payload - 'cancelReason'
where aggregate_type = 'Review' and payload ? 'cancelReason';
