-- casework for the 27 support programs: intake consents, investigation per household member,
-- the eligibility explanation, program-specific outcomes, deadline actions and payment hand-off.
alter table cw_application drop constraint cw_application_status_check;
alter table cw_application add constraint cw_application_status_check
    check (status in ('SUBMITTED', 'INVESTIGATING', 'IN_REVIEW', 'APPROVED', 'REJECTED'));
alter table cw_application add column financial_consent_at timestamptz;
alter table cw_application add column financial_consent_ref varchar(200);
-- case facts the rules read (docs/case-facts.md) and the flags that stop an automatic decision
alter table cw_application add column case_facts jsonb;
alter table cw_application add column flags varchar(200);
-- the applicant was first registered in the integrated DB by this application (identity unconfirmed)
alter table cw_application add column applicant_new boolean not null default false;
-- which rule decided, its description and the facts it read
alter table cw_application add column eligibility_explanation jsonb;
alter table cw_application add column recognised_income jsonb;
alter table cw_application add column priority_rank integer;
alter table cw_application add column waiting_position integer;
alter table cw_application add column government_share_percent integer;

-- one answer per dataset and household member (income and assets are household facts)
alter table cw_evidence add column subject_person_id uuid;
alter table cw_evidence add column subject_label varchar(120);
update cw_evidence e set subject_person_id = a.person_id, subject_label = 'APPLICANT'
    from cw_application a where a.id = e.application_id;
alter table cw_evidence alter column subject_person_id set not null;
alter table cw_evidence alter column subject_label set not null;
alter table cw_evidence drop constraint cw_evidence_application_id_dataset_key;
alter table cw_evidence add constraint cw_evidence_one_answer unique (application_id, dataset, subject_person_id);

-- a supervisor's action on a near deadline (extensions are told to the applicant)
create table cw_deadline_action (
    id              uuid primary key,
    application_id  uuid not null references cw_application (id),
    action          varchar(10) not null check (action in ('KEEP', 'EXTEND')),
    extension_days  integer check (extension_days between 1 and 30),
    reason          varchar(1000),
    due_before      date not null,
    due_after       date not null,
    acted_by        varchar(64) not null,
    acted_at        timestamptz not null
);
create index cw_deadline_action_application on cw_deadline_action (application_id);

-- the hand-off of an approved case to payments: one request per case
create table cw_payment_request (
    id              uuid primary key,
    application_id  uuid not null unique references cw_application (id),
    program_code    varchar(40) not null,
    person_id       uuid not null,
    amount_won      bigint not null check (amount_won > 0),
    account_kind    varchar(20) not null check (account_kind in ('NORMAL', 'SEIZURE_PROTECTED', 'NONE')),
    status          varchar(20) not null check (status in ('REQUESTED', 'PAID', 'CANCELLED')),
    requested_at    timestamptz not null
);
create index cw_payment_request_status on cw_payment_request (status);
