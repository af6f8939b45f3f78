import { describe, expect, it } from "vitest";
import { normalizePath, unclaimedErrors } from "./form-errors.tsx";

describe("server field paths", () => {
  it("strips the request part and brackets so fields can claim them", () => {
    expect(normalizePath("body.profile.schedule.daysPerWeek")).toBe("profile.schedule.daysPerWeek");
    expect(normalizePath("body.profile.injuries[0].severity")).toBe("profile.injuries.0.severity");
    expect(normalizePath("query.pageSize")).toBe("pageSize");
  });

  it("lists only errors no visible field shows", () => {
    const errs = [
      { path: "body.name", message: "required" },
      { path: "body.profile.units", message: "bad" },
    ];
    expect(unclaimedErrors(errs, ["name"])).toEqual([{ path: "body.profile.units", message: "bad" }]);
  });
});
