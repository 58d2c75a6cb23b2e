// Everything a webmaster gets from the one-script embed: every element registered.
import '../../src/index.js';

const tags = ['foip-vision', 'foip-initiative-card', 'foip-initiative-list', 'foip-map', 'foip-partners'];
await Promise.all(tags.map((t) => customElements.whenDefined(t)));
await Promise.all(
  [...document.querySelectorAll<HTMLElement & {updateComplete: Promise<unknown>}>(tags.join(','))].map(
    (el) => el.updateComplete,
  ),
);
document.documentElement.dataset.ready = 'true';
