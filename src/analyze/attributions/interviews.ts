/**
 * A question-and-answer interview printed with "Q:" / "A:" labels, or with its questions labelled and its answers
 * not ('Q: Why strike now?' then 'Because the board broke its word twice.'): the answers are the words of the one
 * person the interview is with, whom the text names before its first question and the labels never name again.
 *
 * Stages: find the labelled questions (none: no interview); find the interviewee before the first one; then each
 * paragraph after a question, up to the next question, is an answer. An answer labelled "A:" is one whatever follows
 * it; unlabelled paragraphs count only while another question follows them (the last answer's next paragraphs may be
 * the article's own voice again, a closing line or a credit).
 */
import type { Entity, Span } from '../../vocabulary.js';
import { trimContent } from './draft.js';

/** A question's label at a paragraph's start: "Q:", "Q.", "Question:". */
const QUESTION_LABEL = /^[ \t]*(?:Q|Question)[ \t]*[:.][ \t]+(?=\S)/;
/** An answer's label at a paragraph's start: "A:", "A.", "Answer:". */
const ANSWER_LABEL = /^[ \t]*(?:A|Answer)[ \t]*[:.][ \t]+(?=\S)/;
/**
 * Fewest labelled questions that make a text an interview, not one "Q:" in passing; one is enough when the next
 * line answers it with "A:".
 */
const MIN_QUESTIONS = 2;
/**
 * Words before the interviewee's name in an interview's introduction: "spoke with", "interviewed", "an interview
 * with", "sat down with", "talked to".
 */
const INTRODUCES =
  /\b(?:interview(?:ed|s)?|spoke|speaks|talked|talks|sat down|chatted|caught up|conversation)(?:[ \t]+(?:with|to))?[ \t]+(?:[^,.;:!?"“”\n]{1,40},[ \t]+)?$/i;
/** How far before a name (characters) the introduction's words may stand: "spoke with the union's chair, Clara Osei". */
const INTRODUCTION_REACH = 60;

/** One answer: its paragraph's words past any label, and whether the label was there. */
export interface InterviewAnswer {
  /** Where the answer's paragraph starts. */
  at: number;
  content: Span;
  labelled: boolean;
}

/** The interview of a text: who answers, and the answers' paragraphs; null when the text is no such interview. */
export interface Interview {
  interviewee: Entity;
  /** The mention that introduces the interviewee (the record's speaker as printed). */
  mention: Span;
  answers: InterviewAnswer[];
}

interface Paragraph {
  start: number;
  end: number;
}

function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) out.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  return out;
}

function lineOf(text: string, p: Paragraph): string {
  return text.slice(p.start, p.end);
}

/** The interview in `text`, or null. */
export function findInterview(text: string, entities: readonly Entity[]): Interview | null {
  if (!/(?:^|\n)[ \t]*(?:Q|Question)[ \t]*[:.]/.test(text)) return null;
  const paragraphs = paragraphsOf(text);
  const isQuestion = paragraphs.map((p) => QUESTION_LABEL.test(lineOf(text, p)));
  const questions = isQuestion.filter(Boolean).length;
  const q = isQuestion.indexOf(true);
  const answeredByA = q + 1 < paragraphs.length && ANSWER_LABEL.test(lineOf(text, paragraphs[q + 1]!));
  if (questions < MIN_QUESTIONS && !answeredByA) return null;
  const first = paragraphs[q]!.start;
  const who = interviewee(text, first, entities);
  if (!who) return null;
  const answers: InterviewAnswer[] = [];
  let inAnswer = false;
  let answered = false;
  for (const [i, p] of paragraphs.entries()) {
    if (isQuestion[i]) {
      inAnswer = true;
      answered = false;
      continue;
    }
    if (!inAnswer) continue;
    const line = text.slice(p.start, p.end);
    const label = ANSWER_LABEL.exec(line);
    const laterQuestion = isQuestion.indexOf(true, i + 1) >= 0;
    // After the last question, only its labelled answer, or its first paragraph when answers carry no labels.
    if (!label && !laterQuestion && answered) break;
    const content = trimContent(text, p.start + (label ? label[0].length : 0), p.end);
    if (content) answers.push({ at: p.start, content, labelled: label !== null });
    answered = true;
  }
  return answers.length ? { ...who, answers } : null;
}

/**
 * The person the interview is with: the person named right after introducing words ("spoke with Clara Osei") before
 * the first question; else the only person named there. Null when neither settles it.
 */
function interviewee(
  text: string,
  before: number,
  entities: readonly Entity[],
): { interviewee: Entity; mention: Span } | null {
  const people = entities.filter((e) => e.kind === 'person' && e.mentions.some((m) => m.end <= before));
  for (const e of people)
    for (const m of e.mentions) {
      if (m.end > before) continue;
      // The name itself, or after a description and a comma ("spoke with the union's chair, Clara Osei").
      if (INTRODUCES.test(text.slice(Math.max(0, m.start - INTRODUCTION_REACH), m.start)))
        return { interviewee: e, mention: { start: m.start, end: m.end } };
    }
  if (people.length !== 1) return null;
  const only = people[0]!;
  const m = only.mentions.find((x) => x.end <= before)!;
  return { interviewee: only, mention: { start: m.start, end: m.end } };
}
