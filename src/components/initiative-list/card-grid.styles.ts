import {css} from 'lit';

/** A responsive grid of compact cards (`ul.cards > li > foip-initiative-card`): the list's and the country's. */
export const cardGridStyles = css`
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
    gap: calc(var(--_space) * 0.75);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /*
   * The card fills its item, so the cards of a row are as tall as each other: stretched as a flex
   * item, which lays it out fewer times than a grid item (issue 17: ~2 ms of a filter change's
   * ~13 ms, trace, paired rounds) and needs no percentage height (quirks mode resolves those against the window).
   */
  .cards > li {
    display: flex;
    min-inline-size: 0;
  }
  .cards > li > * {
    flex: auto;
  }
  @media print {
    .cards > li {
      break-inside: avoid;
    }
  }
`;
