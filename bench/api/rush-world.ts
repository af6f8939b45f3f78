/**
 * The business of bench/api/morning-rush.ts: one organization on a new PostgreSQL database, an
 * owner and BENCH_COACHES coaches (default 20) with BENCH_CLIENTS_PER_COACH clients each (default
 * 500: 10,000 in all), 60 days of check-ins and sessions per client, and last night's daily pass
 * (so every coach's queue holds the flags and proposals of a real morning).
 *
 * Every staff member signs in through the API during the rush. The clients who use the app
 * (BENCH_CLIENT_LOGINS, default 1,000, spread over every coach) get their login sessions written
 * here instead: a thousand password checks would take minutes of setup and measure nothing the
 * rush asks about. Their rows are what a sign-in writes (auth/sessions.ts createSession).
 */
import { randomBytes } from "node:crypto";
import { openDatabase, runDailyPass } from "@spotter/server";
import { analyzeAfterLoad, generateScaleData, hashPassword } from "@spotter/server/demo";
import pg from "pg";
import { hashToken, newToken } from "../../packages/server/src/auth/tokens.ts";

export type Staff = { email: string; userId: string; role: "owner" | "coach"; clientIds: string[] };
export type ClientLogin = { clientId: string; cookie: string; csrf: string };
export type RushWorld = {
  databaseUrl: string;
  dbName: string;
  organizationId: string;
  password: string;
  staff: Staff[];
  clientLogins: ClientLogin[];
  overnightPass: { ms: number; flags: number; proposals: number };
};

const PASSWORD = "rush-password-123";

export async function createRushWorld(
  adminUrl: string,
  o: { coaches: number; clientsPerCoach: number; clientLogins: number; log: (line: string) => void },
): Promise<RushWorld> {
  const dbName = `spotter_rush_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${dbName}`;
  const databaseUrl = u.toString();

  const database = await openDatabase({ databaseUrl });
  try {
    const [org] = await database.query<{ id: string }>("insert into organizations (name) values ('Rush') returning id");
    if (!org) throw new Error("could not create the organization");
    // One hash for every account: each sign-in still runs the full check against it.
    const passwordHash = await hashPassword(PASSWORD);
    const addUser = async (email: string, name: string, role: string) => {
      const [user] = await database.query<{ id: string }>(
        "insert into users (email, name, password_hash) values ($1, $2, $3) returning id",
        [email, name, passwordHash],
      );
      if (!user) throw new Error(`could not create ${email}`);
      await database.query("insert into memberships (organization_id, user_id, role) values ($1, $2, $3)", [
        org.id,
        user.id,
        role,
      ]);
      return user.id;
    };

    const staff: Staff[] = [
      {
        email: "owner@rush.local",
        userId: await addUser("owner@rush.local", "Owner", "owner"),
        role: "owner",
        clientIds: [],
      },
    ];
    const started = performance.now();
    for (let i = 0; i < o.coaches; i++) {
      const email = `coach${i + 1}@rush.local`;
      const userId = await addUser(email, `Coach ${i + 1}`, "coach");
      const gen = await generateScaleData(database, {
        organizationId: org.id,
        coachUserId: userId,
        clients: o.clientsPerCoach,
        days: 60,
        seed: 1000 + i,
      });
      staff.push({ email, userId, role: "coach", clientIds: gen.clientIds });
      o.log(
        `  coach ${i + 1}/${o.coaches}: ${gen.clientIds.length} clients, ${gen.checkIns} check-ins, ${gen.sessions} sessions (${((performance.now() - started) / 1000).toFixed(0)} s)`,
      );
    }
    const everyone = staff.flatMap((s) => s.clientIds);
    const owner = staff[0];
    if (owner) owner.clientIds = everyone;

    const passStarted = performance.now();
    const pass = await runDailyPass(database, { organizationId: org.id });
    const overnightPass = {
      ms: Math.round(performance.now() - passStarted),
      flags: pass.flagsWritten,
      proposals: pass.proposalsWritten,
    };

    const clientLogins: ClientLogin[] = [];
    const step = Math.max(1, Math.floor(everyone.length / o.clientLogins));
    for (let i = 0; i < o.clientLogins && i * step < everyone.length; i++) {
      const clientId = everyone[i * step] ?? "";
      const userId = await addUser(`client${i + 1}@rush.local`, `Client ${i + 1}`, "client");
      await database.query("update clients set user_id = $1 where id = $2", [userId, clientId]);
      const token = newToken();
      const csrf = newToken();
      await database.query(
        `insert into login_sessions (token_hash, csrf_token, user_id, organization_id, expires_at)
         values ($1, $2, $3, $4, now() + interval '14 days')`,
        [hashToken(token), csrf, userId, org.id],
      );
      clientLogins.push({ clientId, cookie: `spotter_session=${token}`, csrf });
    }
    await analyzeAfterLoad(database, ["users", "memberships", "clients", "login_sessions", "flags", "proposals"]);
    return { databaseUrl, dbName, organizationId: org.id, password: PASSWORD, staff, clientLogins, overnightPass };
  } finally {
    await database.close();
  }
}

export async function dropRushWorld(adminUrl: string, dbName: string) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${dbName} with (force)`);
  await admin.end();
}
