-- A coach's queue reads the pending proposals of their own clients, client by client (issue 12:
-- in a 10,000-client organization, reading the organization's pending proposals to keep a coach's
-- 500 clients' share grew with the organization). Open flags have flags_open_client_kind already.
CREATE INDEX IF NOT EXISTS "proposals_pending_client" ON "proposals" USING btree ("client_id") WHERE "status" = 'pending_review';
