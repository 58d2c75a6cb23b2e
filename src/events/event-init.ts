/** What every `foip-*` event is: it bubbles and crosses shadow roots, so a page can listen on any ancestor. */
export const EVENT_INIT: EventInit = {bubbles: true, composed: true};
