-- Look-ups by the numbers other systems know a member by (POST /api/v1/members/lookups): national ids are indexed by
-- their unique constraint, party card and dossier numbers here. Neither is unique: the register may hold one twice,
-- which the look-up reports rather than hides.
create index members_party_card_number on members (party_card_number);
create index members_dossier_number on members (dossier_number);
