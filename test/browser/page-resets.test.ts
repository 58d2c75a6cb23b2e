/**
 * Issue 20, "Robust on any page": a page's own reset stylesheet reaches the widget only through the
 * tag (the host box, and the properties it passes on by inheritance); it must not move or overflow
 * anything the widget draws. Every widget at 360 px and at a wide column, measured without a reset and
 * then under each hostile one: each control stays inside its widget, and where the reset says nothing
 * about type the controls sit exactly where they sat.
 */
import {expect} from '@open-wc/testing';

import '../../src/index.js';
// For its afterEach hook: a failed assertion on an element reports instead of hanging the run.
import {frames} from '../helpers.js';

type Widget = HTMLElement & {updateComplete: Promise<unknown>};

const WIDGETS: readonly [tag: string, attrs: string][] = [
  ['foip-map', ''],
  ['foip-pillars', ''],
  ['foip-initiative-list', 'controls card-href="#{id}"'],
  ['foip-initiative-card', 'initiative="osa-expansion" href="#osa"'],
  ['foip-vision', ''],
  ['foip-country', 'country="PHL" card-href="#{id}"'],
  ['foip-partners', 'partner="USA" card-href="#{id}"'],
];
const TAGS = WIDGETS.map(([tag]) => tag).join(', ');

/**
 * Resets found on real sites. `same`: the reset says nothing about type or size, so every control
 * keeps its place and size to the pixel. The root font size does change what `rem` is (the reader's
 * text size, which the widgets follow on purpose): there only nothing may overflow.
 */
const RESETS: readonly {name: string; css: string; same: boolean}[] = [
  {name: '* { box-sizing: content-box }', css: '* { box-sizing: content-box }', same: true},
  {
    name: '*, ::before, ::after { box-sizing: content-box !important }',
    css: '*, *::before, *::after { box-sizing: content-box !important }',
    same: true,
  },
  {name: '* { margin: 0; padding: 0 }', css: '* { margin: 0; padding: 0 }', same: true},
  {name: '* { line-height: 2 }', css: '* { line-height: 2 }', same: true},
  {
    name: 'text set on the body (letter-spacing, centred, indented, nowrap, break-all)',
    css: 'body { letter-spacing: 0.1em; word-spacing: 0.5em; text-align: center; text-indent: 2em; white-space: nowrap; word-break: break-all; text-transform: uppercase }',
    same: true,
  },
  {name: `${TAGS} { display: inline }`, css: `${TAGS} { display: inline }`, same: true},
  {name: 'html { font-size: 10px }', css: 'html { font-size: 10px }', same: false},
  {
    name: 'html { font-size: 62.5% } body { font-size: 1.6rem }',
    css: 'html { font-size: 62.5% } body { font-size: 1.6rem }',
    same: false,
  },
];

const CONTROLS =
  'button, a[href], input, select, textarea, summary, [role="button"], [role="slider"], [tabindex]:not([tabindex="-1"])';

/**
 * Every element the widget draws (an SVG as one box), in its shadow root and in those of the widgets
 * it renders (a list's cards).
 */
function boxes(root: ShadowRoot): Element[] {
  const all = [...root.querySelectorAll('*')].filter((e) => !e.closest('svg') || e.localName === 'svg');
  return [...all, ...all.flatMap((e) => (e.shadowRoot ? boxes(e.shadowRoot) : []))];
}
const controls = (root: ShadowRoot) => boxes(root).filter((e) => e.matches(CONTROLS));

const visible = (e: Element) => {
  const r = e.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
};
const label = (e: Element) =>
  `<${e.localName}${e.id ? `#${e.id}` : ''}${e.className && typeof e.className === 'string' ? `.${e.className.split(' ').join('.')}` : ''}> "${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 30)}"`;

/**
 * The box the widget lays itself out in: the host's, or with `display: inline` on the tag (an
 * inline box has no width of its own) its block container's.
 */
function frameOf(widget: HTMLElement): DOMRect {
  return getComputedStyle(widget).display === 'inline'
    ? widget.parentElement!.getBoundingClientRect()
    : widget.getBoundingClientRect();
}

