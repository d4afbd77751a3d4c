-- Commit receipts for the shared H2 file (decision 0052): each process writes, inside every transaction and as its
-- last statement, the transaction's random token into its own row. When the process serving the file dies while
-- another's transaction commits, the other reconnects and reads its row: the token is there if and only if the
-- commit reached the file, so the transaction is either reported done or run again, never lost nor run twice.
-- One row per open database; a process deletes its row when it closes; rows left by killed processes are deleted
-- after a day. Unused on the PostgreSQL server (a broken commit there is told to the user as it is). Portable SQL.
create table commit_receipt (
    writer     varchar(36) primary key,
    token      varchar(36) not null,
    written_at timestamp with time zone not null
);
