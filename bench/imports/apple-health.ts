/**
 * Apple Health export.xml import throughput and peak RSS (issue 15): `npx tsx bench/imports/apple-health.ts [MB]`.
 * For the real export and a synthetic one (default ~200 MB, written to /tmp, never the repo), each
 * pass runs in its own child process so peak RSS (getrusage maxRSS) is that pass's alone:
 *  - baseline: a bare saxes pass over a 64 KB read stream (an opentag handler that does nothing);
 *  - import: the importer's parse (per-day aggregation of every record) over the same stream.
 * Storing is not timed here: it writes one row per day and metric, not per record.
 */
import { execFileSync } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { SaxesParser } from "saxes";
import { parseAppleHealth } from "../../packages/server/src/imports/apple-health/parse.ts";

const HERE = fileURLToPath(import.meta.url);
const REAL = resolve(HERE, "../../../../shared/realdata/apple-health/export6s3sample.xml");
const CHUNK = 64 * 1024;

async function bare(file: string): Promise<number> {
  const parser = new SaxesParser();
  let tags = 0;
  parser.on("opentag", () => {
    tags++;
  });
  const decoder = new TextDecoder();
  for await (const chunk of createReadStream(file, { highWaterMark: CHUNK }))
    parser.write(decoder.decode(chunk, { stream: true }));
  parser.close();
  return tags;
}

async function importer(file: string): Promise<number> {
  const days = await parseAppleHealth(createReadStream(file, { highWaterMark: CHUNK }));
  return days.records;
}

/** A synthetic export: a year-ish of minute steps, heart-rate noise, nightly sleep, daily RHR/SDNN/weight, workouts. */
async function synthesize(file: string, megabytes: number): Promise<void> {
  const out = createWriteStream(file);
  const write = (s: string) =>
    out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once("drain", () => r()));
  await write(
    '<?xml version="1.0" encoding="UTF-8"?>\n<HealthData locale="en_US">\n <ExportDate value="2024-12-31 23:00:00 +0000"/>\n',
  );
  let bytes = 0;
  let i = 0;
  while (bytes < megabytes * 1024 * 1024) {
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(i / 400) * 86_400_000).toISOString().slice(0, 10);
    const hh = String(Math.floor((i % 400) / 17) % 24).padStart(2, "0");
    const mm = String(i % 60).padStart(2, "0");
    const at = `${day} ${hh}:${mm}:00 +0000`;
    let line = ` <Record type="HKQuantityTypeIdentifierStepCount" sourceName="Watch" sourceVersion="10.1" unit="count" creationDate="${at}" startDate="${at}" endDate="${at}" value="${(i * 7) % 120}"/>\n`;
    if (i % 3 === 0)
      line += ` <Record type="HKQuantityTypeIdentifierHeartRate" sourceName="Watch" unit="count/min" creationDate="${at}" startDate="${at}" endDate="${at}" value="${60 + (i % 40)}"><MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="0"/></Record>\n`;
    if (i % 400 === 0)
      line +=
        ` <Record type="HKQuantityTypeIdentifierRestingHeartRate" sourceName="Watch" unit="count/min" startDate="${day} 07:00:00 +0000" endDate="${day} 07:00:00 +0000" value="${50 + (i % 9)}"/>\n` +
        ` <Record type="HKQuantityTypeIdentifierHeartRateVariabilitySDNN" sourceName="Watch" unit="ms" startDate="${day} 03:00:00 +0000" endDate="${day} 03:01:00 +0000" value="${40 + (i % 17)}"/>\n` +
        ` <Record type="HKCategoryTypeIdentifierSleepAnalysis" sourceName="Watch" startDate="${day} 00:00:00 +0000" endDate="${day} 06:30:00 +0000" value="HKCategoryValueSleepAnalysisAsleepCore"/>\n` +
        ` <Record type="HKQuantityTypeIdentifierBodyMass" sourceName="Scale" unit="lb" startDate="${day} 07:05:00 +0000" endDate="${day} 07:05:00 +0000" value="${170 + (i % 11)}"/>\n` +
        ` <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="30" durationUnit="min" sourceName="Watch" startDate="${day} 18:00:00 +0000" endDate="${day} 18:30:00 +0000"><WorkoutStatistics type="HKQuantityTypeIdentifierActiveEnergyBurned" sum="300" unit="kcal"/></Workout>\n`;
    bytes += line.length;
    i++;
    await write(line);
  }
  await write("</HealthData>\n");
  await new Promise<void>((r) => out.end(() => r()));
}

async function child(mode: string, file: string): Promise<void> {
  const t0 = process.hrtime.bigint();
  const n = mode === "bare" ? await bare(file) : await importer(file);
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  process.stdout.write(JSON.stringify({ n, s, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

async function main(): Promise<void> {
  const [, , first, second] = process.argv;
  if (first === "--child") return child(second as string, process.argv[4] as string);
  const mb = Number(first ?? 200);
  const synthetic = `/tmp/apple-health-bench-${mb}mb.xml`;
  if (!existsSync(synthetic)) await synthesize(synthetic, mb);
  const rows: string[] = [
    "| file | MB | pass | items | s | MB/s | peak RSS MB |",
    "| --- | ---: | --- | ---: | ---: | ---: | ---: |",
  ];
  for (const file of [REAL, synthetic]) {
    const size = statSync(file).size / 1024 / 1024;
    const rates: Record<string, number> = {};
    for (const mode of ["bare", "import"]) {
      const out = execFileSync(process.execPath, ["--import", "tsx", HERE, "--child", mode, file], {
        encoding: "utf8",
      });
      const r = JSON.parse(out) as { n: number; s: number; maxRssMb: number };
      rates[mode] = size / r.s;
      rows.push(
        `| ${file.split("/").pop()} | ${size.toFixed(3)} | ${mode === "bare" ? "bare saxes (baseline)" : "import parse"} | ${r.n} | ${r.s.toFixed(3)} | ${(size / r.s).toFixed(1)} | ${r.maxRssMb.toFixed(0)} |`,
      );
    }
    rows.push(`| | | import / baseline | | | ${(((rates.import ?? 0) / (rates.bare ?? 1)) * 100).toFixed(0)}% | |`);
  }
  console.log(rows.join("\n"));
}

await main();
