import type { ClientProfileInput, MeResponse } from "@spotter/contracts";
import type { TestClient } from "./http-client.ts";

let counter = 0;
/** Unique email per call (tests in one database never collide). */
export const uniqueEmail = (prefix = "user") => `${prefix}-${Date.now().toString(36)}-${++counter}@example.test`;

export const PASSWORD = "correct horse battery staple";

/** A minimal valid profile; override any field. */
/** A PAR-Q+ with every answer "no": nothing to clear. */
export const NEGATIVE_SCREEN = {
  heartCondition: false,
  chestPainActivity: false,
  dizzinessOrFainting: false,
  diagnosedChronicCondition: false,
  prescribedMedication: false,
  boneJointProblem: false,
  medicallySupervisedOnly: false,
  conditions: [],
};

export function profileInput(overrides: Partial<ClientProfileInput> = {}): ClientProfileInput {
  return {
    goals: { primary: "strength", secondary: [] },
    trainingAgeMonths: 12,
    injuries: [],
    locations: [{ id: "gym", name: "Gym", equipment: ["barbell", "squat_rack", "bench", "dumbbells"] }],
    defaultLocationId: "gym",
    schedule: { daysPerWeek: 3, sessionMinutes: 60, preferredDays: [] },
    // A completed, all-"no" PAR-Q+: the server gates clients without a screen (safety/state.ts).
    screening: NEGATIVE_SCREEN,
    ...overrides,
  };
}

function expectStatus(res: { status: number; body: unknown }, status: number, what: string) {
  if (res.status !== status)
    throw new Error(`${what}: expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
}

/** Signs up a new organization through the API; the client is then signed in as its owner. */
export async function signup(client: TestClient, orgName = "Org"): Promise<MeResponse & { email: string }> {
  const email = uniqueEmail("owner");
  const res = await client.post<MeResponse>("/api/auth/signup", {
    organizationName: orgName,
    name: "Owner",
    email,
    password: PASSWORD,
  });
  expectStatus(res, 201, "signup");
  return { ...res.body, email };
}

export async function login(client: TestClient, email: string, password = PASSWORD): Promise<MeResponse> {
  const res = await client.post<MeResponse>("/api/auth/login", { email, password });
  expectStatus(res, 200, "login");
  return res.body;
}

/** Creates a client record as `coach` (owner or coach); returns its id. */
export async function createClient(
  coach: TestClient,
  name = "Client",
  extra: Record<string, unknown> = {},
): Promise<string> {
  const res = await coach.post<{ id: string }>("/api/clients", { name, profile: profileInput(), ...extra });
  expectStatus(res, 201, "create client");
  return res.body.id;
}

/** Invites and accepts: `as` ends up signed in with the new account. */
export async function inviteAndAccept(
  inviter: TestClient,
  as: TestClient,
  input: { role: "coach" | "client"; clientId?: string; name?: string },
): Promise<MeResponse & { email: string }> {
  const email = uniqueEmail(input.role);
  const inv = await inviter.post<{ token: string }>("/api/invitations", {
    email,
    role: input.role,
    clientId: input.clientId,
  });
  expectStatus(inv, 201, "invite");
  const acc = await as.post<MeResponse>(`/api/invitations/${inv.body.token}/accept`, {
    name: input.name ?? input.role,
    password: PASSWORD,
  });
  expectStatus(acc, 201, "accept");
  return { ...acc.body, email };
}
