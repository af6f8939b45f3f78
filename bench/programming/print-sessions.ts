import type { Simulation } from "@spotter/engine";

/**
 * One client's drafts as a coach reads a program: week by week, each day's working items as
 * "sets×reps @ load, RPE", with what the athlete actually did and the true 1RM of the big lifts.
 */
export function printSessions(sim: Simulation): void {
  const { persona } = sim;
  console.log(
    `${persona.name} (${persona.id}), roadmap: ${sim.roadmap.blocks.map((b) => `${b.kind}×${b.weeks}`).join(" → ")}`,
  );
  let week = -1;
  for (const { date, position, session, log } of sim.sessions) {
    if (position.week !== week) {
      week = position.week;
      const truth = sim.truth[week]?.oneRepMaxKg;
      const lifts = truth
        ? Object.entries(truth)
            .map(([id, kg]) => `${id} ${kg}`)
            .join(", ")
        : "";
      console.log(`\nWeek ${week + 1} · ${session.blockKind} · true 1RM kg: ${lifts}`);
    }
    console.log(`  ${date} ${session.dayLabel} (${session.estimatedMinutes} of ${session.requestedMinutes} min)`);
    for (const item of [...session.main, ...session.finisher]) {
      const dose = item.reps !== undefined ? `${item.sets}×${item.reps}` : `${item.sets}×${item.seconds}s`;
      const load = item.load !== undefined ? ` @ ${item.load} ${item.unit}` : "";
      const effort = item.effort ? ` ${item.effort.scale.toUpperCase()} ${item.effort.value}` : "";
      const done = log.exercises.find((e) => e.exerciseId === item.exerciseId);
      const did = done
        ? done.sets
            .map(
              (s) =>
                `${s.reps}${s.load ? `@${s.load}` : ""}${s.rpe !== undefined ? `/${s.rpe}` : ""}${s.completed ? "" : "✗"}`,
            )
            .join(" ")
        : "";
      console.log(`    ${item.role.padEnd(9)} ${item.name.padEnd(34)} ${(dose + load + effort).padEnd(26)} did ${did}`);
    }
  }
  if (sim.errors.length > 0) console.log(`\nEngine refused ${sim.errors.length} day(s): ${sim.errors[0]!.message}`);
}
