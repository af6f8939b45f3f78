import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/api-error.ts";
import { overrideReasonError, publishBlockers } from "./publish-blockers.ts";

const refusal = (fields: { path: string; message: string }[]) =>
  new ApiError(409, "conflict", "publishing refused", fields);

describe("publishBlockers", () => {
  it("names an open red flag by its kind, not its rule id", () => {
    const b = publishBlockers(
      refusal([
        {
          path: "publish.red_flag_open",
          message: "A red flag is open (redflag.chest_pain.structured): resolve it before publishing.",
        },
      ]),
    );
    expect(b).toEqual([
      {
        ruleId: "publish.red_flag_open",
        text: "A red flag is open: Chest pain. Resolve it in the triage queue before publishing.",
      },
    ]);
  });

  it("keeps the missing clearance's own words, capitalised, one entry per blocker", () => {
    const b = publishBlockers(
      refusal([
        {
          path: "publish.clearance_missing",
          message: "medical clearance not recorded: no exercise is published before the client sees a physician.",
        },
        { path: "publish.red_flag_open", message: "A red flag is open (flag-1): resolve it before publishing." },
      ]),
    );
    expect(b?.map((x) => x.text)).toEqual([
      "Medical clearance not recorded: no exercise is published before the client sees a physician.",
      "A red flag is open: Flag 1. Resolve it in the triage queue before publishing.",
    ]);
  });

  it("is undefined for other errors, so the page shows them as they are", () => {
    expect(publishBlockers(new ApiError(409, "conflict", "session is already published"))).toBeUndefined();
    expect(
      publishBlockers(new ApiError(400, "validation_error", "bad", [{ path: "x", message: "y" }])),
    ).toBeUndefined();
    expect(publishBlockers(null)).toBeUndefined();
  });
});

describe("overrideReasonError", () => {
  it("asks for at least 10 characters, counting trimmed text", () => {
    expect(overrideReasonError("")).toBe("Give a reason of at least 10 characters.");
    expect(overrideReasonError("  ok GP  ")).toBe("Give a reason of at least 10 characters (5 so far).");
    expect(overrideReasonError("GP cleared him today")).toBeUndefined();
  });
});
