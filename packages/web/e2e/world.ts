import { createClient, inviteAndAccept, PASSWORD, signup, TestClient } from "@spotter/server/testing";
import { type Browser, launchBrowser } from "./browser.ts";
import { type RunningServer, startServer } from "./server.ts";

/** The phone every portal test checks against: no horizontal scrolling at 375 px. */
export const PHONE = { width: 375, height: 812 };

export type WorldOptions = {
  /** The organization's name (the owner signs it up through the API). */
  org: string;
  /** The client record; `extra` is merged into the create body (e.g. `{ profile: profileInput(...) }`). */
  client: string | { name: string; extra?: Record<string, unknown> };
  /** The coach's browser viewport; launchBrowser's default when absent. */
  desk?: { width: number; height: number };
};

/** One organization with one client who has a login, and two browsers: all through the real server. */
export type World = {
  server: RunningServer;
  /** Signed in as the owner, for seeding through the HTTP API. */
  owner: TestClient;
  ownerEmail: string;
  organizationId: string;
  clientId: string;
  /** Signed in as the client (the account that accepted the invitation). */
  clientApi: TestClient;
  clientEmail: string;
  clientUserId: string;
  /** The client's browser, 375 px wide. */
  phone: Browser;
  /** The coach's (or owner's) browser. */
  desk: Browser;
  /** Closes both browsers and the server; safe after a failed start (what exists is closed). */
  close: () => Promise<void>;
};

/**
 * The setup most two-person e2e tests share: start the server, sign up the owner, create the
 * client, invite it and accept (so the client can sign in), launch a phone and a desk browser.
 * Tests seed what else they need through `owner` afterwards.
 */
export async function startWorld(options: WorldOptions): Promise<World> {
  const server = await startServer();
  const opened: Browser[] = [];
  const close = async () => {
    for (const b of opened) await b.close();
    await server.close();
  };
  try {
    const owner = new TestClient(server.baseUrl);
    const me = await signup(owner, options.org);
    const client = typeof options.client === "string" ? { name: options.client } : options.client;
    const clientId = await createClient(owner, client.name, client.extra);
    const clientApi = new TestClient(server.baseUrl);
    const accepted = await inviteAndAccept(owner, clientApi, { role: "client", clientId });
    const phone = await launchBrowser({ baseUrl: server.baseUrl, viewport: PHONE });
    opened.push(phone);
    const desk = await launchBrowser({ baseUrl: server.baseUrl, viewport: options.desk });
    opened.push(desk);
    return {
      server,
      owner,
      ownerEmail: me.email,
      organizationId: me.organization.id,
      clientId,
      clientApi,
      clientEmail: accepted.email,
      clientUserId: accepted.user.id,
      phone,
      desk,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Signs in through the sign-in form (accounts made by @spotter/server/testing share its PASSWORD). */
export async function signIn(b: Browser, email: string): Promise<void> {
  await b.page.goto("/");
  await b.page.getByLabel("Email").fill(email);
  await b.page.getByLabel("Password").fill(PASSWORD);
  const button = b.page.getByRole("button", { name: "Sign in" });
  await button.click();
  await button.waitFor({ state: "detached" });
}
