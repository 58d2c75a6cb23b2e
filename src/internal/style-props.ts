/**
 * Custom properties set through the CSSOM, never as a `style` attribute: a strict CSP (no
 * 'unsafe-inline' in style-src) blocks the attribute, which lit's styleMap writes on first render.
 */
import {noChange} from 'lit';
import {Directive, PartType, directive} from 'lit/directive.js';
import type {ElementPart, PartInfo} from 'lit/directive.js';

class StyleProps extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps() goes on an element, not an attribute');
  }
  render(_props: Readonly<Record<string, string>>) {
    return noChange;
  }
  override update(part: ElementPart, [props]: [Readonly<Record<string, string>>]) {
    const {style} = part.element as HTMLElement;
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    return noChange;
  }
}

export const styleProps = directive(StyleProps);
