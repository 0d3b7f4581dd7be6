-- Complaints and denunciations about party members and organizations (issue 20): received, assigned to the
-- inspection committee competent for the subject, acknowledged and resolved within the times the terms' data sets.
-- A term the sources do not state is left empty: no deadline is computed from it, none is guessed.
create table complaint_terms (
    kind                     varchar(20)   primary key,
    acknowledge_within_days  integer       check (acknowledge_within_days > 0),
    resolve_within_days      integer       check (resolve_within_days > 0),
    source                   varchar(500)  not null,
    note                     varchar(2000),
    version                  bigint        not null,
    created_at               timestamptz   not null,
    created_by               varchar(200)  not null,
    updated_at               timestamptz   not null,
    updated_by               varchar(200)  not null
);

insert into complaint_terms (kind, acknowledge_within_days, resolve_within_days, source, note, version, created_at, created_by,
                             updated_at, updated_by)
values ('DENUNCIATION', null, 90, 'QĐ 22-QĐ/TW (28/7/2021), Điều 20',
        'Resolved no later than 90 days from the day the competent organization receives it, at province level and below (180 at the central level). Counted as calendar days: whether they are working days is not verified (the 2017 guidance under QĐ 30 said working days). An anonymous denunciation is not resolved. A time to acknowledge is not in the sources at hand: none is set.',
        0, now(), 'migration', now(), 'migration'),
       ('COMPLAINT', null, null, 'not found',
        'A complaint about a discipline decision is an appeal, recorded on its case with its own time (DIS-APPEAL-DEADLINE). The times to acknowledge and resolve other complaints are not in the sources at hand: none is set.',
        0, now(), 'migration', now(), 'migration');

create table complaints (
    id                        uuid primary key,
    kind                      varchar(20)   not null,
    received_on               date          not null,
    channel                   varchar(20)   not null,
    subject_member_id         uuid,
    subject_organization_id   uuid,
    -- The subject's organization (a member's cell): whose subtree may read the complaint.
    organization_id           uuid          not null,
    content                   varchar(4000) not null,
    -- Who complained or denounced. A denouncer's identity is read only by the assigned inspection committee.
    complainant_name          varchar(200),
    complainant_contact       varchar(500),
    assigned_organization_id  uuid          not null,
    acknowledge_by            date,
    resolve_by                date,
    status                    varchar(20)   not null,
    acknowledged_on           date,
    outcome                   varchar(20),
    conclusion                varchar(4000),
    decision_number           varchar(64),
    resolved_on               date,
    version                   bigint        not null,
    created_at                timestamptz   not null,
    created_by                varchar(200)  not null,
    updated_at                timestamptz   not null,
    updated_by                varchar(200)  not null,
    constraint complaints_one_subject check ((subject_member_id is null) <> (subject_organization_id is null)),
    constraint complaints_resolved check ((status = 'RESOLVED') = (outcome is not null and resolved_on is not null))
);
create index complaints_organization on complaints (organization_id, received_on);
create index complaints_open on complaints (resolve_by) where status <> 'RESOLVED';