/** Each box relative to the widget's top-left corner, rounded to the pixel. */
function layout(widget: HTMLElement): Map<string, string> {
  const origin = frameOf(widget);
  const out = new Map<string, string>();
  boxes(widget.shadowRoot!).forEach((c, i) => {
    const r = c.getBoundingClientRect();
    if (!r.width || !r.height) return;
    out.set(
      `${i} ${label(c)}`,
      [r.left - origin.left, r.top - origin.top, r.width, r.height].map((n) => Math.round(n)).join(','),
    );
  });
  return out;
}

/**
 * The layout once the widget stops drawing (the map fills its table for screen readers after its
 * first paint): two readings a few frames apart that agree.
 */
async function settledLayout(widget: HTMLElement): Promise<Map<string, string>> {
  let last = layout(widget);
  for (let i = 0; i < 40; i++) {
    await frames(3);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = layout(widget);
    if (moved(last, now).length === 0) return now;
    last = now;
  }
  throw new Error(`<${widget.localName}> kept changing its layout`);
}

/** The boxes that moved or changed size, at most a few, as "what: before → after". */
function moved(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys]
    .filter((k) => before.get(k) !== after.get(k))
    .slice(0, 6)
    .map((k) => `${k}: ${before.get(k) ?? '(none)'} → ${after.get(k) ?? '(none)'}`);
}

/** The controls that stick out of the widget's box, or out of the box of the element that holds them. */
function overflows(widget: HTMLElement): string[] {
  const frame = frameOf(widget);
  const out: string[] = [];
  for (const c of controls(widget.shadowRoot!).filter(visible)) {
    const r = c.getBoundingClientRect();
    // The element a control sits in: its parent, or the shadow host for a top-level control.
    const parent = (c.parentElement ?? (c.getRootNode() as ShadowRoot).host) as HTMLElement;
    const p = getComputedStyle(parent).display === 'contents' ? frame : parent.getBoundingClientRect();
    for (const [name, box] of [
      ['widget', frame],
      ['parent', p],
    ] as const) {
      if (r.left < box.left - 1 || r.right > box.right + 1)
        out.push(
          `${label(c)} ${Math.round(r.left)}–${Math.round(r.right)} outside its ${name} ${Math.round(box.left)}–${Math.round(box.right)}`,
        );
    }
  }
  return out;
}

async function render(tag: string, attrs: string, width: number): Promise<{block: HTMLElement; widget: Widget}> {
  const block = document.createElement('div');
  // Positioned: what the widget keeps off screen (a table for readers of the accessibility tree) is
  // placed from the block, not from the body, whose margin a reset takes off.
  block.style.cssText = `inline-size: ${width}px; position: relative`;
  block.innerHTML = `<${tag} lang="en" ${attrs}></${tag}>`;
  document.body.append(block);
  const widget = block.firstElementChild as Widget;
  await widget.updateComplete;
  await frames(3);
  return {block, widget};
}

async function withPageStyle<T>(css: string, fn: () => T): Promise<T> {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  try {
    await frames(3);
    return fn();
  } finally {
    style.remove();
    await frames(2);
  }
}

describe('a page’s reset stylesheet', () => {
  for (const width of [360, 1100]) {
    for (const [tag, attrs] of WIDGETS) {
      it(`leaves <${tag}> at ${width} px as it lays itself out`, async () => {
        const {block, widget} = await render(tag, attrs, width);
        try {
          const before = await settledLayout(widget);
          if (tag !== 'foip-vision') expect(controls(widget.shadowRoot!).filter(visible), 'controls').not.to.be.empty;
          expect(overflows(widget), 'no reset').to.deep.equal([]);
          for (const reset of RESETS) {
            await withPageStyle(reset.css, () => {
              expect(overflows(widget), reset.name).to.deep.equal([]);
              if (reset.same) expect(moved(before, layout(widget)), reset.name).to.deep.equal([]);
            });
          }
        } finally {
          block.remove();
        }
      });
    }
  }

  it('leaves a widget that paints its own surface (theme) with its padding under * { padding: 0 }', async () => {
    for (const [tag, attrs] of WIDGETS) {
      const {block, widget} = await render(tag, `${attrs} theme="dark"`, 360);
      try {
        const before = await settledLayout(widget);
        await withPageStyle('* { margin: 0; padding: 0 } * { box-sizing: content-box }', () => {
          expect(moved(before, layout(widget)), tag).to.deep.equal([]);
          expect(overflows(widget), tag).to.deep.equal([]);
        });
      } finally {
        block.remove();
      }
    }
  });
});
