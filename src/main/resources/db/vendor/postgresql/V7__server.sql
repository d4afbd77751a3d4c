-- The shared server tells every connected PressDesk what changed, as soon as it is committed (LISTEN/NOTIFY:
-- notifications are sent at commit, in commit order, and never for a rolled-back transaction). The payload is the
-- communiqué's id and the writer's application name, so that a client can skip its own changes.

create function pressdesk_notify_change() returns trigger language plpgsql as $$
declare
    changed_id bigint;
begin
    if tg_table_name = 'communique' then
        changed_id := new.id;
    elsif tg_op = 'DELETE' then
        changed_id := old.communique_id;
    else
        changed_id := new.communique_id;
    end if;
    perform pg_notify('pressdesk_changes', changed_id || ' ' || current_setting('application_name'));
    return null;
end
$$;

create trigger communique_notify_change after insert or update on communique
    for each row execute function pressdesk_notify_change();

create trigger communique_tag_notify_change after insert or update or delete on communique_tag
    for each row execute function pressdesk_notify_change();
