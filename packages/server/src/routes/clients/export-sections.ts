import type { DbExecutor } from "../../audit/record.ts";

/** Loads one feature's rows about a client, already scoped to the client and organization. */
export type ClientExportSection = (
  db: DbExecutor,
  ids: { organizationId: string; clientId: string },
) => Promise<unknown[]>;

const sections = new Map<string, ClientExportSection>();

/**
 * Features that store client data register a section here so GET /api/clients/:id/export
 * includes it under `records.<name>`. Their tables must reference clients ON DELETE CASCADE so
 * DELETE /api/clients/:id removes them too.
 */
export function registerClientExportSection(name: string, load: ClientExportSection): void {
  sections.set(name, load);
}

export const clientExportSections = (): ReadonlyMap<string, ClientExportSection> => sections;
