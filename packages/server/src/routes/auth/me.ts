import type { MeResponse, Role } from "@spotter/contracts";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/open.ts";
import { organizations, users } from "../../db/schema.ts";

/** The `me` payload for a signed-in user. */
export async function presentMe(
  db: Db,
  who: { userId: string; organizationId: string; role: Role; clientId?: string; csrfToken: string },
): Promise<MeResponse> {
  const [user] = await db.select().from(users).where(eq(users.id, who.userId));
  const [org] = await db.select().from(organizations).where(eq(organizations.id, who.organizationId));
  if (!user || !org) throw new Error("session points at a missing user or organization");
  return {
    user: { id: user.id, name: user.name, email: user.email },
    organization: { id: org.id, name: org.name },
    role: who.role,
    ...(who.clientId ? { clientId: who.clientId } : {}),
    csrfToken: who.csrfToken,
  };
}
