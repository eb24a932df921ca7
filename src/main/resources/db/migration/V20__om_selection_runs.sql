-- openmarket: selection runs without an application (task types 9 and 10, 명절위문금 / 난방비).
-- One run = one process instance (business key = run_no); its candidates are written set-based
-- (COPY, then UPDATE ... FROM) so that a run over 1,000,000 persons stays a handful of statements.
create sequence om_selection_run_no_seq;

create table om_selection_run (
    id                  uuid primary key,
    run_no              varchar(30) not null unique,
    program_code        varchar(60) not null,
    version_id          uuid not null,
    sigungu_code        varchar(5) not null,
    task_type           varchar(40) not null,
    reference_date      date not null,
    round_no            integer not null default 1,
    previous_run_id     uuid references om_selection_run (id),
    status              varchar(30) not null check (status in ('SELECTING', 'AWAITING_BUDGET_DECISION',
                            'AWAITING_APPROVAL', 'ORDERING', 'COMPLETED', 'CANCELLED')),
    amount_won          bigint not null check (amount_won >= 0),
    budget_won          bigint,
    remaining_budget_won bigint,
    started_by          varchar(64) not null,
    approved_by         varchar(64),
    budget_decided_by   varchar(64),
    budget_decision     varchar(10) check (budget_decision in ('REDUCE', 'CANCEL')),
    cancel_reason       varchar(500),
    candidates          bigint not null default 0,
    selected            bigint not null default 0,
    excluded_deceased   bigint not null default 0,
    excluded_deregistered bigint not null default 0,
    excluded_paid       bigint not null default 0,
    excluded_conflict   bigint not null default 0,
    excluded_budget     bigint not null default 0,
    ordered             bigint not null default 0,
    batches_ordered     integer not null default 0,
    process_instance_id varchar(64),
    created_at          timestamptz not null default now(),
    selected_at         timestamptz,
    approved_at         timestamptz,
    completed_at        timestamptz,
    updated_at          timestamptz not null default now()
);
create index om_selection_run_sigungu on om_selection_run (sigungu_code, created_at desc);
create index om_selection_run_program on om_selection_run (program_code, reference_date);

-- One row per person the criteria selected in a run; the unique key is what keeps a retried
-- batch from paying anyone twice (together with the payment order's idempotency key).
create table om_selection_candidate (
    run_id           uuid not null references om_selection_run (id) on delete cascade,
    person_id        uuid not null,
    outcome          varchar(30) not null check (outcome in ('SELECTED', 'EXCLUDED_DECEASED',
                         'EXCLUDED_DEREGISTERED', 'EXCLUDED_PAID', 'EXCLUDED_CONFLICT', 'EXCLUDED_BUDGET')),
    reason           varchar(200),
    ordered_at       timestamptz,
    payment_order_id uuid,
    payment_status   varchar(10) check (payment_status in ('PAID', 'FAILED')),
    primary key (run_id, person_id)
);
-- the batches take the next persons not yet ordered, in person order
create index om_selection_candidate_to_order on om_selection_candidate (run_id, person_id)
    where outcome = 'SELECTED' and ordered_at is null;

-- Duplicate-benefit conflicts a selection run checks (a placeholder for issue 6's 31 pair types):
-- a person with an ACTIVE benefit record of conflicting_program_code is excluded.
create table om_selection_conflict (
    program_code             varchar(60) not null,
    conflicting_program_code varchar(60) not null,
    reason                   varchar(300) not null,
    source                   varchar(300) not null,
    primary key (program_code, conflicting_program_code)
);
