import { describe, expect, it } from "vitest";
import { csvKind } from "./csv-kind.ts";

describe("csvKind", () => {
  it("sends Oura/WHOOP daily exports, VBT files and training-app exports to their importers", () => {
    expect(csvKind("Cycle start time,Cycle end time,Recovery score %,Wake onset")).toBe("daily");
    expect(csvKind("\uFEFFdate,Sleep Score,Average HRV,Lowest Resting Heart Rate,Readiness Score")).toBe("daily");
    expect(csvKind("id;day;score;temperature_deviation")).toBe("daily");
    expect(csvKind("date,exercise,set,rep,load_kg,mean_velocity_m_s")).toBe("velocity");
    expect(csvKind("Date,Exercise,Set #,Rep #,Weight (kg),Mean Velocity (m/s)")).toBe("velocity");
    expect(csvKind('"title","start_time","end_time","exercise_title","set_index"')).toBe("history");
    expect(csvKind("Date,Workout Name,Exercise Name,Set Order,Weight,Reps")).toBe("history");
  });
});
