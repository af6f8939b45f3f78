import type { AppleHealthSummary, DailyImportSummary, ImportSummary, VelocityImportSummary } from "@spotter/contracts";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { type ApiError, toApiError } from "../../api/api-error.ts";
import { Card, ErrorState, PageHead, Spinner } from "../../ui/index.ts";
import { clientKey, clientQuery } from "../client-page/queries.ts";
import { AppleHealthPreview } from "./AppleHealthPreview.tsx";
import { type CsvKind, csvKind, headerLine } from "./csv-kind.ts";
import { DailyPreview } from "./DailyPreview.tsx";
import { FileStep } from "./FileStep.tsx";
import { FitUserStep } from "./FitUserStep.tsx";
import { type FileKind, fileKind } from "./file-kind.ts";
import { HistoryPreview } from "./HistoryPreview.tsx";
import { ImportResult } from "./ImportResult.tsx";
import { MappingReview } from "./MappingReview.tsx";
import { UploadBar } from "./UploadBar.tsx";
import { postByToken, type UploadProgress, uploadFile } from "./upload.ts";
import { VelocityPreview } from "./VelocityPreview.tsx";
import "./imports.css";

type Chosen = {
  file: File;
  kind: Exclude<FileKind, { kind: "refused" }>;
  /** CSV only: which importer its header belongs to. */
  csv?: CsvKind;
  unit: "kg" | "lb";
  fitUser?: number;
  /** The token the server answered the first preview with: later steps send it instead of the file. */
  token?: string;
};
type Step =
  | { step: "choose"; error?: string }
  | { step: "fit-user"; message: string }
  | { step: "uploading"; what: string; progress: UploadProgress }
  | { step: "preview"; summary: ImportSummary }
  | { step: "mapping"; summary: ImportSummary }
  | { step: "done"; summary: ImportSummary }
  | { step: "health-preview"; summary: AppleHealthSummary }
  | { step: "health-done"; summary: AppleHealthSummary }
  | { step: "daily"; summary: DailyImportSummary; done: boolean }
  | { step: "velocity"; summary: VelocityImportSummary; done: boolean };

/**
 * Import a client's history: choose a file, watch it upload, read the preview (what is added,
 * skipped and why), map unknown exercise names once for the organization, then commit and see what
 * was stored. A training-history file (CSV, FIT) is sent once: the server keeps the previewed file
 * for 15 minutes and the re-preview and commit send its token. Apple Health, daily and velocity
 * files are sent at each step (an export.xml runs to GBs: it is streamed, never kept).
 */
