-- Open market: what a local-program case pinned and what it gave (issue 5).

-- The program version a case runs on, pinned once when the case starts: a later version
-- never changes a running case.
create table om_case_version (
    application_id uuid primary key,
    application_no varchar(40) not null,
    program_code varchar(60) not null,
    version_id uuid not null,
    version integer not null,
    pinned_at timestamp with time zone not null
);

create index om_case_version_version on om_case_version (version_id);

-- A benefit step of a case: a voucher issued, a reduction registered with the utility, goods
-- or a service delivered, the end of a regular benefit. One of each kind per case, so a
-- retried step records nothing twice.
create table om_case_benefit (
    application_id uuid not null,
    kind varchar(30) not null,
    reference varchar(80),
    amount_won bigint,
    detail varchar(1000),
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    primary key (application_id, kind)
);
