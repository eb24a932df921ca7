-- The process designer's audit log: one row per deployment made in the browser designer
-- (who, when, which resource, the previous and the new definition, the designer's comment).
-- Append-only: a trigger refuses updates and deletes.
create table dsg_deployment_audit (
    id                      bigserial primary key,
    deployed_by             varchar(64)  not null,
    deployed_at             timestamptz  not null,
    resource_name           varchar(255) not null,
    resource_kind           varchar(8)   not null check (resource_kind in ('BPMN', 'DMN', 'FORM')),
    definition_key          varchar(255),
    previous_definition_id  varchar(64),
    previous_version        integer,
    new_definition_id       varchar(64),
    new_version             integer,
    previous_deployment_id  varchar(64),
    new_deployment_id       varchar(64)  not null,
    comment                 varchar(1000) not null check (length(trim(comment)) > 0)
);
create index dsg_deployment_audit_resource on dsg_deployment_audit (resource_name, deployed_at);

create function dsg_deployment_audit_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'dsg_deployment_audit %: the designer audit log is append-only', old.id;
end;
$$;
create trigger dsg_deployment_audit_append_only before update or delete on dsg_deployment_audit
    for each row execute function dsg_deployment_audit_append_only();
