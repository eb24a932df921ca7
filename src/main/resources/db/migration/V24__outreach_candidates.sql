-- Missing-service finder (누락 서비스 발굴), issue 6 item 5: worklist runs per 행정동 and the
-- candidates they found (a person likely eligible for a program they do not receive), with the
-- outreach that follows. One row per person and program: a re-run updates, never duplicates.
create table out_run (
    id              uuid primary key,
    admin_dong_code varchar(10) not null,
    started_by      varchar(64) not null,
    started_at      timestamptz not null,
    finished_at     timestamptz,
    status          varchar(20) not null check (status in ('RUNNING', 'COMPLETED', 'FAILED')),
    residents       int not null default 0,
    evaluated       int not null default 0,
    found           int not null default 0,
    error           varchar(500)
);
create index out_run_dong on out_run (admin_dong_code, started_at desc);

create table out_candidate (
    id                  uuid primary key,
    person_id           uuid not null,
    admin_dong_code     varchar(10) not null,
    program_code        varchar(60) not null,
    program_kind        varchar(10) not null check (program_kind in ('SUPPORT', 'LOCAL')),
    confidence          varchar(20) not null check (confidence in ('LIKELY_ELIGIBLE', 'CHECK_NEEDED')),
    rule                varchar(200) not null,
    evidence            jsonb not null,
    found_at            timestamptz not null,
    last_seen_at        timestamptz not null,
    run_id              uuid references out_run (id),
    status              varchar(20) not null check (status in ('NEW', 'OUTREACH_STARTED', 'APPLIED', 'DECLINED', 'NOT_REACHED', 'NOT_APPLIED')),
    status_changed_at   timestamptz not null,
    status_changed_by   varchar(64) not null,
    process_instance_id varchar(64),
    application_no      varchar(30),
    note                varchar(1000),
    unique (person_id, program_code)
);
create index out_candidate_dong_status on out_candidate (admin_dong_code, status);
