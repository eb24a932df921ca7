-- integrity: what the nightly duplicate-benefit sweep found (one row per rule and pair of
-- ACTIVE benefit records, the pair normalised so record_a < record_b), its proposed action and
-- the caseworkers' review outcome.
create sequence int_conflict_finding_no;

create table int_conflict_finding (
    id                 uuid primary key,
    finding_no         varchar(20) not null unique,
    rule_version       int not null,
    rule_number        int not null,
    effect             varchar(20) not null check (effect in ('BLOCK', 'OFFSET_AMOUNT', 'OFFSET_SHARE', 'WARN')),
    household          boolean not null,
    record_a           uuid not null,
    record_b           uuid not null,
    person_a           uuid not null,
    person_b           uuid not null,
    program_a          varchar(60) not null,
    program_b          varchar(60) not null,
    -- the 시·군·구 whose caseworkers review it: the agency's where it is one, else the person's
    sigungu_a          varchar(5) not null,
    sigungu_b          varchar(5) not null,
    proposed_action    varchar(20) not null check (proposed_action in ('STOP', 'OFFSET', 'RECOVER', 'REVIEW')),
    -- the record the action applies to (the later-granted one), null for REVIEW
    action_record      uuid,
    offset_amount_won  bigint,
    recover_amount_won bigint,
    recover_months     int,
    status             varchar(20) not null default 'OPEN' check (status in ('OPEN', 'REVIEWED', 'RESOLVED')),
    found_on           date not null,
    found_at           timestamptz not null default now(),
    process_instance_id varchar(64),
    outcome            varchar(20) check (outcome in ('ACCEPTED', 'OTHER_ACTION', 'FALSE_POSITIVE')),
    outcome_reason     varchar(500),
    reviewed_by        varchar(64),
    reviewed_at        timestamptz,
    resolved_at        timestamptz,
    check (record_a < record_b),
    unique (rule_number, record_a, record_b)
);
create index int_conflict_finding_open on int_conflict_finding (status) where status = 'OPEN';
create index int_conflict_finding_person_a on int_conflict_finding (person_a);
create index int_conflict_finding_person_b on int_conflict_finding (person_b);

-- every sweep, for the administrator's view and the benchmark
create table int_sweep_run (
    id            uuid primary key,
    started_at    timestamptz not null,
    finished_at   timestamptz not null,
    swept_on      date not null,
    rule_version  int not null,
    scope         varchar(10),
    triggered_by  varchar(64) not null,
    pairs_found   int not null,
    created       int not null,
    resolved      int not null
);
