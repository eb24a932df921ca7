-- casework: full provenance of every public-data answer kept as evidence
-- (source = the answering agency, dataset = the public-data source queried).
alter table cw_evidence add column request_id varchar(64);
alter table cw_evidence add column payload_sha256 varchar(64);
