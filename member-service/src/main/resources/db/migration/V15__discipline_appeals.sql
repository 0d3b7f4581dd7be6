-- An appeal's outcome also changes the register (issue 20): an expulsion annulled or lightened reinstates the member
-- citing the same case, and a decision changed to expulsion expels them from the appeal's date. A case may thus cite
-- several history rows, each of another kind or day; the same one twice stays refused.
drop index member_events_discipline_case;
create unique index member_events_discipline_case on member_events (discipline_case_id, kind, occurred_on)
    where discipline_case_id is not null;
