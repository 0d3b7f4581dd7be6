-- An export as of a day asks of each rating whether a re-rating decided by then replaced it.
create index reviews_replaces on reviews (replaces_review_id) where replaces_review_id is not null;
