import type { Question } from "@spotter/engine";
import { z } from "zod";
import { text } from "../common.ts";
import type { Equals } from "../engine/equals.ts";

/**
 * The organization's check-in questionnaire (GET/PUT /checkin-questionnaire). Saving makes a new
 * version; answered check-ins keep the version they answered. Photo questions are not offered:
 * Spotter has no file storage for uploads yet.
 */
export const QUESTIONNAIRE_MAX_QUESTIONS = 25;
const nonEmpty = (max: number) =>
  text(max)
    .transform((s) => s.trim())
    .refine((s) => s.length > 0, "must not be empty");
const base = {
  id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, "letters, digits, - and _ only (1–40)"),
  prompt: nonEmpty(200),
  required: z.boolean(),
};
export const scaleQuestionSchema = z.object({
  ...base,
  kind: z.literal("scale"),
  min: z.number().int().min(0).max(10),
  max: z.number().int().min(1).max(10),
  minLabel: text(40).transform((s) => s.trim()),
  maxLabel: text(40).transform((s) => s.trim()),
});
export const choiceQuestionSchema = z.object({
  ...base,
  kind: z.literal("choice"),
  options: z.array(nonEmpty(80)).min(2).max(12),
});
export const textQuestionSchema = z.object({
  ...base,
  kind: z.literal("text"),
  maxLength: z.number().int().min(1).max(2000),
});
export const questionSchema = z.discriminatedUnion("kind", [
  scaleQuestionSchema,
  choiceQuestionSchema,
  textQuestionSchema,
]);
const _question: Equals<z.output<typeof questionSchema>, Question> = true;

export const questionnaireWriteSchema = z
  .object({ questions: z.array(questionSchema).min(1).max(QUESTIONNAIRE_MAX_QUESTIONS) })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.questions.forEach((q, i) => {
      if (seen.has(q.id))
        ctx.addIssue({ code: "custom", path: ["questions", i, "id"], message: "duplicate question id" });
      seen.add(q.id);
      if (q.kind === "scale" && q.max <= q.min)
        ctx.addIssue({ code: "custom", path: ["questions", i, "max"], message: "must be greater than min" });
      if (q.kind === "choice" && new Set(q.options).size !== q.options.length)
        ctx.addIssue({ code: "custom", path: ["questions", i, "options"], message: "options must differ" });
    });
  });
export type QuestionnaireWrite = z.input<typeof questionnaireWriteSchema>;

/** A question as the server sends it (plain shapes: no input transforms in responses). */
export const questionViewSchema = z.discriminatedUnion("kind", [
  z.object({
    id: z.string(),
    prompt: z.string(),
    required: z.boolean(),
    kind: z.literal("scale"),
    min: z.number(),
    max: z.number(),
    minLabel: z.string(),
    maxLabel: z.string(),
  }),
  z.object({
    id: z.string(),
    prompt: z.string(),
    required: z.boolean(),
    kind: z.literal("choice"),
    options: z.array(z.string()),
  }),
  z.object({
    id: z.string(),
    prompt: z.string(),
    required: z.boolean(),
    kind: z.literal("text"),
    maxLength: z.number(),
  }),
]);
const _questionView: Equals<z.output<typeof questionViewSchema>, Question> = true;

export const questionnaireViewSchema = z.object({
  /** Null for the built-in default before the organization saved its own. */
  id: z.uuid().nullable(),
  version: z.number().int(),
  questions: z.array(questionViewSchema),
  createdAt: z.string().nullable(),
});
export type QuestionnaireView = z.infer<typeof questionnaireViewSchema>;
