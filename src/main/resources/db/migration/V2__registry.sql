-- registry: the integrated eligibility & benefit-history database (first part: persons,
-- households, qualifications). Resident registration numbers are stored AES-GCM encrypted and
-- found by an HMAC-SHA256 keyed hash; they never appear in clear in any table.
create table reg_person (
    id              uuid primary key,
    rrn_hash        bytea not null unique,
    rrn_cipher      bytea not null,
    name            varchar(100) not null,
    birth_date      date not null,
    sex             varchar(1) not null check (sex in ('M', 'F')),
    address         varchar(300),
    admin_dong_code varchar(10) not null,
    moved_in_on     date,
    status          varchar(20) not null default 'ALIVE' check (status in ('ALIVE', 'DECEASED', 'DEREGISTERED', 'EMIGRATED')),
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index reg_person_admin_dong on reg_person (admin_dong_code);

create table reg_household (
    id              uuid primary key,
    head_person_id  uuid not null references reg_person (id),
    admin_dong_code varchar(10) not null,
    created_at      timestamptz not null default now()
);

create table reg_household_member (
    household_id uuid not null references reg_household (id) on delete cascade,
    person_id    uuid not null references reg_person (id),
    relationship varchar(20) not null check (relationship in ('HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'SIBLING', 'GRANDCHILD', 'OTHER')),
    primary key (household_id, person_id)
);
create index reg_household_member_person on reg_household_member (person_id);

create table reg_qualification (
    id          uuid primary key,
    person_id   uuid not null references reg_person (id),
    kind        varchar(40) not null,
    valid_from  date not null,
    valid_to    date,
    source      varchar(200) not null,
    recorded_at timestamptz not null default now()
);
create index reg_qualification_person on reg_qualification (person_id, kind);

-- Every read of a person's full record (the clear RRN) is audited.
create table reg_access_audit (
    id          bigserial primary key,
    person_id   uuid not null references reg_person (id),
    accessed_by varchar(64) not null,
    purpose     varchar(200) not null,
    accessed_at timestamptz not null default now()
);
create index reg_access_audit_person on reg_access_audit (person_id, accessed_at);
