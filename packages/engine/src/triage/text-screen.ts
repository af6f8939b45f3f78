import type { RedFlagKind } from "../model/triage-signal.ts";
import { BARE_CONTRACTIONS, BEHAVIOUR_KINDS, HYPOTHETICAL_CUES, NEGATION_CUES, PSEUDO_NEGATIONS } from "./text-cues.ts";
import { COMPOSITE_PHRASES, RED_FLAG_PHRASES, SELF_HARM_PHRASES } from "./text-phrases.ts";

export type TextHit = {
  kind: RedFlagKind;
  /** The words that matched. */
  phrase: string;
  /** The sentence the phrase sits in, for the coach to read in context. */
  clause: string;
  negated: boolean;
  /** Inside a question or "what if" about the behaviour rather than a report of it. */
  hypothetical: boolean;
  /** In a sentence marked as a joke ("lol", "haha"); never set for self-harm. */
  joking: boolean;
  selfHarm: boolean;
};

/**
 * What the screen cannot do, in a form a client app can show next to every free-text flag, so
 * nobody mistakes a keyword match (or its absence) for an assessment.
 */
export const TEXT_SCREEN_LIMITS = {
  languages: ["en"],
  method: "keyword",
  diagnosis: false,
  summary: "Keyword screen, English only, not a diagnosis: a coach reads every note.",
  notes: [
    "English only: notes in other languages are not screened.",
    "Keyword and phrase lists: misspellings, slang and phrasings not on the lists are missed.",
    "Negation and hypotheticals are read by simple rules (NegEx-style): double negation, sarcasm and long-range context are not.",
    "Any mention of self-harm or suicide is surfaced, even when negated or hypothetical.",
    "A hit raises a question for a human; it never diagnoses.",
  ],
} as const;

export type TextScreenResult = {
  /** Every match, negated and hypothetical ones included, for transparency. */
  hits: TextHit[];
  /** The hits that count: not negated and not hypothetical (self-harm always), one per kind. */
  positives: TextHit[];
  limits: typeof TEXT_SCREEN_LIMITS;
};

type Compiled = { kind: RedFlagKind; re: RegExp; selfHarm: boolean };

const COMPILED: Compiled[] = (Object.keys(RED_FLAG_PHRASES) as RedFlagKind[]).flatMap((kind) =>
  RED_FLAG_PHRASES[kind].map((src) => ({
    kind,
    re: new RegExp(`\\b${src}\\b`, "g"),
    selfHarm: SELF_HARM_PHRASES.includes(src),
  })),
);
type Composite = { kind: RedFlagKind; first: RegExp; rest: RegExp[] };
const COMPOSITES: Composite[] = (Object.keys(COMPOSITE_PHRASES) as RedFlagKind[]).flatMap((kind) =>
  (COMPOSITE_PHRASES[kind] ?? []).map(([first, ...rest]) => ({
    kind,
    first: new RegExp(`\\b${first}\\b`, "g"),
    rest: rest.map((src) => new RegExp(`\\b${src}\\b`)),
  })),
);
/** Laughter markers: "I hate myself for skipping leg day lol" is banter, not a report. */
const JOKING = /\b(?:lol|lmao|rofl|jk|haha+)\b|\u{1F602}|\u{1F923}/u;
/** A yes/no question ("is training through a cold a bad idea?") asks about a behaviour. */
const YES_NO_QUESTION = /^(?:is|are|would|should|could|can|do|does|will|am)\b/;

/** One alternation of every phrase: most notes match nothing, and one test rejects them cheaply. */
const ANY_PHRASE = new RegExp(
  `\\b(?:${Object.values(RED_FLAG_PHRASES)
    .flat()
    .map((src) => `(?:${src})`)
    .join("|")})\\b`,
);
/**
 * ANY_PHRASE.test, with the pattern compiled the cheap way. V8 compiles a regular expression to
 * bytecode on first use and peephole-optimises that bytecode, which is superlinear in the pattern's
 * size: 0.5-0.8 s for this ~17,000-character alternation, paid by the first note a process screens
 * (a check-in request, or the daily pass: a sixth of its Node CPU for 10,000 clients). A first
 * match against a subject of 1,000 characters or more makes V8 compile native code at once
 * (~15 ms), and later matches run that code. The subject is blank, so nothing can match it; other
 * JavaScript engines just run one more test. The result of every call is unchanged.
 */
let anyPhraseCompiled = false;
function anyPhrase(sentence: string): boolean {
  if (!anyPhraseCompiled) {
    ANY_PHRASE.test(" ".repeat(1000));
    anyPhraseCompiled = true;
  }
  return ANY_PHRASE.test(sentence);
}
const HYPOTHETICAL = new RegExp(`\\b(?:${HYPOTHETICAL_CUES.join("|")})\\b`);
const NEGATION = new Set<string>([...NEGATION_CUES, ...BARE_CONTRACTIONS]);
const PSEUDO = new Set<string>(PSEUDO_NEGATIONS);
const JOINERS = new Set([",", "or", "and", "nor"]);
/** Sentences end at . ! ? ; : or a line break (the end mark is kept to tell questions apart). */
const SENTENCE = /[^.!?;:\n]+[.!?;:\n]*/g;
/** Contrast words reset negation and hypothetical scope inside a sentence. */
const CONTRAST = /\b(?:but|however|although|though|except|yet)\b/g;
/** "8/10 pain", "pain 7 out of 10": a number ≥ 7 near a pain word. */
const NUMERIC_PAIN = /\b(10|[7-9])(?:\.\d)?\s*(?:\/|out of)\s*10\b/;
const PAIN_WORD = /\b(?:pain|painful|hurts?|hurting|ache|aching|sore)\b/;
const NEGATION_WINDOW = 6;

