// Japanese texts load when an element first speaks Japanese (src/i18n/msg.ts): a page in English
// never fetches them, and a widget in Japanese waits for them, so its first frame is in Japanese.
// A page of its own: nothing else on it has spoken Japanese yet.
import {expect} from '@open-wc/testing';

import '../../src/foip-initiative-card.js';

type Widget = HTMLElement & {updateComplete: Promise<unknown>};

const japaneseFetched = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((r) => new URL(r.name).pathname)
    .filter((path) => path.includes('/i18n/locales/ja/'));

/** A card in `lang`, and the text of its shadow root at every change until it has rendered. */
async function card(lang: string): Promise<{el: Widget; frames: string[]}> {
  const el = document.createElement('foip-initiative-card') as Widget;
  el.setAttribute('initiative', 'osa-expansion');
  el.lang = lang;
  const frames: string[] = [];
  document.body.append(el);
  const observer = new MutationObserver(() => frames.push(el.shadowRoot!.textContent!));
  observer.observe(el.shadowRoot!, {childList: true, subtree: true, characterData: true});
  await el.updateComplete;
  observer.disconnect();
  frames.push(el.shadowRoot!.textContent!);
  return {el, frames};
}

describe('Japanese texts on demand', () => {
  it('a page in English fetches no Japanese texts', async () => {
    const {el, frames} = await card('en');
    expect(frames.at(-1)).to.include('Source');
    expect(japaneseFetched()).to.deep.equal([]);
    el.remove();
  });

  it('a widget in Japanese fetches them before its first frame: no frame in English', async () => {
    const {el, frames} = await card('ja');
    expect(japaneseFetched(), 'the shared texts and the card’s').to.include.members([
      '/src/i18n/locales/ja/shared.ts',
      '/src/i18n/locales/ja/initiative-card.ts',
    ]);
    const rendered = frames.filter((text) => text.trim());
    expect(rendered.length, 'frames seen').to.be.greaterThan(0);
    for (const text of rendered) {
      expect(text, 'a frame in Japanese').to.include('出典');
      expect(text, 'no English frame').to.not.include('Source');
    }
    el.remove();
  });
});
