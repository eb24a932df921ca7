-- Personal data (issue 10 item 7): the sign-in audit, the login throttle shared by every node,
-- and append-only audit logs.

-- identity: every interactive sign-in, every failed sign-in (form or HTTP Basic) and every
-- attempt refused while a username was locked out. Append-only (trigger below).
create table idn_login_audit (
    id             bigserial primary key,
    username       varchar(64)  not null,
    kind           varchar(16)  not null check (kind in ('SIGNED_IN', 'FAILED', 'LOCKED_OUT')),
    channel        varchar(8)   not null check (channel in ('FORM', 'BASIC')),
    remote_address varchar(64),
    occurred_at    timestamptz  not null
);
create index idn_login_audit_time on idn_login_audit (occurred_at desc);
create index idn_login_audit_user on idn_login_audit (username, occurred_at desc);

-- identity: failed sign-ins per username in the current window. Kept in PostgreSQL so that two
-- nodes behind a load balancer share it; the row goes away on a successful sign-in.
create table idn_login_throttle (
    username     varchar(64) primary key,
    window_start timestamptz not null,
    failures     integer     not null check (failures > 0)
);

-- Audit logs are append-only: a trigger refuses updates and deletes (as dsg_deployment_audit,
-- V28). TRUNCATE is left to the database owner (a test database is emptied that way); in
-- production the application's database user should not own these tables.
create function bokjiflow_audit_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception '% %: the audit log is append-only', tg_table_name, old.id;
end;
$$;
create trigger reg_access_audit_append_only before update or delete on reg_access_audit
    for each row execute function bokjiflow_audit_append_only();
create trigger idn_login_audit_append_only before update or delete on idn_login_audit
    for each row execute function bokjiflow_audit_append_only();
create index reg_access_audit_time on reg_access_audit (accessed_at desc);
