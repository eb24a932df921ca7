-- notifications: in-app messages to one user (the bell). A (recipient, kind, subject) key
-- makes reminders idempotent: the hourly due-date job never tells anyone twice.
create table nt_notification (
    id             uuid primary key,
    recipient      varchar(64) not null,
    kind           varchar(20) not null check (kind in ('ASSIGNED', 'OFFERED', 'DUE_SOON', 'INCIDENT')),
    subject        varchar(100) not null,
    application_no varchar(30),
    task_id        varchar(64),
    message_key    varchar(80) not null,
    args           jsonb not null default '[]',
    created_at     timestamptz not null,
    read_at        timestamptz,
    unique (recipient, kind, subject)
);
create index nt_notification_unread on nt_notification (recipient, created_at desc) where read_at is null;
create index nt_notification_recent on nt_notification (recipient, created_at desc);
