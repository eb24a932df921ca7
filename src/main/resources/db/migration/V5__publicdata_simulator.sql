-- publicdata: the SIMULATOR's own records, playing the agencies (국세청, 국민연금공단, 건강보험공단,
-- 근로복지공단, 행정안전부 지방세·주민등록, 국토교통부, 금융기관, 보훈부, 장애인등록, 사회보장정보원).
-- Synthetic data only. Persons are keyed by an HMAC of the resident number with the simulator's
-- own key (bokjiflow.simulator.hash-key), as an agency would key its own records.
create table pds_person (
    rrn_hash        bytea primary key,
    name            varchar(100) not null,
    birth_date      date not null,
    sex             varchar(1) not null,
    admin_dong_code varchar(10) not null,
    address         varchar(300),
    moved_in_on     date not null,
    status          varchar(20) not null default 'ALIVE',
    status_changed_on date,
    household_no    bigint not null,
    relationship    varchar(20) not null
);
create index pds_person_household on pds_person (household_no);

-- Annual incomes by kind (국세청 earned/business/interest/dividend/day-labour/other; 국민연금 pension; property income).
create table pds_income (
    rrn_hash   bytea not null,
    year       int not null,
    kind       varchar(20) not null check (kind in ('EARNED', 'BUSINESS', 'INTEREST', 'DIVIDEND', 'DAY_LABOUR', 'PENSION', 'PROPERTY', 'OTHER')),
    annual_won bigint not null check (annual_won >= 0),
    primary key (rrn_hash, year, kind)
);

-- Assets (지방세 과세표준, 국토교통부 토지·건물·차량, 금융기관) and debts.
create table pds_asset (
    rrn_hash  bytea not null,
    kind      varchar(20) not null check (kind in ('HOUSING', 'LAND', 'BUILDING', 'DEPOSIT', 'SECURITIES', 'INSURANCE', 'VEHICLE', 'DEBT', 'RENT_DEPOSIT')),
    seq       int not null default 1,
    value_won bigint not null check (value_won >= 0),
    detail    varchar(100),
    primary key (rrn_hash, kind, seq)
);

-- 건강보험공단: premium and income base; 근로복지공단: employment insurance.
create table pds_insurance (
    rrn_hash              bytea primary key,
    health_kind           varchar(20) not null check (health_kind in ('EMPLOYEE', 'REGIONAL', 'DEPENDENT', 'MEDICAL_AID')),
    health_premium_won    bigint not null check (health_premium_won >= 0),
    health_income_base_won bigint not null check (health_income_base_won >= 0),
    employment_insured    boolean not null,
    employer              varchar(100)
);

-- Qualifications: basic livelihood by benefit kind, near-poor, disability with degree, veteran,
-- single parent, multicultural family.
create table pds_qualification (
    rrn_hash   bytea not null,
    kind       varchar(40) not null,
    valid_from date not null,
    valid_to   date,
    detail     varchar(100),
    primary key (rrn_hash, kind, valid_from)
);
