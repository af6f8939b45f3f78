import { ApiError } from "../../api/api-error.ts";
import { csrfHeader } from "../../api/client.ts";

/** Where an upload is: bytes sent so far, then the server reading the file (no byte count). */
export type UploadProgress = { phase: "sending"; loaded: number; total: number } | { phase: "processing" };

/**
 * POSTs a file as the raw request body with XMLHttpRequest, whose upload events report bytes sent
 * (fetch has no upload progress in browsers without streaming request bodies). A big Apple Health
 * export takes minutes on a slow uplink, so the coach sees it move. Non-2xx answers become an
 * ApiError carrying the server's message and field errors, like every other API call.
 */
export function uploadFile<T>(
  path: string,
  file: Blob,
  contentType: string,
  onProgress: (p: UploadProgress) => void,
  signal?: AbortSignal,
  /** Called with the token a preview answers with (header spotter-upload-token), if any. */
  onToken?: (token: string) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", path);
    xhr.setRequestHeader("content-type", contentType);
    xhr.setRequestHeader("accept", "application/json");
    for (const [k, v] of Object.entries(csrfHeader())) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => {
      const total = e.lengthComputable ? e.total : file.size;
      onProgress({ phase: "sending", loaded: e.loaded, total });
    };
    xhr.upload.onload = () => onProgress({ phase: "processing" });
    xhr.onerror = () => reject(new ApiError(0, "network_error", "Could not reach the server. Check your connection."));
    xhr.onabort = () => reject(new DOMException("Upload cancelled", "AbortError"));
    xhr.onload = () => {
      let json: unknown;
      try {
        json = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        json = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        const token = xhr.getResponseHeader("spotter-upload-token");
        if (token) onToken?.(token);
        return resolve(json as T);
      }
      const err = (json as { error?: { code?: string; message?: string; fields?: [] } } | undefined)?.error;
      const message =
        xhr.status === 413
          ? "The file is larger than the server accepts."
          : (err?.message ?? `Upload failed (${xhr.status})`);
      reject(new ApiError(xhr.status, err?.code ?? `http_${xhr.status}`, message, err?.fields ?? []));
    };
    signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    onProgress({ phase: "sending", loaded: 0, total: file.size });
    xhr.send(file);
  });
}

/**
 * POSTs to an import route with `?upload=<token>` and no body: the server reuses the file the
 * preview kept, so the commit (and a re-preview after mapping names) does not send it again.
 */
export async function postByToken<T>(path: string, token: string, signal?: AbortSignal): Promise<T> {
  const url = `${path}${path.includes("?") ? "&" : "?"}upload=${encodeURIComponent(token)}`;
  let res: Response;
  try {
    res = await fetch(url, { method: "POST", headers: { accept: "application/json", ...csrfHeader() }, signal });
  } catch (e) {
    if (e instanceof DOMException && e.name === "AbortError") throw e;
    throw new ApiError(0, "network_error", "Could not reach the server. Check your connection.");
  }
  const json = (await res.json().catch(() => undefined)) as unknown;
  if (res.ok) return json as T;
  const err = (json as { error?: { code?: string; message?: string; fields?: [] } } | undefined)?.error;
  throw new ApiError(
    res.status,
    err?.code ?? `http_${res.status}`,
    err?.message ?? `Import failed (${res.status})`,
    err?.fields ?? [],
  );
}
