-- Version 2: the local practice agent's script with each scenario (never sent to clients) and
-- the voice gateway's own record of a call (its transcript, timings and how the call ended),
-- kept beside the transcript the client completes the attempt with.

ALTER TABLE scenarios ADD COLUMN agent TEXT;
ALTER TABLE scenario_attempts ADD COLUMN gateway_transcript TEXT;
