-- Issue 12. TRUNCATE (e.g. `spotter restore --force`) fires no row triggers: tell every API node
-- to forget all cached sessions (payload 'all', see server/src/auth/session-cache.ts).
CREATE OR REPLACE FUNCTION spotter_notify_all_sessions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('spotter_sessions', 'all');
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER login_sessions_notify_truncate AFTER TRUNCATE ON "login_sessions"
  FOR EACH STATEMENT EXECUTE FUNCTION spotter_notify_all_sessions();
--> statement-breakpoint
CREATE TRIGGER memberships_notify_truncate AFTER TRUNCATE ON "memberships"
  FOR EACH STATEMENT EXECUTE FUNCTION spotter_notify_all_sessions();
--> statement-breakpoint
CREATE TRIGGER users_notify_truncate AFTER TRUNCATE ON "users"
  FOR EACH STATEMENT EXECUTE FUNCTION spotter_notify_all_sessions();
--> statement-breakpoint
CREATE TRIGGER clients_notify_truncate AFTER TRUNCATE ON "clients"
  FOR EACH STATEMENT EXECUTE FUNCTION spotter_notify_all_sessions();