export function ImportPage({ clientId }: { clientId: string }) {
  const client = useQuery(clientQuery(clientId));
  const cache = useQueryClient();
  const [state, setState] = useState<Step>({ step: "choose" });
  const chosen = useRef<Chosen | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  async function send<T>(commit: boolean, what: string): Promise<T | null> {
    const c = chosen.current;
    if (!c) return null;
    abort.current = new AbortController();
    const health = c.kind.kind === "apple-health";
    const own = health ? "/apple-health" : c.csv === "daily" || c.csv === "velocity" ? `/${c.csv}` : "";
    const base = `/api/clients/${clientId}/imports${own}${commit ? "" : "/preview"}`;
    const path = own
      ? base
      : c.kind.kind === "fit"
        ? `${base}${c.fitUser === undefined ? "" : `?fitUser=${c.fitUser}`}`
        : `${base}?unit=${c.unit}`;
    setState({ step: "uploading", what, progress: { phase: "sending", loaded: 0, total: c.file.size } });
    try {
      // Training history (CSV, FIT): the server keeps the previewed file; send its token, and the
      // file only when the server no longer has it (15 minutes, a restart).
      if (!own && c.token) {
        try {
          setState({ step: "uploading", what, progress: { phase: "processing" } });
          return await postByToken<T>(path, c.token, abort.current.signal);
        } catch (e) {
          if (!toApiError(e).fields.some((f) => f.path === "query.upload")) throw e;
          c.token = undefined;
        }
      }
      return await uploadFile<T>(
        path,
        c.file,
        c.kind.contentType,
        (progress) => setState({ step: "uploading", what, progress }),
        abort.current.signal,
        own ? undefined : (token) => (c.token = token),
      );
    } catch (e) {
      if (e instanceof DOMException && e.name === "AbortError") {
        setState({ step: "choose", error: "Upload cancelled." });
        return null;
      }
      const err: ApiError = toApiError(e);
      // A scale shared by several people: the server names the users; the coach picks this client.
      const scaleUser = err.fields.find((f) => f.path === "query.fitUser");
      if (scaleUser) {
        setState({ step: "fit-user", message: scaleUser.message });
        return null;
      }
      setState({ step: "choose", error: `${c.file.name} could not be imported: ${err.message}` });
      return null;
    }
  }

  /** A daily or velocity file's answer as its step; null for the other importers. */
  function ownStep(summary: unknown, done: boolean): Step | null {
    const csv = chosen.current?.csv;
    if (csv === "daily") return { step: "daily", summary: summary as DailyImportSummary, done };
    if (csv === "velocity") return { step: "velocity", summary: summary as VelocityImportSummary, done };
    return null;
  }

  async function preview() {
    const health = chosen.current?.kind.kind === "apple-health";
    const summary = await send<ImportSummary | AppleHealthSummary>(false, "Reading the file");
    if (!summary) return;
    const own = ownStep(summary, false);
    if (own) setState(own);
    else if (health) setState({ step: "health-preview", summary: summary as AppleHealthSummary });
    else setState({ step: "preview", summary: summary as ImportSummary });
  }

  async function commit() {
    const health = chosen.current?.kind.kind === "apple-health";
    const summary = await send<ImportSummary | AppleHealthSummary>(true, "Importing");
    if (!summary) return;
    await cache.invalidateQueries({ queryKey: clientKey(clientId) });
    const own = ownStep(summary, true);
    if (own) setState(own);
    else if (health) setState({ step: "health-done", summary: summary as AppleHealthSummary });
    else setState({ step: "done", summary: summary as ImportSummary });
  }

  async function choose(file: File, unit: "kg" | "lb") {
    const head = new Uint8Array(await file.slice(0, 12).arrayBuffer());
    const kind = fileKind(file.name, file.size, head);
    if (kind.kind === "refused") {
      chosen.current = null;
      setState({ step: "choose", error: kind.message });
      return;
    }
    chosen.current = { file, kind, unit, ...(kind.kind === "csv" ? { csv: csvKind(await headerLine(file)) } : {}) };
    await preview();
  }

  if (client.error) return <ErrorState error={client.error} what="this client" onRetry={() => void client.refetch()} />;
  if (!client.data) return <Spinner label="Loading client…" />;
  const fileName = chosen.current?.file.name ?? "";
  const restart = () => setState({ step: "choose" });
  return (
    <>
      <PageHead
        back={{ href: `/clients/${clientId}`, label: client.data.name }}
        title="Import history"
        subtitle={`Bring ${client.data.name}'s training log from another app, or their watch's data`}
      />
      <div className="import-page">
        {state.step === "choose" ? <FileStep error={state.error} onChoose={(f, u) => void choose(f, u)} /> : null}
        {state.step === "fit-user" ? (
          <FitUserStep
            message={state.message}
            onChoose={(user) => {
              if (chosen.current) chosen.current.fitUser = user;
              void preview();
            }}
            onRestart={restart}
          />
        ) : null}
        {state.step === "uploading" ? (
          <Card title={fileName}>
            <UploadBar what={state.what} progress={state.progress} onCancel={() => abort.current?.abort()} />
          </Card>
        ) : null}
        {state.step === "preview" ? (
          <HistoryPreview
            summary={state.summary}
            fileName={fileName}
            busy={false}
            onReviewNames={() => setState({ step: "mapping", summary: state.summary })}
            onCommit={() => void commit()}
            onRestart={restart}
          />
        ) : null}
        {state.step === "mapping" ? (
          <MappingReview
            summary={state.summary}
            onSaved={() => void preview()}
            onBack={() => setState({ step: "preview", summary: state.summary })}
          />
        ) : null}
        {state.step === "done" ? <ImportResult clientId={clientId} summary={state.summary} /> : null}
        {state.step === "health-preview" ? (
          <AppleHealthPreview
            summary={state.summary}
            fileName={fileName}
            onCommit={() => void commit()}
            onRestart={restart}
          />
        ) : null}
        {state.step === "health-done" ? <AppleHealthPreview summary={state.summary} fileName={fileName} /> : null}
        {state.step === "daily" ? (
          <DailyPreview
            summary={state.summary}
            fileName={fileName}
            {...(state.done ? {} : { onCommit: () => void commit(), onRestart: restart })}
          />
        ) : null}
        {state.step === "velocity" ? (
          <VelocityPreview
            summary={state.summary}
            fileName={fileName}
            {...(state.done ? {} : { onCommit: () => void commit(), onRestart: restart })}
          />
        ) : null}
      </div>
    </>
  );
}