/**
 * Screen free text for red-flag phrases, NegEx-style (Chapman et al. J Biomed Inform 2001;34:301-310,
 * simplified), with the screen's limits attached to the result.
 *
 * - The text is lower-cased and split into sentences; phrases are matched over the sentence (so
 *   "had a fever but still trained" is one cue), negation and hypotheticals within the clause the
 *   phrase starts in (contrast words such as "but" start a new clause).
 * - A phrase is negated when a negation cue ("no", "not", "never", "without", any "…n't") stands
 *   within 6 words before it in the same clause and the cue is not pseudo-negation ("not sure").
 *   A comma between cue and phrase ends the scope unless the phrase continues a list
 *   ("no chest pain, dizziness or numbness" negates all three; "no chest pain, felt dizzy" keeps dizzy).
 * - A phrase is hypothetical after a cue such as "what if", "should I", "is it okay to" in its clause,
 *   or after a plain "if"/"when" in a sentence that is a question.
 * - "N/10" or "N out of 10" with N ≥ 7 next to a pain word reads as severe pain.
 * - A sentence with a laughter marker ("lol", "haha") is banter for every kind except self-harm.
 * - Self-harm phrases are never negated, hypothetical or joking: a human should read "I'd never hurt myself".
 */
export function screenNote(text: string): TextScreenResult {
  const hits = screenText(text);
  return { hits, positives: positiveHits(hits), limits: TEXT_SCREEN_LIMITS };
}

/** Every hit of {@link screenNote}, negated and hypothetical ones included. */
export function screenText(text: string): TextHit[] {
  const hits: TextHit[] = [];
  const lower = text.toLowerCase().replace(/[\u2018\u2019`]/g, "'");
  for (const m of lower.matchAll(SENTENCE)) {
    const raw = m[0];
    const question = raw.includes("?");
    const sentence = raw.replace(/[.!?;:\n]+$/, "").trim();
    if (sentence.length < 3) continue;
    const starts = clauseStarts(sentence);
    for (const clause of clausesOf(sentence, starts)) {
      const n = NUMERIC_PAIN.exec(clause);
      if (n && PAIN_WORD.test(clause)) {
        hits.push({
          kind: "severe_pain",
          phrase: n[0],
          clause: sentence,
          negated: false,
          hypothetical: false,
          joking: false,
          selfHarm: false,
        });
      }
    }
    const yesNo = question && YES_NO_QUESTION.test(sentence);
    const joking = JOKING.test(sentence);
    const hypotheticalAt = (kind: RedFlagKind, before: string) =>
      isHypothetical(before, question) || (yesNo && BEHAVIOUR_KINDS.includes(kind));
    for (const c of COMPOSITES) {
      c.first.lastIndex = 0;
      const hit = c.first.exec(sentence);
      if (hit === null || !c.rest.every((re) => re.test(sentence))) continue;
      const before = sentence.slice(clauseStartBefore(starts, hit.index), hit.index);
      const parts = [hit[0], ...c.rest.map((re) => re.exec(sentence)![0])];
      hits.push({
        kind: c.kind,
        phrase: parts.join(" … "),
        clause: sentence,
        negated: isNegated(before),
        hypothetical: hypotheticalAt(c.kind, before),
        joking,
        selfHarm: false,
      });
    }
    if (!anyPhrase(sentence)) continue;
    for (const c of COMPILED) {
      c.re.lastIndex = 0;
      let hit: RegExpExecArray | null = c.re.exec(sentence);
      while (hit !== null) {
        const from = clauseStartBefore(starts, hit.index);
        const before = sentence.slice(from, hit.index);
        hits.push({
          kind: c.kind,
          phrase: hit[0],
          clause: sentence,
          // Any mention of self-harm is surfaced, even "I'd never hurt myself": a human should read it.
          negated: c.selfHarm ? false : isNegated(before),
          hypothetical: c.selfHarm ? false : hypotheticalAt(c.kind, before),
          joking: c.selfHarm ? false : joking,
          selfHarm: c.selfHarm,
        });
        hit = c.re.exec(sentence);
      }
    }
  }
  return hits;
}

/** Only the hits that count: not negated, hypothetical or joking, one per kind (a self-harm hit wins). */
export function positiveHits(hits: readonly TextHit[]): TextHit[] {
  const seen = new Set<RedFlagKind>();
  const out: TextHit[] = [];
  for (const h of hits) {
    if (h.negated || h.hypothetical || h.joking) continue;
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

/** Offsets where clauses start: 0 and after every contrast word. */
function clauseStarts(sentence: string): number[] {
  const starts = [0];
  for (const m of sentence.matchAll(CONTRAST)) starts.push(m.index + m[0].length);
  return starts;
}

function clausesOf(sentence: string, starts: readonly number[]): string[] {
  return starts.map((s, k) => sentence.slice(s, starts[k + 1] ?? sentence.length).trim());
}

function clauseStartBefore(starts: readonly number[], at: number): number {
  let from = 0;
  for (const s of starts) if (s <= at) from = s;
  return from;
}

function isHypothetical(before: string, question: boolean): boolean {
  if (HYPOTHETICAL.test(before)) return true;
  return question && /\b(?:if|when)\b/.test(before);
}

/** `before` is the clause text up to the phrase. */
function isNegated(before: string): boolean {
  const tokens = before.match(/[a-z0-9']+|,/g) ?? [];
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
