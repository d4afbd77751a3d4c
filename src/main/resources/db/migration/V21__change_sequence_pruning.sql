-- The change sequence (V16) is pruned: each row says when it was written, so that the rows older than a month can
-- be deleted while the newest ones stay (app.ChangeLogUpkeep, decision 0036). Rows already there count from now.
-- Portable SQL (H2 and PostgreSQL 15).
alter table communique_change add column changed_at timestamp with time zone default current_timestamp not null;
