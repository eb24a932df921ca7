-- casework side of issue 6 (integrity): the duplicate-benefit check at decision time and the
-- resident-register changes correlated to running cases.

-- A case whose applicant left the register (died, was deregistered, emigrated) before it was
-- decided is closed: status WITHDRAWN, with a decision row naming why (DECEASED, ...).
alter table cw_application drop constraint cw_application_status_check;
alter table cw_application add constraint cw_application_status_check
    check (status in ('SUBMITTED', 'INVESTIGATING', 'IN_REVIEW', 'APPROVED', 'REJECTED', 'WITHDRAWN'));
alter table cw_decision drop constraint cw_decision_outcome_check;
alter table cw_decision add constraint cw_decision_outcome_check
    check (outcome in ('APPROVED', 'REJECTED', 'WITHDRAWN'));

-- The conflicts the decision-time check found (a JSON list of DuplicateConflict, shown in the
-- review and the case view) and the offset the payment hand-off takes off the amount: a fixed
-- monthly amount (OFFSET_AMOUNT rules) and a share in percent (OFFSET_SHARE rules), summed
-- over the conflicts.
alter table cw_application add column duplicate_conflicts jsonb;
alter table cw_application add column duplicate_offset_won bigint not null default 0
    check (duplicate_offset_won >= 0);
alter table cw_application add column duplicate_offset_percent integer not null default 0
    check (duplicate_offset_percent between 0 and 100);
