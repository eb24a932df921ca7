-- casework: the task list's own projection of Camunda's open user tasks, kept in step by a
-- history event handler in the engine's transaction (io.bokjiflow.casework.internal.TaskProjection),
-- so that filtering and sorting by business data over 100,000+ open tasks uses our indexes
-- instead of Camunda's generic task query. Case data (program, applicant, status, flags)
-- is joined from cw_application by the application number (the process business key).
create table cw_task (
    task_id                  varchar(64) primary key,
    process_instance_id      varchar(64),
    root_process_instance_id varchar(64),
    application_no           varchar(30),
    task_name                varchar(255),
    task_definition_key      varchar(255),
    created_at               timestamptz,
    due_at                   timestamptz,
    priority                 integer not null default 50,
    assignee                 varchar(64),
    owner                    varchar(64),
    candidate_groups         text[] not null default '{}'
);
create index cw_task_assignee_due on cw_task (assignee, due_at, created_at);
create index cw_task_due on cw_task (due_at, created_at);
create index cw_task_groups on cw_task using gin (candidate_groups);
create index cw_task_application on cw_task (application_no);
create index cw_task_root on cw_task (root_process_instance_id);

-- open incidents of cases (a failed job that needs a person); resolved ones are deleted
create table cw_case_incident (
    incident_id              varchar(64) primary key,
    root_process_instance_id varchar(64),
    application_no           varchar(30),
    activity_id              varchar(255),
    message                  varchar(4000),
    created_at               timestamptz not null
);
create index cw_case_incident_root on cw_case_incident (root_process_instance_id);

-- saved task-list filters: personal, or shared with the owner's organisation
create table cw_task_filter (
    id         uuid primary key,
    owner      varchar(64) not null,
    org_code   varchar(10) not null,
    name       varchar(80) not null,
    shared     boolean not null default false,
    criteria   jsonb not null,
    created_at timestamptz not null,
    unique (owner, name)
);
create index cw_task_filter_org on cw_task_filter (org_code) where shared;

-- task-list filters read business columns of the application
create index cw_application_program on cw_application (program_code);
create index cw_application_dong on cw_application (admin_dong_code);
create index cw_application_submitted on cw_application (submitted_at);
