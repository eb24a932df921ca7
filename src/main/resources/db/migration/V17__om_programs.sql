-- openmarket: local programs as versioned data. A program is a code of one 시·군·구; what it is
-- lives in its versions. A version is edited as a DRAFT (optimistic revision), submitted
-- (PENDING_APPROVAL), then PUBLISHED by a supervisor who is not the submitter, or REJECTED.
-- A published version never changes: a change is a new version with its own effective date, and
-- a running case keeps the version id it started with.
create table om_program (
    code         varchar(40) primary key check (code ~ '^L[0-9]{5}(-[A-Z0-9]+)+$'),
    sigungu_code varchar(10) not null references idn_organization (code),
    -- a unique application-number prefix for the catalogue ("OM" + digits, assigned once)
    catalog_no   serial not null unique,
    created_by   varchar(64) not null,
    created_at   timestamptz not null
);
create index om_program_sigungu on om_program (sigungu_code);

create table om_program_version (
    id                    uuid primary key,
    program_code          varchar(40) not null references om_program (code),
    version               integer not null check (version > 0),
    revision              bigint not null default 0,
    status                varchar(20) not null
        check (status in ('DRAFT', 'PENDING_APPROVAL', 'PUBLISHED', 'REJECTED')),
    -- io.bokjiflow.openmarket.ProgramVersion.ProgramContent, serialised by the app's ObjectMapper
    content               jsonb not null,
    effective_from        date,
    created_by            varchar(64) not null,
    created_at            timestamptz not null,
    submitted_by          varchar(64),
    submitted_at          timestamptz,
    decided_by            varchar(64),
    decided_at            timestamptz,
    rejection_reason      varchar(2000),
    camunda_form_id       varchar(80),
    camunda_form_version  integer,
    unique (program_code, version),
    check (status <> 'PUBLISHED' or (effective_from is not null and decided_by is not null)),
    -- four eyes, also for anyone writing SQL by hand (the start-up samples are the system's)
    check (decided_by is null or submitted_by is null or decided_by <> submitted_by or submitted_by = 'system')
);
-- at most one open (draft or pending) version per program
create unique index om_program_version_open on om_program_version (program_code)
    where status in ('DRAFT', 'PENDING_APPROVAL');
create index om_program_version_effective on om_program_version (program_code, effective_from desc)
    where status = 'PUBLISHED';

-- A published version is immutable: no update of its content, dates or decision, no delete.
create function om_program_version_immutable() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.status = 'PUBLISHED' then
            raise exception 'om_program_version %: a published version cannot be deleted', old.id;
        end if;
        return old;
    end if;
    if old.status = 'PUBLISHED' then
        raise exception 'om_program_version %: a published version cannot be changed', old.id;
    end if;
    return new;
end;
$$;
create trigger om_program_version_immutable before update or delete on om_program_version
    for each row execute function om_program_version_immutable();
