import type { TestClient, TestResponse } from "../support.ts";

/**
 * POSTs a file as the raw request body (what a browser's fetch of a File sends), with the client's
 * cookie and CSRF token; fetch is used directly because the test client sends strings only.
 */
export async function upload<T = unknown>(
  client: TestClient,
  path: string,
  file: string | Buffer,
  query: Record<string, string> = {},
): Promise<TestResponse<T>> {
  const qs = new URLSearchParams(query).toString();
  if (typeof file === "string")
    return client.request<T>("POST", qs ? `${path}?${qs}` : path, file, { "content-type": "text/csv" });
  const headers: Record<string, string> = { "content-type": "application/octet-stream" };
  if (client.cookie) headers.cookie = client.cookie;
  if (client.csrfToken) headers["x-csrf-token"] = client.csrfToken;
  const res = await fetch(`${client.baseUrl}${qs ? `${path}?${qs}` : path}`, {
    method: "POST",
    headers,
    body: new Uint8Array(file),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T, headers: res.headers };
}
