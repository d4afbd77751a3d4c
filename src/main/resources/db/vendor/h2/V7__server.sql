-- The shared server's notifications (V7 in db/vendor/postgresql) have no counterpart in the embedded database:
-- there, every writer is in the same process or shares the file, and hears commits through CommittedChanges.
-- This script only keeps the version numbers of both databases aligned.
select 1 from app_setting where 1 = 0;
