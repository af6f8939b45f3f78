/**
 * A tiny browser-like HTTP client for tests: real fetch against a listening server, keeps the
 * session cookie, and sends the CSRF token on writes the way the web app does.
 */
export type TestResponse<T = unknown> = { status: number; body: T; headers: Headers };

export class TestClient {
  cookie: string | undefined;
  csrfToken: string | undefined;
  /** Send the CSRF header on writes (turn off to test refusal). */
  sendCsrf = true;

  constructor(readonly baseUrl: string) {}

  /** A copy sharing the current session; cookie changes on the copy do not affect this one. */
  clone(): TestClient {
    const copy = new TestClient(this.baseUrl);
    copy.cookie = this.cookie;
    copy.csrfToken = this.csrfToken;
    copy.sendCsrf = this.sendCsrf;
    return copy;
  }

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { ...extraHeaders };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.sendCsrf && this.csrfToken && method !== "GET") headers["x-csrf-token"] = this.csrfToken;
    let payload: string | undefined;
    if (body !== undefined) {
      payload = typeof body === "string" ? body : JSON.stringify(body);
      headers["content-type"] ??= "application/json";
    }
    const res = await fetch(this.baseUrl + path, { method, headers, body: payload, redirect: "manual" });
    const setCookie = res.headers.get("set-cookie");
    if (setCookie?.startsWith("spotter_session=")) {
      const value = setCookie.split(";")[0] ?? "";
      this.cookie = value === "spotter_session=" ? undefined : value;
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON (e.g. HTML docs): keep the text
    }
    const csrf = (parsed as { csrfToken?: unknown } | undefined)?.csrfToken;
    if (typeof csrf === "string") this.csrfToken = csrf;
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get<T = unknown>(path: string) {
    return this.request<T>("GET", path);
  }
  post<T = unknown>(path: string, body?: unknown) {
    return this.request<T>("POST", path, body);
  }
  patch<T = unknown>(path: string, body?: unknown) {
    return this.request<T>("PATCH", path, body);
  }
  delete<T = unknown>(path: string) {
    return this.request<T>("DELETE", path);
  }
}
