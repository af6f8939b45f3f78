import { generateScaleData, openDatabase, migrateDatabase, loadClientData, loadTiers, tierFor, evaluateClient } from "@spotter/server";
import { persistEvaluations } from "../../packages/server/src/monitoring/persist.ts";
import pg from "pg";
const admin = new pg.Client({ connectionString: "postgres://postgres@127.0.0.1:5432/test" });
await admin.connect(); await admin.query("drop database if exists spotter_prof with (force)"); await admin.query("create database spotter_prof"); await admin.end();
const database = await openDatabase({ databaseUrl: "postgres://postgres@127.0.0.1:5432/spotter_prof", migrate: false });
await migrateDatabase(database);
const [org] = await database.query<{id:string}>("insert into organizations (name) values ('P') returning id");
const today = new Date().toISOString().slice(0,10);
const gen = await generateScaleData(database, { organizationId: org!.id, clients: 2000, days: 180, endDate: today });
await database.query("analyze");
const tiers = await loadTiers(database, [org!.id]);
for (let k = 0; k < 2; k++) {
  for (let c0 = 0; c0 < 2000; c0 += 1000) {
    const ids = gen.clientIds.slice(c0, c0 + 1000);
    let t = performance.now(); let c = process.cpuUsage();
    const q = await database.query(`select c.id, (select json_agg(json_build_array(k.date::text, k.sleep_hours, k.sleep_quality, k.fatigue, k.soreness, k.stress, k.mood, k.hrv_ln_rmssd, k.resting_hr, k.extra))::text from check_ins k where k.client_id = c.id and k.date >= '2026-09-08') as ci, (select json_agg(json_build_array(x.date::text, x.planned, x.completed, x.duration_min, x.session_rpe, x.detail))::text from monitoring_sessions x where x.client_id = c.id and x.date >= '2026-08-23') as s from clients c where c.id = any($1::uuid[])`, [ids]);
    let cu = process.cpuUsage(c);
    console.log("raw-json-query", (performance.now() - t).toFixed(0), "nodecpu", ((cu.user + cu.system) / 1000).toFixed(0), "bytes", q.reduce((a: number, r: any) => a + (r.ci?.length ?? 0) + (r.s?.length ?? 0), 0));
    t = performance.now(); c = process.cpuUsage();
    const data = await loadClientData(database, ids, today);
    cu = process.cpuUsage(c);
    console.log("load", (performance.now() - t).toFixed(0), "nodecpu", ((cu.user + cu.system) / 1000).toFixed(0));
    t = performance.now(); c = process.cpuUsage();
    const evals = [...data.values()].map((d) => evaluateClient(d, tierFor(tiers.get(org!.id), null), d.openFlagLevel, `${today}T06:00:00Z`));
    cu = process.cpuUsage(c);
    console.log("engine", (performance.now() - t).toFixed(0), "nodecpu", ((cu.user + cu.system) / 1000).toFixed(0));
    t = performance.now(); c = process.cpuUsage();
    await persistEvaluations(database, evals, `${today}T06:00:00Z`);
    cu = process.cpuUsage(c);
    console.log("persist", (performance.now() - t).toFixed(0), "nodecpu", ((cu.user + cu.system) / 1000).toFixed(0));
  }
}
await database.close();
const d = new pg.Client({ connectionString: "postgres://postgres@127.0.0.1:5432/test" }); await d.connect(); await d.query("drop database if exists spotter_prof with (force)"); await d.end();
