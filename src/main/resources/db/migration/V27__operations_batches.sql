-- Batch operations on process instances (issue 8 item 3): who ran what, on how many
-- instances, and why. Camunda's own batch (act_ru_batch) holds the progress while it runs
-- and is removed when it completes; this record stays. Camunda's user operation log has no
-- user here because BokjiFlow calls the engine as the system (its own checks decide).
create table op_batch_operation (
    id                   bigserial primary key,
    kind                 varchar(20) not null check (kind in ('RETRY_INCIDENTS', 'SUSPEND', 'RESUME', 'CANCEL', 'REASSIGN_TASKS', 'MIGRATE')),
    camunda_batch_id     varchar(64),
    definition_id        varchar(64) not null,
    target_definition_id varchar(64),
    instances            int not null,
    reason               varchar(500) not null,
    performed_by         varchar(64) not null,
    sigungu_code         varchar(5),
    created_at           timestamptz not null,
    detail               varchar(500),
    finished_at          timestamptz,
    total_jobs           bigint not null default 0,
    completed_jobs       bigint not null default 0,
    failed_jobs          bigint not null default 0,
    state                varchar(20) not null check (state in ('RUNNING', 'COMPLETED', 'FAILED'))
);
create index op_batch_operation_sigungu on op_batch_operation (sigungu_code, created_at desc);
create index op_batch_operation_created on op_batch_operation (created_at desc);
