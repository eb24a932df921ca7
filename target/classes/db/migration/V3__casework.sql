-- casework: applications, evidence fetched from public data, decisions and notices.
create sequence cw_application_no_seq;

create table cw_application (
    id                  uuid primary key,
    application_no      varchar(30) not null unique,
    program_code        varchar(40) not null,
    person_id           uuid not null,
    applicant_name_mask varchar(100) not null,
    admin_dong_code     varchar(10) not null,
    sigungu_code        varchar(5) not null,
    status              varchar(20) not null check (status in ('SUBMITTED', 'IN_REVIEW', 'APPROVED', 'REJECTED')),
    consent_given       boolean not null,
    submitted_by        varchar(64) not null,
    submitted_org       varchar(10) not null,
    submitted_at        timestamptz not null,
    decision_due_on     date not null,
    process_instance_id varchar(64),
    eligible            boolean,
    eligibility_rule    varchar(60),
    idempotency_key     varchar(64) unique,
    version             bigint not null default 0
);
create index cw_application_person on cw_application (person_id);
create index cw_application_sigungu_status on cw_application (sigungu_code, status);

create table cw_evidence (
    id             uuid primary key,
    application_id uuid not null references cw_application (id),
    dataset        varchar(40) not null,
    source         varchar(200) not null,
    legal_basis    varchar(200) not null,
    fetched_at     timestamptz not null,
    payload        jsonb not null,
    unique (application_id, dataset)
);

create table cw_decision (
    id              uuid primary key,
    application_id  uuid not null unique references cw_application (id),
    outcome         varchar(20) not null check (outcome in ('APPROVED', 'REJECTED')),
    reason_code     varchar(60) not null,
    reason_text     varchar(2000),
    rule_reason     varchar(60),
    decided_by      varchar(64) not null,
    decided_at      timestamptz not null
);

create table cw_notice (
    id             uuid primary key,
    application_id uuid not null unique references cw_application (id),
    channel        varchar(20) not null,
    summary        varchar(2000) not null,
    recorded_at    timestamptz not null
);
