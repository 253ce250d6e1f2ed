/** Names in messages are cut here: a subject of thousands of RDNs must not become a 60 KB message. */
export const MAX_NAME_IN_MESSAGE = 200;

export function shorten(text: string, limit = MAX_NAME_IN_MESSAGE): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
