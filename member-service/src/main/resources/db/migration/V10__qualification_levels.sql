-- Qualification levels as code lists (issue 13): state management, foreign language and IT are recorded as text, and
-- each member also carries the code of the level the text names, so the levels can be counted. The lists are data,
-- not enumerations: the values Party records use (Mẫu 2-HSĐV) are not confirmed (shared/docs/party-rules-sources.md,
-- section 7), so admins keep them through /api/v1/qualification-levels.

-- One spelling of a level: case, accents (đ as d) and runs of spaces do not tell two spellings apart, as the
-- statistics' grouping of the recorded text (QualificationLevels.key) does not.
create function qualification_key(t text) returns text
    language sql immutable parallel safe strict
as $$ select nullif(regexp_replace(regexp_replace(f_unaccent(t), '\s+', ' ', 'g'), '^ | $', '', 'g'), '') $$;

create table qualification_levels (
    id              uuid primary key,
    kind            varchar(20)  not null,
    code            varchar(40)  not null,
    label           varchar(100) not null,
    -- The document that defines the level (number and date); both null: unconfirmed.
    source_document varchar(200),
    source_date     date,
    version         bigint       not null,
    created_at      timestamptz  not null,
    created_by      varchar(200) not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(200) not null,
    constraint qualification_levels_kind check (kind in ('STATE_MANAGEMENT', 'FOREIGN_LANGUAGE', 'IT')),
    constraint qualification_levels_code_unique unique (kind, code)
);

-- Other spellings that name the level besides its label.
create table qualification_level_aliases (
    level_id uuid         not null references qualification_levels (id) on delete cascade,
    alias    varchar(100) not null,
    primary key (level_id, alias)
);

-- The code of the level of kind k whose label or an alias is spelled as t, or null. The service lets a spelling name
-- at most one level of a kind (QUAL-ONE-LEVEL), so the order only makes the answer stable.
create function qualification_code(k text, t text) returns varchar
    language sql stable parallel safe
as $$
    select l.code from qualification_levels l
    where l.kind = k
      and (qualification_key(l.label) = qualification_key(t)
           or exists (select 1 from qualification_level_aliases a
                      where a.level_id = l.id and qualification_key(a.alias) = qualification_key(t)))
    order by l.code
    limit 1
$$;

alter table members
    add column state_management_code varchar(40),
    add column foreign_language_code varchar(40),
    add column it_skill_code         varchar(40);

-- members_as_of returns rows of members: its row gains the three codes (not historized, as the text is not).
create or replace function members_as_of(d date) returns setof members language sql stable as $$
    select m.id, m.full_name, m.birth_name, m.date_of_birth, m.gender, m.ethnicity, m.religion, m.hometown, m.national_id,
           m.party_card_number, m.dossier_number, m.admitted_on,
           case when m.full_member_since <= d then m.full_member_since end,
           case when m.full_member_since <= d then 'FULL' else 'PROBATIONARY' end,
           s.organization_id, s.status,
           m.general_education, m.degree, m.academic_title, m.political_theory, m.state_management, m.foreign_language,
           m.it_skill, m.job_title, m.heads_host_unit, m.version, m.created_at, m.created_by, m.updated_at, m.updated_by,
           m.state_management_code, m.foreign_language_code, m.it_skill_code
    from members m
    join lateral (
        select case when e.kind in ('TRANSFERRED_OUT', 'DIED', 'STRUCK_OFF', 'EXPELLED') then e.from_organization_id
                    else coalesce(e.to_organization_id, e.from_organization_id) end as organization_id,
               case e.kind when 'TRANSFERRED_OUT' then 'TRANSFERRED_OUT' when 'DIED' then 'DECEASED'
                           when 'STRUCK_OFF' then 'STRUCK_OFF' when 'EXPELLED' then 'EXPELLED'
                           when 'EXEMPTED' then 'EXEMPT' else 'ACTIVE' end as status
        from member_events e
        where e.member_id = m.id and e.occurred_on <= d and e.kind not in ('UPDATED', 'RECOGNISED_FULL')
        order by e.occurred_on desc, e.recorded_at desc
        limit 1) s on true
$$;

-- The seed. Levels a document defines carry it as their source; levels nothing cited defines carry none (unconfirmed).
create temporary table seeded_levels (kind text, code text, label text, source_document text, source_date date,
                                      aliases text[]) on commit drop;
