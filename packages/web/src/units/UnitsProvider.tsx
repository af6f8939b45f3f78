import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from "react";
import type { Unit } from "./units.ts";

type UnitsValue = {
  unit: Unit;
  setUnit: (u: Unit) => void;
  /** Adopt `u` unless this user has chosen a unit themself (e.g. the unit their plan is written in). */
  suggest: (u: Unit) => void;
};

const UnitsContext = createContext<UnitsValue>({ unit: "kg", setUnit: () => {}, suggest: () => {} });

const key = (userId: string) => `spotter.units.${userId}`;

/**
 * kg/lb per user. The server has no per-user unit field yet, so the choice lives in localStorage
 * keyed by user id (two people sharing a browser keep their own setting).
 */
export function UnitsProvider({ userId, children }: { userId: string; children: ReactNode }) {
  const [unit, setUnitState] = useState<Unit>(() => read(userId) ?? "kg");
  useEffect(() => setUnitState(read(userId) ?? "kg"), [userId]);
  const setUnit = useCallback(
    (u: Unit) => {
      setUnitState(u);
      try {
        localStorage.setItem(key(userId), u);
      } catch {
        // Private mode may refuse storage; the choice then lasts for this page only.
      }
    },
    [userId],
  );
  const suggest = useCallback(
    (u: Unit) => {
      if (read(userId) === undefined) setUnitState(u);
    },
    [userId],
  );
  return <UnitsContext.Provider value={{ unit, setUnit, suggest }}>{children}</UnitsContext.Provider>;
}

function read(userId: string): Unit | undefined {
  try {
    const v = localStorage.getItem(key(userId));
    return v === "lb" || v === "kg" ? v : undefined;
  } catch {
    return undefined;
  }
}

export function useUnits(): UnitsValue {
  return useContext(UnitsContext);
}
