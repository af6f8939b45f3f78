import { buildApp, type Database } from "@spotter/server";
import { DEMO_EMAIL } from "../src/demo/ensure-demo.ts";

/** The API over `database`, signed in as the demo owner: its session cookie for app.inject. */
export async function demoApp(database: Database, password: string) {
  const app = await buildApp({ database, logger: false });
  const login = await app.inject({ method: "POST", url: "/api/auth/login", payload: { email: DEMO_EMAIL, password } });
  return { app, cookie: String(login.headers["set-cookie"]).split(";")[0] ?? "" };
}
