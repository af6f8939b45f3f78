-- Issue 12. API nodes cache resolved sessions for a few seconds (server/src/auth/session-cache.ts).
-- Whatever code ends a session or the access behind it, these triggers tell every node at commit
-- time: payload 's:<token_hash>' for one session, 'u:<user_id>' for every session of a user.
CREATE OR REPLACE FUNCTION spotter_notify_session_ended() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('spotter_sessions', 's:' || OLD.token_hash);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION spotter_notify_user_access_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  uid uuid;
BEGIN
  IF TG_TABLE_NAME = 'users' THEN uid := OLD.id; ELSE uid := OLD.user_id; END IF;
  IF uid IS NOT NULL THEN PERFORM pg_notify('spotter_sessions', 'u:' || uid::text); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER login_sessions_notify_ended AFTER DELETE OR UPDATE ON "login_sessions"
  FOR EACH ROW EXECUTE FUNCTION spotter_notify_session_ended();
--> statement-breakpoint
CREATE TRIGGER memberships_notify_access AFTER DELETE OR UPDATE ON "memberships"
  FOR EACH ROW EXECUTE FUNCTION spotter_notify_user_access_changed();
--> statement-breakpoint
-- Any change to a user (password, deactivation, email) drops their cached sessions: rare writes.
CREATE TRIGGER users_notify_access AFTER DELETE OR UPDATE ON "users"
  FOR EACH ROW EXECUTE FUNCTION spotter_notify_user_access_changed();
--> statement-breakpoint
-- A client login unlinked from (or relinked to) its record changes the cached actor's clientId.
CREATE TRIGGER clients_notify_login_unlinked AFTER UPDATE OF "user_id" ON "clients"
  FOR EACH ROW WHEN (OLD.user_id IS DISTINCT FROM NEW.user_id) EXECUTE FUNCTION spotter_notify_user_access_changed();
--> statement-breakpoint
CREATE TRIGGER clients_notify_login_deleted AFTER DELETE ON "clients"
  FOR EACH ROW WHEN (OLD.user_id IS NOT NULL) EXECUTE FUNCTION spotter_notify_user_access_changed();
--> statement-breakpoint
-- The coach's queue reads open flags and pending proposals per organization in due-time order.
CREATE INDEX IF NOT EXISTS "flags_open_org_due" ON "flags" USING btree ("organization_id", "due_at", "created_at") WHERE "status" = 'open';
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "proposals_pending_org_due" ON "proposals" USING btree ("organization_id", "due_at", "created_at") WHERE "status" = 'pending_review';
