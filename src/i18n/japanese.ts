/**
 * What a page speaking Japanese loads before its first Japanese word (msg.ts): the texts every widget
 * shares, and the lookup, lit-localize's, which hashes a message's English to find its template. A
 * page in English fetches neither: there `msg` answers with the English as written (0.35 kB less on
 * every page in English).
 */
import {runtimeMsg} from '@lit/localize/internal/runtime-msg.js';

import {templateKey} from './message-id.js';

export {templates} from './locales/ja/shared.js';

type Templates = NonNullable<Parameters<typeof runtimeMsg>[0]>;

/** `msg` in Japanese, answering from `templates` (which keep growing as widgets' texts load). */
export function lookupIn(templates: Templates) {
  // lit-localize asks by its message id; the templates are keyed short (message-id.ts).
  const byMessageId: Templates = new Proxy(templates, {get: (t, id: string) => t[templateKey(id)]});
  return (template: Parameters<typeof runtimeMsg>[1], options?: Parameters<typeof runtimeMsg>[2]) =>
    runtimeMsg(byMessageId, template, options);
}
