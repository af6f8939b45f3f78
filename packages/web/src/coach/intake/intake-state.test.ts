import { clientProfileSchema } from "@spotter/contracts";
import { describe, expect, it } from "vitest";
import { emptyIntake, locationId, toRequest } from "./intake-state.ts";

describe("intake form → API request", () => {
  it("produces a profile the server's schema accepts, with kg loads and whole months", () => {
    const s = emptyIntake();
    s.name = " Robin ";
    s.trainingAgeYears = "1.5";
    s.bodyMass = "176";
    s.locations = [{ id: "gym", name: "Gym", equipment: ["barbell", "squat_rack"] }];
    s.injuries = [
      { region: "knee", side: "left", severity: "3", status: "active", since: "", aggravatingMovements: [], notes: "" },
    ];
    s.repMaxes = [{ exerciseId: "back-squat", load: "225", reps: "5", date: "2026-11-01" }];
    s.likes = "rowing, kettlebells,";
    const req = toRequest(s, "lb");
    expect(req.name).toBe("Robin");
    expect(req.email).toBeUndefined();
    const parsed = clientProfileSchema.parse(req.profile);
    expect(parsed.trainingAgeMonths).toBe(18);
    expect(parsed.bodyMassKg).toBe(79.8);
    expect(parsed.baselines.repMaxes[0]?.loadKg).toBe(102.06);
    expect(parsed.preferences.likes).toEqual(["rowing", "kettlebells"]);
    expect(parsed.injuries[0]).toMatchObject({ region: "knee", side: "left", severity: 3 });
  });

  it("leaves a blank training age for the server to name", () => {
    const r = clientProfileSchema.safeParse(toRequest(emptyIntake(), "kg").profile);
    expect(r.success).toBe(false);
    expect(r.error?.issues.some((i) => i.path.join(".") === "trainingAgeMonths")).toBe(true);
  });

  it("makes unique location ids", () => {
    expect(locationId("Home", [])).toBe("home");
    expect(locationId("Home", ["home", "home-2"])).toBe("home-3");
    expect(locationId("  ", [])).toBe("location");
  });
});

describe("editing an existing client", () => {
  it("round-trips stored values without drift", async () => {
    const { fromDetail } = await import("./intake-state.ts");
    const s0 = emptyIntake();
    s0.name = "Kim";
    s0.trainingAgeYears = "3";
    s0.bodyMass = "79.8";
    s0.repMaxes = [{ exerciseId: "deadlift", load: "102.06", reps: "3", date: "2026-10-01" }];
    const req = toRequest(s0, "kg");
    const profile = clientProfileSchema.parse(req.profile);
    const detail = {
      id: "00000000-0000-4000-8000-000000000000",
      name: "Kim",
      email: null,
      status: "active" as const,
      coach: null,
      hasLogin: false,
      profile,
      createdAt: "",
      updatedAt: "",
    };
    for (const unit of ["kg", "lb"] as const) {
      const again = clientProfileSchema.parse(toRequest(fromDetail(detail, unit), unit).profile);
      expect(again.bodyMassKg).toBe(79.8);
      expect(again.baselines.repMaxes[0]?.loadKg).toBeCloseTo(102.06, 1);
      expect(again.trainingAgeMonths).toBe(36);
    }
  });
});

describe("pregnancy and medication in the intake form", () => {
  it("sends a postpartum status and a new beta blocker, keeping changes already on file; the schema accepts them", () => {
    const s = emptyIntake();
    s.name = "Sam";
    s.trainingAgeYears = "2";
    s.pregnancyStatus = "postpartum";
    s.pregnancyDate = "2026-10-01";
    s.caesarean = true;
    s.medicationChanges = [{ kind: "thyroid_hormone", change: "started", date: "2026-06-01" }];
    s.newMedication = { kind: "beta_blocker", change: "started", date: "2026-11-20", name: " bisoprolol " };
    const { profile } = toRequest(s, "kg");
    expect(profile.pregnancy).toEqual({ status: "postpartum", deliveryDate: "2026-10-01", caesarean: true });
    expect(profile.medicationChanges).toEqual([
      { kind: "thyroid_hormone", change: "started", date: "2026-06-01" },
      { kind: "beta_blocker", change: "started", date: "2026-11-20", name: "bisoprolol" },
    ]);
    expect(clientProfileSchema.safeParse(profile).success).toBe(true);
  });

  it("sends neither when the coach leaves them empty", () => {
    const s = emptyIntake();
    s.name = "Sam";
    s.trainingAgeYears = "2";
    const { profile } = toRequest(s, "kg");
    expect(profile.pregnancy).toBeUndefined();
    expect(profile.medicationChanges).toBeUndefined();
  });
});