insert into seeded_levels values
    -- Named by party-rules-sources.md (section 7) as the values expected on 2-HSĐV, not verified there: the
    -- civil-service state-management programmes. No defining document was found, so no source.
    ('STATE_MANAGEMENT', 'CHUYEN_VIEN', 'Chuyên viên', null, null, '{}'),
    ('STATE_MANAGEMENT', 'CHUYEN_VIEN_CHINH', 'Chuyên viên chính', null, null, '{}'),
    ('STATE_MANAGEMENT', 'CHUYEN_VIEN_CAO_CAP', 'Chuyên viên cao cấp', null, null, '{}'),
    -- Thông tư 01/2014/TT-BGDĐT (Bộ Giáo dục và Đào tạo, 24/01/2014): the six-level foreign-language framework for
    -- Viet Nam, levels 1 to 6 read as A1 to C2 of the European framework. The framework applies to any language; the
    -- "Tiếng Anh" spellings are those English is commonly recorded with.
    ('FOREIGN_LANGUAGE', 'BAC_1', 'Bậc 1 (A1)', 'Thông tư 01/2014/TT-BGDĐT', '2014-01-24', '{"Bậc 1","A1","Tiếng Anh A1","Tiếng Anh bậc 1"}'),
    ('FOREIGN_LANGUAGE', 'BAC_2', 'Bậc 2 (A2)', 'Thông tư 01/2014/TT-BGDĐT', '2014-01-24', '{"Bậc 2","A2","Tiếng Anh A2","Tiếng Anh bậc 2"}'),
    ('FOREIGN_LANGUAGE', 'BAC_3', 'Bậc 3 (B1)', 'Thông tư 01/2014/TT-BGDĐT', '2014-01-24', '{"Bậc 3","B1","Tiếng Anh B1","Tiếng Anh bậc 3"}'),
    ('FOREIGN_LANGUAGE', 'BAC_4', 'Bậc 4 (B2)', 'Thông tư 01/2014/TT-BGDĐT', '2014-01-24', '{"Bậc 4","B2","Tiếng Anh B2","Tiếng Anh bậc 4"}'),
    ('FOREIGN_LANGUAGE', 'BAC_5', 'Bậc 5 (C1)', 'Thông tư 01/2014/TT-BGDĐT', '2014-01-24', '{"Bậc 5","C1","Tiếng Anh C1","Tiếng Anh bậc 5"}'),
    ('FOREIGN_LANGUAGE', 'BAC_6', 'Bậc 6 (C2)', 'Thông tư 01/2014/TT-BGDĐT', '2014-01-24', '{"Bậc 6","C2","Tiếng Anh C2","Tiếng Anh bậc 6"}'),
    -- Thông tư 03/2014/TT-BTTTT (Bộ Thông tin và Truyền thông, 11/03/2014): the standard of IT use, basic (modules
    -- IU01-IU06) and advanced (IU07-IU15). "Ứng dụng CNTT" is the spelling the certificates are commonly recorded with.
    ('IT', 'CO_BAN', 'Chuẩn kỹ năng sử dụng CNTT cơ bản', 'Thông tư 03/2014/TT-BTTTT', '2014-03-11', '{"CNTT cơ bản","Ứng dụng CNTT cơ bản"}'),
    ('IT', 'NANG_CAO', 'Chuẩn kỹ năng sử dụng CNTT nâng cao', 'Thông tư 03/2014/TT-BTTTT', '2014-03-11', '{"CNTT nâng cao","Ứng dụng CNTT nâng cao"}');

insert into qualification_levels (id, kind, code, label, source_document, source_date, version, created_at, created_by,
                                  updated_at, updated_by)
select md5('qualification-level:' || kind || ':' || code)::uuid, kind, code, label, source_document, source_date, 0,
       now(), 'migration V10', now(), 'migration V10'
from seeded_levels;
insert into qualification_level_aliases (level_id, alias)
select md5('qualification-level:' || kind || ':' || code)::uuid, unnest(aliases) from seeded_levels;

-- Whatever the members table records that no seeded level names becomes a level of its own, unconfirmed, grouped as
-- the statistics grouped the text (case, accents and spaces aside) and named by its most used spelling, so no figure
-- counted before the upgrade turns "unmapped". Its code is its spelling in capitals without accents.
insert into qualification_levels (id, kind, code, label, source_document, source_date, version, created_at, created_by,
                                  updated_at, updated_by)
with recorded as (
    select 'STATE_MANAGEMENT' as kind, btrim(state_management) as spelling from members where state_management is not null
    union all
    select 'FOREIGN_LANGUAGE', btrim(foreign_language) from members where foreign_language is not null
    union all
    select 'IT', btrim(it_skill) from members where it_skill is not null
), unmatched as (
    select kind, qualification_key(spelling) as key, spelling, count(*) as n
    from recorded
    where qualification_key(spelling) is not null and qualification_code(kind, spelling) is null
    group by 1, 2, 3
), named as (
    select distinct on (kind, key) kind, key, regexp_replace(spelling, '\s+', ' ', 'g') as label
    from unmatched
    order by kind, key, n desc, spelling collate "C"
), coded as (
    select kind, key, label,
           coalesce(nullif(btrim(left(upper(regexp_replace(key, '[^a-z0-9]+', '_', 'g')), 30), '_'), ''), 'LEVEL') as base
    from named
), unique_codes as (
    select kind, label,
           case when count(*) over (partition by kind, base) = 1
                     and not exists (select 1 from qualification_levels l where l.kind = c.kind and l.code = c.base)
                then base else base || '_' || upper(left(md5(key), 8)) end as code
    from coded c
)
select md5('qualification-level:' || kind || ':' || code)::uuid, kind, code, left(label, 100), null, null, 0,
       now(), 'migration V10', now(), 'migration V10'
from unique_codes;

update members
set state_management_code = qualification_code('STATE_MANAGEMENT', state_management),
    foreign_language_code = qualification_code('FOREIGN_LANGUAGE', foreign_language),
    it_skill_code         = qualification_code('IT', it_skill)
where state_management is not null or foreign_language is not null or it_skill is not null;
