import { readFileSync } from "node:fs";
import {
  type ErrorResponse,
  engineE1rmInputSchema,
  engineProgressInputSchema,
  engineRoadmapInputSchema,
  engineSessionInputSchema,
} from "@spotter/contracts";
import {
  BUILTIN_EXERCISES,
  buildRoadmap,
  createCatalog,
  deriveProgressionStates,
  EngineError,
  estimateE1rm,
  generateSession,
  percentOf1rm,
  roadmapPosition,
  setRpe,
  validateSessionLogs,
} from "@spotter/engine";
import type { Command } from "commander";
import type { z } from "zod";

export const ENGINE_COMMANDS = ["session", "roadmap", "e1rm", "progress"] as const;
export type EngineCommand = (typeof ENGINE_COMMANDS)[number];

/** What a run produced: JSON for stdout on success, JSON for stderr and exit code 1 on failure. */
export type EngineRun = { exitCode: 0 | 1; stdout?: string; stderr?: string };

const fail = (code: string, message: string, fields?: { path: string; message: string }[]): EngineRun => {
  const body: ErrorResponse = { error: { code, message, ...(fields ? { fields } : {}) } };
  return { exitCode: 1, stderr: `${JSON.stringify(body, null, 2)}\n` };
};

function parse<S extends z.ZodType>(
  schema: S,
  value: unknown,
): { ok: true; data: z.output<S> } | { ok: false; run: EngineRun } {
  const r = schema.safeParse(value);
  if (r.success) return { ok: true, data: r.data };
  const fields = r.error.issues.map((i) => ({ path: i.path.map(String).join(".") || "(root)", message: i.message }));
  return {
    ok: false,
    run: fail("validation_error", `invalid input: ${fields[0]!.path}: ${fields[0]!.message}`, fields),
  };
}

/** UTC calendar date of `now` (ISO date-time or epoch ms). */
const dateOf = (now: string | number) => new Date(now).toISOString().slice(0, 10);

function execute(command: EngineCommand, json: unknown): EngineRun {
  const catalog = createCatalog(BUILTIN_EXERCISES);
  const out = (value: unknown): EngineRun => ({ exitCode: 0, stdout: `${JSON.stringify(value, null, 2)}\n` });
  switch (command) {
    case "roadmap": {
      const p = parse(engineRoadmapInputSchema, json);
      if (!p.ok) return p.run;
      return out(buildRoadmap(p.data.client, p.data.trainer, { startDate: p.data.startDate, now: p.data.now }));
    }
    case "session": {
      const p = parse(engineSessionInputSchema, json);
      if (!p.ok) return p.run;
      const { trainer, client, history, today, now, seed } = p.data;
      const date = dateOf(now);
      const roadmap = p.data.roadmap ?? buildRoadmap(client, trainer, { startDate: p.data.startDate ?? date, now });
      const position = roadmapPosition(roadmap, date);
      return out(generateSession({ trainer, client, catalog, roadmap, position, history, today, now, seed }));
    }
    case "e1rm": {
      const p = parse(engineE1rmInputSchema, json);
      if (!p.ok) return p.run;
      const { load, reps, rpe, rir, formula } = p.data;
      const est = estimateE1rm({ load, reps, rpe, rir }, formula);
      const effRpe = setRpe({ rpe, rir });
      return out({
        e1rm: Math.round(est.e1rm * 1000) / 1000,
        method: est.method,
        effectiveReps: est.effectiveReps,
        ...(est.method === "rpe_chart" && effRpe !== undefined ? { percentOf1rm: percentOf1rm(reps, effRpe) } : {}),
      });
    }
    case "progress": {
      const p = parse(engineProgressInputSchema, json);
      if (!p.ok) return p.run;
      validateSessionLogs(p.data.history, "history", (id) => catalog.has(id));
      return out(deriveProgressionStates(p.data.history));
    }
  }
}

/**
 * Runs one engine command on JSON text. Pure apart from the engine: no I/O, so tests call it
 * directly. Errors use the API's error shape `{error:{code,message,fields}}`.
 */
export function runEngineCommand(command: EngineCommand, text: string): EngineRun {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return fail("validation_error", `input is not valid JSON: ${e instanceof Error ? e.message : String(e)}`, [
      { path: "(root)", message: "not valid JSON" },
    ]);
  }
  try {
    return execute(command, json);
  } catch (e) {
    if (e instanceof EngineError) {
      const code =
        e.code === "unsatisfiable"
          ? "engine_unsatisfiable"
          : e.code === "internal"
            ? "internal_error"
            : "validation_error";
      return fail(code, e.message, e.fields);
    }
    return fail("internal_error", e instanceof Error ? e.message : String(e));
  }
}

/** `spotter engine <session|roadmap|e1rm|progress> [--input file.json]`: JSON in (file or stdin), JSON out. */
export function registerEngineCommand(program: Command): void {
  const engine = program
    .command("engine")
    .description(
      "run the programming engine offline: JSON in (--input file or stdin), JSON out (schemas in docs/schemas)",
    );
  const describe: Record<EngineCommand, string> = {
    session: "generate a session (engine-session-input.json → session.json)",
    roadmap: "build a roadmap (engine-roadmap-input.json → roadmap.json)",
    e1rm: "estimate a 1RM from one set (engine-e1rm-input.json)",
    progress: "derive per-exercise progression state from a history (engine-progress-input.json)",
  };
  for (const name of ENGINE_COMMANDS) {
    engine
      .command(name)
      .description(describe[name])
      .option("-i, --input <file>", "JSON input file ('-' or omitted: stdin)")
      .action((opts: { input?: string }) => {
        const file = opts.input && opts.input !== "-" ? opts.input : 0;
        let text: string;
        try {
          text = readFileSync(file, "utf8");
        } catch (e) {
          const r = fail("validation_error", `cannot read input: ${e instanceof Error ? e.message : String(e)}`, [
            { path: "--input", message: "cannot read file" },
          ]);
          process.stderr.write(r.stderr!);
          process.exitCode = 1;
          return;
        }
        const r = runEngineCommand(name, text);
        if (r.stdout) process.stdout.write(r.stdout);
        if (r.stderr) process.stderr.write(r.stderr);
        process.exitCode = r.exitCode;
      });
  }
}
