import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from "react";
import type { Unit } from "./units.ts";

type UnitsValue = { unit: Unit; setUnit: (u: Unit) => void };

const UnitsContext = createContext<UnitsValue>({ unit: "kg", setUnit: () => {} });

const key = (userId: string) => `spotter.units.${userId}`;

/**
 * kg/lb per user. The server has no per-user unit field yet, so the choice lives in localStorage
 * keyed by user id (two people sharing a browser keep their own setting).
 */
export function UnitsProvider({ userId, children }: { userId: string; children: ReactNode }) {
  const [unit, setUnitState] = useState<Unit>(() => read(userId));
  useEffect(() => setUnitState(read(userId)), [userId]);
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
  return <UnitsContext.Provider value={{ unit, setUnit }}>{children}</UnitsContext.Provider>;
}

function read(userId: string): Unit {
  try {
    return localStorage.getItem(key(userId)) === "lb" ? "lb" : "kg";
  } catch {
    return "kg";
  }
}

export function useUnits(): UnitsValue {
  return useContext(UnitsContext);
}
