-- The original file of each imported rate deck (issue 12 point 3), kept through the storage port
-- as a RATE_DECK stored file of the card's account; null for versions imported before.
ALTER TABLE rate_card_version ADD COLUMN original_file_id uuid REFERENCES stored_file (id);
