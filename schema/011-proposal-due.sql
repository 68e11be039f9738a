-- 011-proposal-due.sql: a proposal says who puts the candidate forward
-- and by when.
--
-- In the Monday meeting the team decides that a candidate is proposed,
-- by whom (a team member, who need not be the one at the keyboard) and
-- by when the employer should have them.  proposal.proposed_by already
-- names the proposer (until now always whoever recorded it, which stays
-- in proposal_step.by_user_id); due_on is the day it should be done by,
-- empty when none was agreed.
ALTER TABLE proposal ADD COLUMN due_on TEXT CHECK (due_on IS NULL OR
    date(due_on, '+0 days') IS due_on);
