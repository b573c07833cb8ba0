-- Envelope encryption of sealed bids: each procurement's own random data key, stored only
-- wrapped (AES-256-GCM) by the bid-sealing master key, which lives in the key store outside
-- the database. Projects of the previous release get their derived key wrapped by the Java
-- migration 2026.12.07.42 (procurement bid keys).
alter table procurement.project add column bid_key bytea;
