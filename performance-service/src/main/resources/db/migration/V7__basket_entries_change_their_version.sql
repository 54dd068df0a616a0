-- An entry is part of its basket version: putting or taking one out sets when the entries last changed, so the
-- version's optimistic-lock version moves on and the audit history keeps a revision of the version for every edit.
ALTER TABLE basket_version ADD COLUMN entries_changed_at TIMESTAMPTZ;
ALTER TABLE basket_version_aud ADD COLUMN entries_changed_at TIMESTAMPTZ;
