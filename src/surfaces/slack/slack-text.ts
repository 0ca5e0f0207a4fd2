/**
 * Conversions between Slack's message text format and plain text.
 * Slack escapes `&`, `<` and `>` and encodes mentions/links as `<@U123>`, `<#C1|name>`,
 * `<https://…|label>`; Block Kit mrkdwn expects the same escaping on the way out.
 */

/** Escapes text for a mrkdwn/plain_text field (Slack requires only these three). */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Turns a user's message text into the plain question: mentions of the bot removed, links and entities decoded. */
export function slackTextToPlain(text: string, botUserId?: string): string {
  let plain = text;
  if (botUserId) plain = plain.replaceAll(new RegExp(`<@${escapeRegExp(botUserId)}(\\|[^>]*)?>`, 'g'), ' ');
  plain = plain
    // <@U123|name> or <@U123> (other users): keep a readable handle.
    .replace(/<@([A-Z0-9]+)(?:\|([^>]*))?>/g, (_m, id: string, name?: string) => `@${name ?? id}`)
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<#([A-Z0-9]+)>/g, '#$1')
    .replace(/<!(here|channel|everyone)(?:\|[^>]*)?>/g, '@$1')
    .replace(/<!subteam\^[A-Z0-9]+(?:\|([^>]*))?>/g, (_m, name?: string) => name ?? '')
    .replace(/<((?:https?|mailto):[^>|]+)\|([^>]*)>/g, '$2 ($1)')
    .replace(/<((?:https?|mailto):[^>|]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return plain.replace(/[ \t]+/g, ' ').trim();
}

/** True when the message text mentions the given user (e.g. the bot). */
export function mentionsUser(text: string | undefined, userId: string | undefined): boolean {
  if (!text || !userId) return false;
  return text.includes(`<@${userId}>`) || text.includes(`<@${userId}|`);
}

/** Shortens text to `max` characters, ending with `…` when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
