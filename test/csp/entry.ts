// Everything a webmaster gets from the one-script embed: every element registered.
import '../../src/index.js';
import {dataset} from '../../src/data/index.js';
import {partnerDataset} from '../fixtures/partner-dataset.js';

// A partner's records, over the 100 from which the list draws only the rows in view (its spacers).
const many = document.querySelector<HTMLElement & {data: unknown}>('#many');
if (many) many.data = partnerDataset(dataset, 150);

const tags = ['foip-vision', 'foip-initiative-card', 'foip-initiative-list', 'foip-map', 'foip-partners'];
await Promise.all(tags.map((t) => customElements.whenDefined(t)));
await Promise.all(
  [...document.querySelectorAll<HTMLElement & {updateComplete: Promise<unknown>}>(tags.join(','))].map(
    (el) => el.updateComplete,
  ),
);
document.documentElement.dataset.ready = 'true';
