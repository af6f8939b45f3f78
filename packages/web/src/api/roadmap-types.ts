/** A roadmap block as the timeline draws it; `normalizeRoadmap` tolerates wire variations. */
export type RoadmapBlock = {
  key: string;
  kind: string;
  name: string;
  startDate?: string;
  endDate?: string;
  weeks?: number;
  focus?: string;
};

type Raw = Record<string, unknown>;
const isObj = (v: unknown): v is Raw => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === "string" ? v : undefined);
const num = (v: unknown) => (typeof v === "number" ? v : undefined);

export function normalizeRoadmap(raw: unknown): RoadmapBlock[] {
  const r = isObj(raw) && isObj(raw.roadmap) ? raw.roadmap : raw;
  const blocks = Array.isArray(r) ? r : isObj(r) && Array.isArray(r.blocks) ? r.blocks : [];
  return blocks.filter(isObj).map((b, i) => {
    const kind = str(b.kind) ?? str(b.type) ?? str(b.phase) ?? "block";
    return {
      key: str(b.id) ?? String(i),
      kind,
      name: str(b.name) ?? str(b.title) ?? kind,
      startDate: str(b.startDate) ?? str(b.start),
      endDate: str(b.endDate) ?? str(b.end),
      weeks: num(b.weeks) ?? num(b.durationWeeks) ?? num(b.lengthWeeks),
      focus: str(b.focus) ?? str(b.goal) ?? str(b.direction),
    };
  });
}
