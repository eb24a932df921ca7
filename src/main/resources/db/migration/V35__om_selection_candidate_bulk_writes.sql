-- Selection runs write one candidate row per person the criteria select (96,664 rows for a
-- holiday-money program over 1,000,000 persons: benchmark scenario 6, issue 9). Measured on
-- those rows (EXPLAIN ANALYZE of the run's INSERT ... SELECT, 2026-11-23): 1.0-1.1 s to write
-- them against a 0.23 s scan of the same criteria, of which the foreign key's per-row check
-- took ~0.3 s and the partial batch index ~0.3 s.
--
-- 1. The foreign key to om_selection_run goes: candidates are written only by the run's own
--    steps (SelectionRunService.selectCandidates), after the run row was read in the same
--    transaction, and runs are never deleted (they are the payment record's reason).
alter table om_selection_candidate drop constraint om_selection_candidate_run_id_fkey;

-- 2. The batches no longer need their partial index: each batch continues after the last
--    person the previous one ordered (keyset over the primary key (run_id, person_id)), which
--    the run remembers in ordered_through, and what remains is selected - ordered on the run.
drop index om_selection_candidate_to_order;
alter table om_selection_run add column ordered_through uuid;
