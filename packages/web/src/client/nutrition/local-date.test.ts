import { describe, expect, it } from "vitest";
import { localToday } from "./local-date.ts";

describe("localToday", () => {
  it("names the person's own calendar day, not the UTC one", () => {
    // Built from local fields, so the expectation holds in every time zone the test runs in.
    expect(localToday(new Date(2026, 11, 1, 23, 30))).toBe("2026-12-01");
    expect(localToday(new Date(2026, 0, 5, 0, 10))).toBe("2026-01-05");
  });
});
