-- The member search matches the name folded (lower case, without accents) as it is stored with the row, rather than
-- folding the name of every candidate the trigram index returns at each search: at 550,000 members, "bui" has 34,000
-- candidates, and folding them again took more than half of the search's count (docs/measurements.md,
-- MemberSearchBenchmark). The column follows full_name by itself; the old index on the expression goes.
alter table members add column name_folded text generated always as (f_unaccent(full_name)) stored;

create index members_name_folded_search on members using gin (name_folded gin_trgm_ops);

drop index members_name_search;

-- members_as_of returns rows of members: its row gains the folded name (not historized, as the name is not).
create or replace function members_as_of(d date) returns setof members language sql stable as $$
    select m.id, m.full_name, m.birth_name, m.date_of_birth, m.gender, m.ethnicity, m.religion, m.hometown, m.national_id,
           m.party_card_number, m.dossier_number, m.admitted_on,
           case when m.full_member_since <= d then m.full_member_since end,
           case when m.full_member_since <= d then 'FULL' else 'PROBATIONARY' end,
           s.organization_id, s.status,
           m.general_education, m.degree, m.academic_title, m.political_theory, m.state_management, m.foreign_language,
           m.it_skill, m.job_title, m.heads_host_unit, m.version, m.created_at, m.created_by, m.updated_at, m.updated_by,
           m.state_management_code, m.foreign_language_code, m.it_skill_code, m.name_folded
    from members m
    join (
        select distinct on (e.member_id) e.member_id,
               case when e.kind in ('TRANSFERRED_OUT', 'DIED', 'STRUCK_OFF', 'EXPELLED') then e.from_organization_id
                    else coalesce(e.to_organization_id, e.from_organization_id) end as organization_id,
               case e.kind when 'TRANSFERRED_OUT' then 'TRANSFERRED_OUT' when 'DIED' then 'DECEASED'
                           when 'STRUCK_OFF' then 'STRUCK_OFF' when 'EXPELLED' then 'EXPELLED'
                           when 'EXEMPTED' then 'EXEMPT' else 'ACTIVE' end as status
        from member_events e
        where e.occurred_on <= d and e.kind not in ('UPDATED', 'RECOGNISED_FULL')
        order by e.member_id, e.occurred_on desc, e.recorded_at desc) s on s.member_id = m.id
$$;
