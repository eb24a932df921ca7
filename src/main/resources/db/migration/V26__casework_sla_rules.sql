-- casework: SLA rules on the case (not the task), editable by supervisors and administrators
-- without a release. A program without a row here takes the default of
-- casework/sla-rules.yml for its kind of investigation.
create table cw_sla_rule (
    program_code  varchar(40) primary key,
    warn_days     integer not null check (warn_days between 1 and 365),
    escalate_days integer not null check (escalate_days between 1 and 365),
    updated_by    varchar(64) not null,
    updated_at    timestamptz not null,
    check (warn_days < escalate_days)
);

-- the dashboard counts open cases per 시·군·구 and throughput per day; decisions by date
create index cw_decision_decided on cw_decision (decided_at);
create index cw_application_sigungu_submitted on cw_application (sigungu_code, submitted_at);
