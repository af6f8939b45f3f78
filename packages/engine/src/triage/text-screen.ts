import type { RedFlagKind } from "../model/triage-signal.ts";
import {
  BARE_CONTRACTIONS,
  NEGATION_CUES,
  PSEUDO_NEGATIONS,
  RED_FLAG_PHRASES,
  SELF_HARM_PHRASES,
} from "./text-phrases.ts";

export type TextHit = {
  kind: RedFlagKind;
  /** The words that matched. */
  phrase: string;
  /** The clause the phrase sits in, for the coach to read in context. */
  clause: string;
  negated: boolean;
  selfHarm: boolean;
};

type Compiled = { kind: RedFlagKind; re: RegExp; selfHarm: boolean };

const COMPILED: Compiled[] = (Object.keys(RED_FLAG_PHRASES) as RedFlagKind[]).flatMap((kind) =>
  RED_FLAG_PHRASES[kind].map((src) => ({
    kind,
    re: new RegExp(`\\b${src}\\b`, "g"),
    selfHarm: SELF_HARM_PHRASES.includes(src),
  })),
);
/** One alternation of every phrase: most notes match nothing, and one test rejects them cheaply. */
const ANY_PHRASE = new RegExp(
  `\\b(?:${Object.values(RED_FLAG_PHRASES)
    .flat()
    .map((src) => `(?:${src})`)
    .join("|")})\\b`,
);
const NEGATION = new Set<string>([...NEGATION_CUES, ...BARE_CONTRACTIONS]);
const PSEUDO = new Set<string>(PSEUDO_NEGATIONS);
const JOINERS = new Set([",", "or", "and", "nor"]);
/** Clause boundaries: sentence ends and contrast words reset negation scope. */
const CLAUSE_SPLIT = /[.!?;:\n]+|\b(?:but|however|although|though|except|yet)\b/;
/** "8/10 pain", "pain 7 out of 10": a number ≥ 7 near a pain word. */
const NUMERIC_PAIN = /\b(10|[7-9])(?:\.\d)?\s*(?:\/|out of)\s*10\b/;
const PAIN_WORD = /\b(?:pain|painful|hurts?|hurting|ache|aching|sore)\b/;
const NEGATION_WINDOW = 6;

/**
 * Screen free text for red-flag phrases, NegEx-style (Chapman et al. 2001, simplified).
 *
 * - The text is lower-cased and split into clauses at sentence ends and contrast words ("but").
 * - A phrase is negated when a negation cue ("no", "not", "never", "without", any "…n't") stands
 *   within 6 words before it in the same clause and the cue is not pseudo-negation ("not sure").
 *   A comma between cue and phrase ends the scope unless the phrase continues a list
 *   ("no chest pain, dizziness or numbness" negates all three; "no chest pain, felt dizzy" keeps dizzy).
 * - "N/10" or "N out of 10" with N ≥ 7 next to a pain word reads as severe pain.
 *
 * Limits (why a coach still reads every note): no spelling correction, English only, no sarcasm or
 * hypotheticals ("if I got chest pain…" still flags — erring towards a false alarm), double
 * negation and long-range negation are not resolved, and anything not in the phrase lists is missed.
 * The screen raises a question for a human; it never diagnoses.
 */
export function screenText(text: string): TextHit[] {
  const hits: TextHit[] = [];
  const lower = text.toLowerCase().replace(/[\u2018\u2019`]/g, "'");
  for (const raw of lower.split(CLAUSE_SPLIT)) {
    const clause = raw.trim();
    if (clause.length < 3) continue;
    const n = NUMERIC_PAIN.exec(clause);
    if (n && PAIN_WORD.test(clause)) {
      hits.push({ kind: "severe_pain", phrase: n[0], clause, negated: false, selfHarm: false });
    }
    if (!ANY_PHRASE.test(clause)) continue;
    for (const c of COMPILED) {
      c.re.lastIndex = 0;
      let m: RegExpExecArray | null = c.re.exec(clause);
      while (m !== null) {
        hits.push({
          kind: c.kind,
          phrase: m[0],
          clause,
          // Any mention of self-harm is surfaced, even "I'd never hurt myself": a human should read it.
          negated: c.selfHarm ? false : isNegated(clause, m.index),
          selfHarm: c.selfHarm,
        });
        m = c.re.exec(clause);
      }
    }
  }
  return hits;
}

/** Only the hits that count: not negated, one per kind (the first seen). */
export function positiveHits(hits: readonly TextHit[]): TextHit[] {
  const seen = new Set<RedFlagKind>();
  const out: TextHit[] = [];
  for (const h of hits) {
    if (h.negated) continue;
    if (seen.has(h.kind)) {
      if (h.selfHarm) {
        const i = out.findIndex((o) => o.kind === h.kind);
        out[i] = h;
      }
      continue;
    }
    seen.add(h.kind);
    out.push(h);
  }
  return out;
}

function isNegated(clause: string, at: number): boolean {
  const tokens = clause.slice(0, at).match(/[a-z0-9']+|,/g) ?? [];
  const last = tokens[tokens.length - 1];
  let crossedComma = false;
  for (let k = tokens.length - 1, seen = 0; k >= 0 && seen < NEGATION_WINDOW; k--) {
    const t = tokens[k]!;
    if (t === ",") {
      crossedComma = true;
      continue;
    }
    seen++;
    if (NEGATION.has(t) || t.endsWith("n't")) {
      const next = tokens[k + 1];
      if (next !== undefined && PSEUDO.has(next)) return false;
      if (t === "no" && next === "longer") return true;
      return !crossedComma || (last !== undefined && JOINERS.has(last));
    }
  }
  return false;
}
