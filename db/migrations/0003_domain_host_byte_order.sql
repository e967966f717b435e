-- Hosts are ASCII (IDNs are stored as punycode): byte order is the natural
-- order, and it makes the CSV's "ordered by host" the same on every server,
-- whatever locale its database was created with.
ALTER TABLE "domains" ALTER COLUMN "host" TYPE varchar(253) COLLATE "C";
