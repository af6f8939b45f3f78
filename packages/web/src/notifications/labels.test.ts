import { describe, expect, it } from "vitest";
import { KINDS_FOR, whenLabel } from "./labels.ts";

describe("notification labels", () => {
  const now = Date.parse("2030-05-10T12:00:00Z");
  it("says how long ago in words, then a date", () => {
    expect(whenLabel("2030-05-10T11:59:30Z", now)).toBe("just now");
    expect(whenLabel("2030-05-10T11:55:00Z", now)).toBe("5 min ago");
    expect(whenLabel("2030-05-10T09:00:00Z", now)).toBe("3 h ago");
    expect(whenLabel("2030-05-01T09:00:00Z", now)).toMatch(/1/);
    // A clock slightly behind the server's never shows a negative age.
    expect(whenLabel("2030-05-10T12:00:05Z", now)).toBe("just now");
  });
  it("never asks a client about red flags or escalations (those go to coaches)", () => {
    expect(KINDS_FOR.client).not.toContain("red_flag");
    expect(KINDS_FOR.client).not.toContain("overdue_escalation");
    expect(KINDS_FOR.coach).toContain("red_flag");
  });
});
