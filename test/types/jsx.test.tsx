// Type-level test of src/jsx.ts, checked by `npm run typecheck` (tsconfig.jsx.json): what a TSX
// page may write compiles, and what it may not is an error (each @ts-expect-error must be one).
// Events are typed by their handlers: `e` would be an implicit any (an error) were one undeclared.
// (TypeScript does not check undeclared attribute names with a hyphen, so those cannot be tested.)
import type {FoipIntrinsicElements} from '../../src/jsx.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements extends FoipIntrinsicElements {
      div: {children?: unknown};
    }
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface Element {}
  }
}

export const page = (
  <div>
    <foip-map
      lang="ja"
      view="world"
      colorBy="count"
      pillar="1 3"
      country="PHL"
      headingLevel={3}
      urlKey="map"
      theme="dark"
      onfoip-country-select={(e) => console.log(e.country, e.initiatives)}
    />
    <foip-initiative-list
      pillar="2"
      controls
      headingLevel={3}
      cardHref="/foip/{id}.html"
      onfoip-filter-change={(e) => console.log(e.filter)}
      onfoip-initiative-select={(e) => console.log(e.initiative)}
    />
    <foip-initiative-card initiative="osa-expansion" variant="compact" href="/osa" selected />
    <foip-pillars layout="radial" onfoip-pillar-select={(e) => console.log(e.pillar, e.category)} />
    <foip-vision layout="compact" headingLevel={2} />
    <foip-partners
      partner="USA"
      format="USA+AUS+IND"
      pillar="1"
      headingLevel={3}
      cardHref="/foip/{id}.html"
      urlKey="partners"
      onfoip-partner-select={(e) => console.log(e.partner, e.format, e.initiatives)}
    />
    {/* @ts-expect-error not a view */}
    <foip-map view="mars" />
    {/* @ts-expect-error not a colouring */}
    <foip-map colorBy="size" />
    {/* @ts-expect-error not a theme */}
    <foip-vision theme="sepia" />
    {/* @ts-expect-error only the widgets with a selection or filters are shared by link */}
    <foip-vision urlKey="vision" />
    {/* @ts-expect-error heading levels are numbers */}
    <foip-partners headingLevel="3" />
    {/* @ts-expect-error the partners have no layout */}
    <foip-partners layout="radial" />
    {/* @ts-expect-error heading levels are numbers */}
    <foip-initiative-card headingLevel="3" />
  </div>
);
