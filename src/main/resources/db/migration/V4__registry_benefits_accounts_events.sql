-- registry, second part: qualifications in detail, benefit records, bank accounts, life events.
alter table reg_qualification add column detail varchar(100);
create index reg_qualification_kind_valid on reg_qualification (kind, valid_from, valid_to);

alter table reg_household add column address varchar(300);
create index reg_household_head on reg_household (head_person_id);

-- Who receives what, from whom, when, how much (수급이력).
create table reg_benefit_record (
    id           uuid primary key,
    person_id    uuid not null references reg_person (id),
    program_code varchar(60) not null,
    agency_code  varchar(10) not null,
    period_from  date not null,
    period_to    date,
    amount_won   bigint not null check (amount_won >= 0),
    status       varchar(20) not null check (status in ('ACTIVE', 'SUSPENDED', 'ENDED', 'RECOVERED')),
    source       varchar(200) not null,
    recorded_at  timestamptz not null default now()
);
create index reg_benefit_record_person on reg_benefit_record (person_id, program_code);
create index reg_benefit_record_active on reg_benefit_record (program_code, person_id) where status = 'ACTIVE';

-- Accounts benefits are paid into; the number is kept encrypted, shown masked.
create table reg_bank_account (
    id             uuid primary key,
    person_id      uuid not null references reg_person (id),
    bank_code      varchar(3) not null,
    bank_name      varchar(60) not null,
    number_masked  varchar(40) not null,
    number_cipher  bytea not null,
    kind           varchar(20) not null check (kind in ('NORMAL', 'SEIZURE_PROTECTED')),
    opened_on      date not null,
    closed_on      date,
    recorded_at    timestamptz not null default now()
);
create index reg_bank_account_person on reg_bank_account (person_id);
-- One seizure-protected (행복지킴이) account per person while open.
create unique index reg_bank_account_one_protected on reg_bank_account (person_id)
    where kind = 'SEIZURE_PROTECTED' and closed_on is null;

-- Death, deregistration, emigration, move, qualification change (변동 정보).
create table reg_life_event (
    id          uuid primary key,
    person_id   uuid not null references reg_person (id),
    kind        varchar(30) not null check (kind in ('DEATH', 'DEREGISTRATION', 'EMIGRATION', 'MOVE', 'QUALIFICATION_CHANGE')),
    occurred_on date not null,
    detail      varchar(300),
    source      varchar(200) not null,
    recorded_at timestamptz not null default now()
);
create index reg_life_event_person on reg_life_event (person_id, occurred_on);
create index reg_life_event_recorded on reg_life_event (recorded_at);
