-- A repeated Idempotency-Key answers with the application it created only when the request is
-- the same: the SHA-256 of its fields (program, the person's id instead of the resident number,
-- name, address, 행정동, consents) is kept so a reused key with another body is refused.
-- Older rows have none and answer as before.
alter table cw_application add column idempotency_fingerprint varchar(64);
