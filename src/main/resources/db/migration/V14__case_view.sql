-- casework: a caseworker's re-fetch of a public dataset from the case view. The evidence row
-- keeps one (the newest) answer per dataset and subject; the answer a re-fetch replaces is kept
-- here with its provenance, so no fetched value is lost and the audit trail shows who asked.
create table cw_evidence_refetch (
    id                      uuid primary key,
    application_id          uuid not null references cw_application (id),
    dataset                 varchar(40) not null,
    subject_person_id       uuid not null,
    subject_label           varchar(120) not null,
    previous_source         varchar(200),
    previous_legal_basis    varchar(200),
    previous_fetched_at     timestamptz,
    previous_request_id     varchar(64),
    previous_payload_sha256 varchar(64),
    previous_payload        jsonb,
    fetched_at              timestamptz not null,
    request_id              varchar(64),
    payload_sha256          varchar(64),
    refetched_by            varchar(64) not null,
    refetched_at            timestamptz not null
);
create index cw_evidence_refetch_application on cw_evidence_refetch (application_id, refetched_at);
