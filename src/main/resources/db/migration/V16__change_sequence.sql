-- The database's change sequence: every committed transaction that changed communiqués takes one number from
-- communique_change_seq, just before it commits, and writes one row per communiqué it changed (deleted ones too).
-- Each desktop's search index records the highest number below which it has applied every change, and catches up
-- from there at start and after a lost connection, instead of rebuilding because a colleague saved.
-- Numbers are taken before the commit, so a transaction may commit after another that took a higher number: a
-- reader treats a missing number as "perhaps not committed yet" for a while (search.ChangeWatermark, decision 0036).
-- Rows are only ever inserted (no update, so no lock to wait for). Portable SQL (H2 and PostgreSQL 15).
create sequence communique_change_seq;

create table communique_change (
    change_seq      bigint  not null,
    communique_id   bigint  not null,
    constraint communique_change_pk primary key (change_seq, communique_id)
);
