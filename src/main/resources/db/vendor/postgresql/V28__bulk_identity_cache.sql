-- The embedded database's V28 (db/vendor/h2) gives its bulk tables' identities a larger cache. PostgreSQL keeps its
-- default: there a cache belongs to each connection, so desktops sharing the server would get ids out of the order
-- in which their rows were written, and the audit chain reads its entries in id order. This script only keeps the
-- version numbers of both databases aligned.
select 1 from app_setting where 1 = 0;
