-- When each subject was part of the Bloc, so that a review and the attainment report's "not yet rated" respect the
-- cycle (issue 13). Columns of evaluation-service's own: the contracts' replica tables do not carry them.
-- Filled by the inbox handlers from the events that carry the dates; null where no such event has arrived (rows of an
-- earlier release, or events that carry no date): unknown counts as "existed".

-- Members: the day the member came onto the register (change.occurredOn of MemberAdmitted / MemberTransferredIn) and
-- the day they left it (of MemberTransferredOut, MemberDied, MemberStruckOff, MemberExpelled).
alter table members add column entered_on date;
alter table members add column left_on date;

-- Organizations: foundedOn of every event; the effective date of OrganizationReceived (an organization received from
-- outside the Bloc is part of it from then on); the effective date of the change that ended it (transferred out,
-- merged, split, dissolved).
alter table organizations add column founded_on date;
alter table organizations add column received_on date;
alter table organizations add column ended_on date;
