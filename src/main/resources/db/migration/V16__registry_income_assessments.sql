-- registry: recognised income assessments (소득인정액 조사) and the facts support criteria read.
-- An assessment is what a case's calculation (or data taken over) found for a person on a
-- date, for a household of a given size; support criteria compare the latest one on or
-- before their reference date with the standard median income of that household size.
create table reg_income_assessment (
    id                    bigserial primary key,
    person_id             uuid not null references reg_person (id),
    assessed_on           date not null,
    household_size        int not null check (household_size >= 1),
    recognised_income_won bigint not null check (recognised_income_won >= 0),
    source                varchar(200) not null,
    recorded_at           timestamptz not null default now()
);
-- "The latest assessment on or before a date": newest first, ties broken by the later record.
create index reg_income_assessment_latest on reg_income_assessment (person_id, assessed_on desc, id desc);

-- A resident belongs to exactly one household (세대) of the resident register; criteria on
-- household size and cohabiting children rely on it. The unique index replaces the plain one.
drop index reg_household_member_person;
create unique index reg_household_member_one_household on reg_household_member (person_id);
