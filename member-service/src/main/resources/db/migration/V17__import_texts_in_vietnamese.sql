-- An import's row errors and failure are read later, by whoever asks, in the language they ask for: each is stored in
-- both of the API's languages. Those stored before have their English only, which they read as in either.
alter table import_row_errors add column message_vi varchar(1000);
alter table import_jobs add column failure_vi varchar(1000);
