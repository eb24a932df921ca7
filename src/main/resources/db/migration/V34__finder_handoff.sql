-- Hand-off codes of the public self-check (issue 11): the questionnaire's answers and the
-- program chosen, under a short code the citizen brings to the community centre. No name,
-- no resident number, no date of birth, no IP address: nothing that identifies a person.
create table fnd_handoff (
    code         varchar(8)  primary key check (code ~ '^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$'),
    program_code varchar(64) not null,
    answers      jsonb       not null,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    check (expires_at > created_at)
);

create index fnd_handoff_expires on fnd_handoff (expires_at);

comment on table fnd_handoff is 'Self-check hand-offs (no personal data); deleted once expired';
