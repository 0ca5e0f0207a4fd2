/**
 * Button custom ids. Discord gives them back verbatim on a click (≤100 characters), so they
 * carry everything the click needs: the passage to show, or the question a vote is about.
 */
import type { Vote } from '../../chat/chat-service.js';

const PREFIX = 'kotae';
const MAX_CUSTOM_ID = 100;

export type ButtonAction = { kind: 'source'; passageId: string } | { kind: 'vote'; vote: Vote; questionId: string };

export function sourceButtonId(passageId: string): string | undefined {
  const id = `${PREFIX}:src:${passageId}`;
  return id.length <= MAX_CUSTOM_ID ? id : undefined;
}

export function voteButtonId(vote: Vote, questionId: string): string | undefined {
  const id = `${PREFIX}:vote:${vote}:${questionId}`;
  return id.length <= MAX_CUSTOM_ID ? id : undefined;
}

/** Undefined for ids that are not ours (another bot's buttons in the same message list). */
export function parseButtonId(customId: string): ButtonAction | undefined {
  const [prefix, kind, ...rest] = customId.split(':');
  if (prefix !== PREFIX) return undefined;
  if (kind === 'src' && rest.length > 0) return { kind: 'source', passageId: rest.join(':') };
  if (kind === 'vote' && (rest[0] === 'up' || rest[0] === 'down') && rest.length > 1) {
    return { kind: 'vote', vote: rest[0], questionId: rest.slice(1).join(':') };
  }
  return undefined;
}
