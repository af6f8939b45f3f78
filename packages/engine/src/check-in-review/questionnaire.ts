import type { WeeklyAnswers } from "./summarize.ts";

/**
 * The organization's check-in questionnaire as data: an ordered list of questions (scales with
 * labelled ends, single choices, free text). Versions are immutable, so an answered check-in keeps
 * the questions it answered. Scales whose id is one of CORE_SCALE_IDS (1–5) feed the week's
 * summary (summarizeWeek's `answers`); everything else is shown to the coach as answered.
 */
export const QUESTION_KINDS = ["scale", "choice", "text"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export type ScaleQuestion = {
  id: string;
  prompt: string;
  required: boolean;
  kind: "scale";
  min: number;
  max: number;
  minLabel: string;
  maxLabel: string;
};
export type ChoiceQuestion = { id: string; prompt: string; required: boolean; kind: "choice"; options: string[] };
export type TextQuestion = { id: string; prompt: string; required: boolean; kind: "text"; maxLength: number };
export type Question = ScaleQuestion | ChoiceQuestion | TextQuestion;

/** A response: the scale's integer, the chosen option's text, or the free text. */
export type QuestionResponse = number | string;

export const CORE_SCALE_IDS = ["energy", "sleep", "stress", "adherenceConfidence"] as const;

/** The questions every organization starts with (the fixed questionnaire the portal had before). */
export const DEFAULT_QUESTIONS: readonly Question[] = [
  scale("energy", "Energy this week", "Very low", "Very high"),
  scale("sleep", "Sleep this week", "Poor", "Great"),
  scale("stress", "Stress this week", "Low", "High"),
  scale("adherenceConfidence", "Confident about next week's plan?", "Not at all", "Very"),
  { id: "note", kind: "text", prompt: "Wins, and what got in the way", required: false, maxLength: 2000 },
];

function scale(id: string, prompt: string, minLabel: string, maxLabel: string): ScaleQuestion {
  return { id, kind: "scale", prompt, required: true, min: 1, max: 5, minLabel, maxLabel };
}

export type ResponseError = { questionId: string; message: string };
export type CheckedResponses =
  | {
      ok: true;
      /** Only the questions' ids, in question order; unanswered optional questions left out. */
      responses: Record<string, QuestionResponse>;
      /** The four core scales when all are present on 1–5, else null (the summary then uses data only). */
      answers: WeeklyAnswers | null;
      /** Every free-text answer, joined: what the keyword screen reads and the coach sees quoted. */
      text: string | null;
    }
  | { ok: false; errors: ResponseError[] };

/**
 * Checks responses against the questions they answer: required ones present, scale values integers
 * within range, choices among the options, text within its length; unknown ids are errors too
 * (an answer to a question the client was not shown).
 */
export function checkResponses(
  questions: readonly Question[],
  input: Readonly<Record<string, QuestionResponse | null | undefined>>,
): CheckedResponses {
  const errors: ResponseError[] = [];
  const responses: Record<string, QuestionResponse> = {};
  const known = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(input))
    if (!known.has(id)) errors.push({ questionId: id, message: "not a question of this questionnaire" });
  const texts: string[] = [];
  for (const q of questions) {
    const raw = input[q.id];
    const value = typeof raw === "string" ? raw.trim() : raw;
    if (value === undefined || value === null || value === "") {
      if (q.required) errors.push({ questionId: q.id, message: "required" });
      continue;
    }
    const problem = responseProblem(q, value);
    if (problem) errors.push({ questionId: q.id, message: problem });
    else {
      responses[q.id] = value;
      if (q.kind === "text") texts.push(value as string);
    }
  }
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    responses,
    answers: coreAnswers(questions, responses),
    text: texts.length ? texts.join("\n\n") : null,
  };
}

function responseProblem(q: Question, v: QuestionResponse): string | null {
  switch (q.kind) {
    case "scale":
      return typeof v === "number" && Number.isInteger(v) && v >= q.min && v <= q.max
        ? null
        : `expected a whole number from ${q.min} to ${q.max}`;
    case "choice":
      return typeof v === "string" && q.options.includes(v) ? null : "expected one of the options";
    case "text":
      return typeof v === "string" && v.length <= q.maxLength
        ? null
        : `expected text of at most ${q.maxLength} characters`;
  }
}

function coreAnswers(
  questions: readonly Question[],
  responses: Record<string, QuestionResponse>,
): WeeklyAnswers | null {
  const out: Partial<WeeklyAnswers> = {};
  for (const id of CORE_SCALE_IDS) {
    const q = questions.find((x) => x.id === id);
    const v = responses[id];
    if (q?.kind !== "scale" || q.min !== 1 || q.max !== 5 || typeof v !== "number") return null;
    out[id] = v;
  }
  return out as WeeklyAnswers;
}
