-- A milestone can be judged by one kind of inspection only, e.g. Ofsted's inspection of services for children in
-- need of help and protection, children looked after and care leavers, not a children's home's.
ALTER TABLE milestone ADD COLUMN inspection_type TEXT;
ALTER TABLE milestone_aud ADD COLUMN inspection_type TEXT;
