-- An administrator's password reset can ask the person to choose their own password at the next sign-in: the
-- account then carries this flag until they have. Portable SQL (H2 and PostgreSQL 15).
alter table user_account add column must_change_password boolean default false not null;
