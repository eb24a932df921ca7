-- Eligibility changes (issue 6 item 4): the SIMULATOR's daily resident-register change feed,
-- the registry's record of each change (once per change id), the feed runs an administrator
-- sees, and the impact reviews of active beneficiaries.

-- publicdata: the SIMULATOR's change feed of the resident register (synthetic data only). The
-- feed names persons by resident number, as the real register does; the simulator keeps the
-- number AES-GCM encrypted under a key derived from its own hash key and finds it by its HMAC.
create table pds_resident_change (
    change_id            varchar(40) primary key,
    -- The day the register published the change (the feed's date parameter).
    feed_day             date not null,
    rrn_hash             bytea not null,
    rrn_cipher           bytea not null,
    kind                 varchar(30) not null check (kind in ('DEATH', 'DEREGISTRATION', 'EMIGRATION', 'MOVE', 'QUALIFICATION_CHANGE')),
    occurred_on          date not null,
    new_admin_dong_code  varchar(10),
    new_address          varchar(300),
    qualification_kind   varchar(40),
    qualification_began  date,
    qualification_ended  date,
    planted_at           timestamptz not null default now(),
    check ((kind = 'MOVE') = (new_admin_dong_code is not null)),
    check ((kind = 'QUALIFICATION_CHANGE') = (qualification_kind is not null)),
    check (kind <> 'QUALIFICATION_CHANGE' or qualification_began is not null or qualification_ended is not null)
);
create index pds_resident_change_day on pds_resident_change (feed_day, change_id);

-- registry: a life event recorded from the feed carries the feed's change id; the unique index
-- makes a change recorded twice write nothing (events entered otherwise have none).
alter table reg_life_event add column change_id varchar(40);
create unique index reg_life_event_change on reg_life_event (change_id);

-- integrity: one row per processing of a day's feed, with what came of its changes.
create table int_feed_run (
    id             uuid primary key,
    feed_day       date not null,
    started_at     timestamptz not null,
    finished_at    timestamptz,
    status         varchar(20) not null check (status in ('RUNNING', 'COMPLETED', 'FAILED')),
    run_by         varchar(64) not null,
    changes        int not null default 0,
    recorded       int not null default 0,
    already_known  int not null default 0,
    unknown_person int not null default 0,
    failed         int not null default 0,
    error          varchar(500)
);
create index int_feed_run_day on int_feed_run (feed_day, started_at);

create sequence int_impact_review_no_seq;

-- integrity: one impact review per recorded change that touches active benefit records.
create table int_impact_review (
    id                  uuid primary key,
    change_id           varchar(40) not null unique,
    -- Business key of the review process and what the task list shows (IMP-…).
    review_no           varchar(30) not null unique,
    person_id           uuid not null,
    change_kind         varchar(30) not null,
    occurred_on         date not null,
    sigungu_code        varchar(10) not null,
    previous_sigungu_code varchar(10),
    process_instance_id varchar(64),
    status              varchar(20) not null check (status in ('OPEN', 'DONE')),
    created_at          timestamptz not null,
    completed_at        timestamptz,
    completed_by        varchar(64)
);
create index int_impact_review_sigungu on int_impact_review (sigungu_code, status);

create table int_impact_proposal (
    review_id            uuid not null references int_impact_review (id),
    seq                  int not null,
    benefit_record_id    uuid not null,
    beneficiary_id       uuid not null,
    -- Whether the benefit is another household member's (the change is the person's).
    household_member     boolean not null,
    program_code         varchar(60) not null,
    action               varchar(20) not null check (action in ('SUSPEND', 'RECALCULATE', 'RECOVER')),
    rule                 varchar(60) not null,
    monthly_amount_won   bigint not null,
    months               int,
    amount_won           bigint,
    effective_from       date not null,
    deadline             date not null,
    legal_basis          varchar(300) not null,
    decision             varchar(20) check (decision in ('APPLY', 'NOT_APPLY')),
    decision_reason      varchar(500),
    recovered_won        bigint,
    decided_by           varchar(64),
    decided_at           timestamptz,
    primary key (review_id, seq),
    check ((action = 'RECOVER') = (amount_won is not null))
);
