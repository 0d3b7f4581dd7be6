-- A succession candidate flagged by an evaluation-service decision (issue 20): a confidence vote with over half "low"
-- (out of planning, for review) or two thirds (a dismissal proposal), or a discipline decision. A flag marks the
-- candidate in the plan and its report; the organizer decides the removal. One flag per candidate, reason and source.
create table candidate_flags (
    id           uuid primary key,
    candidate_id uuid         not null references succession_candidates (id),
    reason       varchar(40)  not null,
    source_id    uuid         not null,
    flagged_on   date         not null,
    recorded_at  timestamptz  not null,
    constraint candidate_flags_once unique (candidate_id, reason, source_id)
);
create index candidate_flags_candidate on candidate_flags (candidate_id);
