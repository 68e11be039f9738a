-- 004-pool-left-on.sql: people in work are out of the pool from the day
-- they were placed.
--
-- Until this version `advance ... placed` set a candidate's status to
-- geplaatst but left left_on empty (the import already set it), so the
-- report, which counts the pool from registered_on and left_on, kept
-- placed people in the pool while the overview did not (werkbank(1),
-- DEFINITIONS).  Fill in the day they left: the last `placed` step, else
-- the start of their last placement, else the day the record last
-- changed; never before registration.
UPDATE candidate SET left_on = max(registered_on, coalesce(
	(SELECT max(s.on_date) FROM proposal_step s
	    JOIN proposal p ON p.id = s.proposal_id
	    WHERE p.candidate_id = candidate.id AND s.step = 'placed'),
	(SELECT max(pl.start_date) FROM placement pl
	    WHERE pl.candidate_id = candidate.id),
	date(updated_at)))
WHERE status = 'geplaatst' AND left_on IS NULL;
