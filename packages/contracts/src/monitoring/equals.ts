/** Compile-time type equality (same trick as client-profile.ts): `true` only when A and B are identical. */
export type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
