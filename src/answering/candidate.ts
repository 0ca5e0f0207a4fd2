/**
 * A quotable unit of a top passage as the extractive composer weighs it: its score and the facts
 * the answer rules check (coverage of the question, the case it names, the unit of its figures).
 */
import type { Passage } from '../retrieval/passage.js';
import type { Unit } from './units.js';

export interface Candidate {
  unit: Unit;
  passage: Passage;
  rank: number;
  score: number;
  coverage: number;
  /** The unit's bigrams as sorted numbers (`gramIds`), for redundancy between quotes. */
  gramIds: Int32Array;
  /** The label line the unit sits under (「飯塚市の例:」), normalized; '' when none. */
  label: string;
  /** An item labelled with the noun the list question asks for (「方向性.1 …」). */
  listLabelled: boolean;
  /**
   * The unit, its label, its passage or its report's title mentions a name the question is about
   * (`questionNames`); true when the question names nothing.
   */
  named: boolean;
  /** For a table row, the unit its table states for its figures (see `tableContext`). */
  tableUnit?: string | undefined;
  /** For a table row, the title and labels above its table and its first row, as written (see `tableContext`). */
  tableLabel?: string | undefined;
  /**
   * Coverage counting what the unit is read with: a row's table title and labels, the sentence it
   * goes on from, the case title it sits under (for the figure and name rules).
   */
  contextCoverage: number;
  /**
   * Coverage with the words of the heading the unit sits under (「■AOI (Aizu Open Innovation) 会議」),
   * for a count asked; 0 for other questions or a unit that says none of the question's words.
   */
  headingCoverage: number;
  /** It says what a count question counts (`countedTopic`), or the question names no such thing. */
  countsTopic: boolean;
  /** For a year asked of an event (「臨床実験って何年に」), it says some of the event's words. */
  saysEvent: boolean;
}
