-- The rule sets the domain brief names, as data (domain rules 10 and 11); edit them through /api/v1/rule-sets.
-- Only the year is confirmed for each set ("HD 21-HD/BTCTW 2019", "from 2025"), so each takes effect on 1 January of it.
-- The 2025 set's excellent cap is not confirmed ("similar cap in later rules"): it stays unset, not invented.
insert into rule_sets (id, code, documents, effective_from, uses_score, excellent_min_score, good_min_score,
                       complete_min_score, excellent_cap_percent, note, version, created_at, created_by, updated_at, updated_by)
values ('2019a000-0000-4000-8000-000000000021', 'HD21-2019', 'HD 21-HD/BTCTW (2019)', '2019-01-01', false, null, null, null,
        20, 'No score. Excellent may not exceed 20% of those rated good within one grassroots organization.',
        0, now(), 'flyway', now(), 'flyway'),
       ('2025a000-0000-4000-8000-000000000366', 'QD366-2025', 'QĐ 366-QĐ/TW; HD 43-HD/BTCTW (2025)', '2025-01-01', true, 90, 70,
        50, null, 'Score 0–100: ≥ 90 excellent, 70–< 90 good, 50–< 70 complete, < 50 not complete, plus conditions. The excellent cap is not confirmed: unset.',
        0, now(), 'flyway', now(), 'flyway');
