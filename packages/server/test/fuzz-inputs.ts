/**
 * Generators for the robustness test's input classes (issue 11): each value below once reached a
 * column and became a 500 whose log line carried the request's data, or would have.
 */
import { TEXT_MAX } from "@spotter/contracts";
import fc from "fast-check";

/** Placeholders replaced in the serialized JSON by number literals JSON.stringify cannot write. */
export const RAW_NUMBERS: Record<string, string> = {
  __RAW_HUGE__: "1e400", // parses to Infinity
  __RAW_NEG_HUGE__: "-1e400",
  __RAW_DENORMAL__: "4.9e-324",
  __RAW_LONG__: "123456789012345678901234567890",
};

export const nastyString = fc.oneof(
  fc.string().map((s) => `${s}\u0000${s}`),
  fc.constant("\u0000"),
  fc.string().map((s) => `${s}\ud800`),
  fc.string().map((s) => `\udc00${s}`),
  fc.constant("\udfff\ud83d"),
  fc.constant("a".repeat(10_001)),
  fc.constant("é".repeat(TEXT_MAX + 1)),
  fc.constant("%00"),
  fc.constant("\u0001\u001f\u007f"),
  fc.constant("💪🏽‍♀️"),
  fc.constant("'; drop table users; --"),
  fc.constant(""),
  fc.constant(" "),
  fc.constant("2026-02-30"),
  fc.constant("00000000-0000-0000-0000-000000000000"),
  fc.string({ unit: "binary", maxLength: 40 }),
);

export const nastyNumber = fc.oneof(
  fc.constantFrom(1e-320, -1e-320, 5e-324, 1e-40, 1.1e-38, 1e-31, 1e308, -1e308, 2 ** 31, 2 ** 31 - 1, -(2 ** 31) - 1),
  fc.constantFrom(2 ** 53 + 2, 32768, -32769, 1e21, -0, 0.1 + 0.2, 3.5, -1),
  fc.constantFrom(...Object.keys(RAW_NUMBERS)),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

const deep = (depth: number): unknown => (depth === 0 ? "x" : [deep(depth - 1)]);

export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nastyString },
  { weight: 3, arbitrary: nastyNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, {}, [], deep(200)) },
  { weight: 1, arbitrary: fc.constant({ "\u0000": 1, "\ud800": 2 }) },
  {
    weight: 1,
    arbitrary: fc.array(fc.constantFrom("\u0000", "\ud800", "ok", "x".repeat(300)), { minLength: 50, maxLength: 400 }),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Every path to a value inside `value` (the root is []). */
export function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) paths(v, [...prefix, i], out);
  } else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

/** A copy of `value` with the thing at `path` replaced (the root when path is empty). */
export function replaceAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head as string] = replaceAt(copy[head as string], rest, replacement);
  return copy;
}

/** JSON text with the raw number placeholders put in. */
export function serialize(body: unknown): string {
  let text = JSON.stringify(body) ?? "null";
  for (const [marker, literal] of Object.entries(RAW_NUMBERS)) text = text.replaceAll(`"${marker}"`, literal);
  return text;
}

/** Raw query strings, percent-encoded the way a browser or an attacker sends them. */
export const nastyQueryValue = fc.oneof(
  fc.constantFrom("%00", "a%00b", "%ED%A0%80", "%C0%80", "%FF", "%", "%E2%82", "1e-320", "1e400", "-0", "NaN"),
  fc.constantFrom("99999999999999999999", "2147483648", "-1", "0", "1.5", `${"x".repeat(10_001)}`),
  nastyString.map((s) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, "x"))),
);
