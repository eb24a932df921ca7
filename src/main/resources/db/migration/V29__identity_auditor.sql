-- The auditor role (issue 10): reads the audit logs and nothing else.
alter table idn_user_role drop constraint idn_user_role_role_check;
alter table idn_user_role add constraint idn_user_role_role_check
    check (role in ('CASEWORKER', 'SUPERVISOR', 'PROCESS_DESIGNER', 'LOCAL_OFFICIAL', 'ADMINISTRATOR', 'AUDITOR'));
