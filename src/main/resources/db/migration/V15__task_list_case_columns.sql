-- The task list filters and sorts by the case's program, 행정동, application date, status and
-- flags. Joining every visible task with its case cost 6-10x more buffers than reading them from
-- the task row (benchmark scenario 7, docs/performance.md), so cw_task now carries a copy of
-- those columns. The copy is kept by the database itself, not by Java: the application row is
-- written by JPA at commit, after the engine's history events have already written the task
-- row, so only a trigger sees both in every order.
alter table cw_task add column program_code varchar(40);
alter table cw_task add column applicant_name_mask varchar(100);
alter table cw_task add column admin_dong_code varchar(10);
alter table cw_task add column applied_at timestamptz;
alter table cw_task add column case_status varchar(20);
alter table cw_task add column flags text[] not null default '{}';

-- a task row that gets (or changes) its application number takes the case's columns
create function cw_task_fill_case() returns trigger language plpgsql as $$
begin
    if new.application_no is not null
       and (tg_op = 'INSERT' or new.application_no is distinct from old.application_no) then
        select a.program_code, a.applicant_name_mask, a.admin_dong_code, a.submitted_at, a.status,
               coalesce(string_to_array(a.flags, ','), '{}')
          into new.program_code, new.applicant_name_mask, new.admin_dong_code, new.applied_at,
               new.case_status, new.flags
          from cw_application a where a.application_no = new.application_no;
        new.flags := coalesce(new.flags, '{}');
    end if;
    return new;
end $$;
create trigger cw_task_fill_case before insert or update of application_no on cw_task
    for each row execute function cw_task_fill_case();

-- a case that is written or changes one of those columns passes them to its open tasks
create function cw_application_to_tasks() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT'
       or new.program_code is distinct from old.program_code
       or new.applicant_name_mask is distinct from old.applicant_name_mask
       or new.admin_dong_code is distinct from old.admin_dong_code
       or new.submitted_at is distinct from old.submitted_at
       or new.status is distinct from old.status
       or new.flags is distinct from old.flags then
        update cw_task t
           set program_code = new.program_code, applicant_name_mask = new.applicant_name_mask,
               admin_dong_code = new.admin_dong_code, applied_at = new.submitted_at,
               case_status = new.status, flags = coalesce(string_to_array(new.flags, ','), '{}')
         where t.application_no = new.application_no;
    end if;
    return null;
end $$;
create trigger cw_application_to_tasks after insert or update on cw_application
    for each row execute function cw_application_to_tasks();

-- fill the rows that exist
update cw_task t
   set program_code = a.program_code, applicant_name_mask = a.applicant_name_mask,
       admin_dong_code = a.admin_dong_code, applied_at = a.submitted_at, case_status = a.status,
       flags = coalesce(string_to_array(a.flags, ','), '{}')
  from cw_application a
 where a.application_no = t.application_no;

create index cw_task_applied on cw_task (applied_at, created_at);
