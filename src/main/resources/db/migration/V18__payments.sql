-- payments (지급): payment orders, bank transfer batches, result imports and recovery (환수) orders.
create sequence pay_order_no_seq;
create sequence pay_batch_no_seq;

create table pay_order (
    id                        uuid primary key,
    -- Short readable number, also the business key of the order's payment process (the task
    -- list keeps business keys of up to 30 characters).
    order_no                  varchar(20) not null unique,
    -- Ordering the same key again returns the first order (insert ... on conflict do nothing).
    idempotency_key           varchar(120) not null unique,
    program_code              varchar(60) not null,
    person_id                 uuid not null,
    amount_won                bigint not null check (amount_won > 0),
    seizure_protected_allowed boolean not null,
    sigungu_code              varchar(10) not null,
    reference                 varchar(200),
    route                     varchar(30) check (route in ('SEIZURE_PROTECTED_ACCOUNT', 'NORMAL_ACCOUNT', 'CASH_AT_CENTRE')),
    -- The registry account paid into (never its number: that stays encrypted in the registry).
    account_id                uuid,
    -- Accounts a bank refused for this order; a retry routes around them.
    failed_account_ids        uuid[] not null default '{}',
    status                    varchar(20) not null default 'ORDERED'
                              check (status in ('ORDERED', 'IN_BATCH', 'PAID', 'FAILED', 'CANCELLED')),
    batch_id                  uuid,
    result_code               varchar(10),
    result_message            varchar(200),
    cancel_reason             varchar(500),
    process_instance_id       varchar(64),
    ordered_at                timestamptz not null,
    paid_on                   date,
    updated_at                timestamptz not null
);
create index pay_order_sigungu_status on pay_order (sigungu_code, status, ordered_at);
create index pay_order_batch on pay_order (batch_id);
create index pay_order_person on pay_order (person_id);

-- A bank transfer batch: the orders it holds point to it. The file is generated on download
-- from the orders (clear account numbers are decrypted then, audited, never stored here).
create table pay_batch (
    id           uuid primary key,
    batch_no     varchar(30) not null unique,
    sigungu_code varchar(10) not null,
    order_count  int not null,
    total_won    bigint not null,
    created_by   varchar(64) not null,
    created_at   timestamptz not null
);
create index pay_batch_sigungu on pay_batch (sigungu_code, created_at);

-- Every import of a bank result file, with what it changed (a second import of the same
-- file changes nothing and says so).
create table pay_result_import (
    id           uuid primary key,
    sigungu_code varchar(10) not null,
    file_sha256  varchar(64) not null,
    lines        int not null,
    paid         int not null,
    failed       int not null,
    unchanged    int not null,
    imported_by  varchar(64) not null,
    imported_at  timestamptz not null
);

-- Recovery (환수) of an overpayment; the open total of an order never exceeds what was paid.
create table pay_recovery_order (
    id           uuid primary key,
    order_id     uuid not null references pay_order (id),
    sigungu_code varchar(10) not null,
    amount_won   bigint not null check (amount_won > 0),
    reason       varchar(500) not null check (length(trim(reason)) > 0),
    status       varchar(20) not null default 'OPEN' check (status in ('OPEN', 'COLLECTED', 'WAIVED')),
    created_by   varchar(64) not null,
    created_at   timestamptz not null,
    settled_at   timestamptz
);
create index pay_recovery_order_sigungu on pay_recovery_order (sigungu_code, status);
create index pay_recovery_order_order on pay_recovery_order (order_id);

-- The registry writes one benefit record per paid order (its listener of PaymentIssued); the
-- source names the order, so a repeated event cannot write a second record.
create unique index reg_benefit_record_payment on reg_benefit_record (source) where source like '지급 %';

-- The casework hand-off now orders payments through the payments module (pay_order, key
-- application:<no>); its old request table was never executed by anything.
drop table cw_payment_request;
