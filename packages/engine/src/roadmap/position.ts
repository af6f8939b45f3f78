import { dayNumber } from "../core/dates.ts";
import { guard } from "../core/errors.ts";
import type { Roadmap, RoadmapPosition } from "./types.ts";

/**
 * Where `date` (YYYY-MM-DD) falls in the roadmap. Before the start it points at the first week;
 * past the end it stays on the last block's last week, so generation keeps working until the
 * coach extends the plan.
 */
export function roadmapPosition(roadmap: Roadmap, date: string): RoadmapPosition {
  return guard(() => {
    const d = dayNumber(date, "date");
    const start = dayNumber(roadmap.startDate, "roadmap.startDate");
    const totalWeeks = roadmap.blocks.reduce((n, b) => n + b.weeks, 0);
    if (d < start) return { blockIndex: 0, weekInBlock: 0, week: 0, status: "before" };
    const week = Math.floor((d - start) / 7);
    if (week >= totalWeeks) {
      const last = roadmap.blocks.length - 1;
      return { blockIndex: last, weekInBlock: roadmap.blocks[last]!.weeks - 1, week: totalWeeks - 1, status: "after" };
    }
    let acc = 0;
    for (let i = 0; i < roadmap.blocks.length; i++) {
      const w = roadmap.blocks[i]!.weeks;
      if (week < acc + w) return { blockIndex: i, weekInBlock: week - acc, week, status: "active" };
      acc += w;
    }
    return { blockIndex: 0, weekInBlock: 0, week: 0, status: "active" };
  });
}
