-- Issue 7: drafts of task forms (per task and user), comments and file attachments of a case.

create table cw_task_draft (
    task_id     varchar(64)  not null,
    username    varchar(100) not null,
    form_id     varchar(200) not null,
    form_values jsonb        not null,
    saved_at    timestamptz  not null,
    primary key (task_id, username)
);

create table cw_comment (
    id             uuid primary key,
    application_id uuid          not null references cw_application (id),
    author         varchar(100)  not null,
    author_name    varchar(200)  not null,
    created_at     timestamptz   not null,
    body           varchar(2000) not null check (length(btrim(body)) > 0)
);
create index cw_comment_application on cw_comment (application_id, created_at);

create table cw_attachment (
    id               uuid primary key,
    application_id   uuid         not null references cw_application (id),
    filename         varchar(255) not null,
    content_type     varchar(100) not null,
    size_bytes       bigint       not null check (size_bytes > 0 and size_bytes <= 10485760),
    sha256           char(64)     not null,
    content          bytea        not null,
    uploaded_by      varchar(100) not null,
    uploaded_by_name varchar(200) not null,
    uploaded_at      timestamptz  not null,
    check (octet_length(content) = size_bytes)
);
create index cw_attachment_application on cw_attachment (application_id, uploaded_at);
