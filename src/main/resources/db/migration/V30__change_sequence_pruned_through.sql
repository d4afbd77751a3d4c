-- The pruning of the change sequence now records the highest number it deleted, and an index compares its mark
-- with that number (decision 0036, amended). A database pruned by an earlier version gets it here, once. Those
-- prunings always kept the 10,000 newest numbers and deleted only below them: the number below the 10,000th newest
-- held now is at or above anything they deleted (a search index far behind may check itself once more than needed,
-- never miss a change). A database never pruned, or holding fewer numbers, lost none: 0.
-- Portable SQL (H2 and PostgreSQL 15).
insert into app_setting (setting_key, setting_value)
select 'change.sequence.pruned.through', cast(case
    when exists (select 1 from app_setting where setting_key = 'change.sequence.pruned' and setting_value <> '')
    then coalesce((select d.change_seq - 1 from (select distinct change_seq from communique_change) d
                   order by d.change_seq desc offset 9999 rows fetch next 1 rows only), 0)
    else 0 end as varchar(20));
