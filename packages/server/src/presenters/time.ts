/** Timestamps go out as ISO strings (the contracts' shape); null stays null. */
export const isoOrNull = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
