-- An archive import writes thousands of communiqués, revisions and audit entries in one transaction. H2 hands out
-- identity values from a cache of 32 and, each time the cache runs out, writes the sequence to the file and commits
-- that write (Sequence.flush): 9.5 % of an import's CPU in the JFR profile (issue 17, decision 0051). A cache of
-- 1,000 makes that 30 times rarer. H2 writes the real next value at a clean close, so ids stay without gaps then;
-- after a crash some values may be skipped, which nothing relies on.
alter table communique alter column id set cache 1000;
alter table revision alter column id set cache 1000;
alter table audit_event alter column id set cache 1000;
