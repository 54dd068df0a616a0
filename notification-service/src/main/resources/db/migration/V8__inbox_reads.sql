-- Who has read which in-app notification: a role's notification is read or unread for each of its people.
CREATE TABLE inbox_read (
    delivery_id UUID        NOT NULL REFERENCES delivery (id),
    reader      TEXT        NOT NULL,
    read_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (delivery_id, reader)
);

-- A person's own notifications read before keep their reading; a role's, read then by someone unknown, are unread again.
INSERT INTO inbox_read (delivery_id, reader, read_at)
SELECT id, substr(recipient, 6), read_at FROM delivery
 WHERE channel = 'INBOX' AND read_at IS NOT NULL AND recipient LIKE 'user:%';

COMMENT ON COLUMN delivery.read_at IS 'No longer written: reads are kept per person in inbox_read';
