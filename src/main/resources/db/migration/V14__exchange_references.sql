-- References received from another installation that this one already held for another communiqué (two
-- installations numbered the same office's references). Both are kept and neither is renumbered: the received one
-- is shown here with a mark naming where it came from, and this row keeps the reference exactly as it was given, so
-- that it travels on unchanged. Portable SQL (H2 and PostgreSQL 15).
create table exchange_reference (
    communique_id   bigint        not null primary key,
    reference       varchar(80)   not null,
    installation    uuid          not null,
    received_from   varchar(200)  not null,
    received_at     timestamp with time zone not null,
    constraint exchange_reference_communique_fk foreign key (communique_id) references communique (id)
);
