/** Compile-time type equality: `true` only when A and B are identical (schema output ≡ engine type). */
export type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
