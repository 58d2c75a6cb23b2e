import {css} from 'lit';

/**
 * `class="plain-button"`: a button in the widget's colours (the partners' table toggle, the country
 * page's "Show more"). A module of its own: every widget imports the theme, and lit's `css` stays in
 * every bundle that imports it.
 */
export const plainButtonStyles = css`
  .plain-button {
    justify-self: start;
    padding: 0.375em 0.75em;
    border: 1px solid var(--_control, var(--_border));
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
`;
