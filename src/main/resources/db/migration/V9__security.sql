-- Sign-in throttling (issue 16): one row per recently tried account name and per source, whether or not the name
-- is an account, so that unknown names are slowed exactly like real ones. Keys are SHA-256 digests of the name or the
-- source, never the typed text; rows untouched for a day are pruned, which bounds the table.
-- Portable SQL (H2 and PostgreSQL).

create table sign_in_throttle (
    throttle_key     varchar(80)   not null,
    attempts         integer       not null,
    last_attempt_at  timestamp with time zone not null,
    constraint sign_in_throttle_pk primary key (throttle_key)
);

create index sign_in_throttle_last_ix on sign_in_throttle (last_attempt_at);
