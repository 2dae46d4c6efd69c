import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline style properties through the CSSOM (`element.style.setProperty`)
 * instead of writing a `style` attribute, so that a page with a strict
 * Content-Security-Policy (`style-src 'self'`, no `'unsafe-inline'`) allows it.
 * Lit's `styleMap` writes the attribute on first render, which such a page blocks.
 *
 * Use in element position: `<div ${cssomStyle({ transform: 'rotate(45deg)' })}>`.
 */
class CssomStyleDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssomStyle() belongs on an element, not in an attribute');
  }

  /** Nothing to render: the properties are set in {@link update}. */
  render(properties: Readonly<Record<string, string>>) {
    void properties;
    return nothing;
  }

  override update(part: ElementPart, [properties]: [Readonly<Record<string, string>>]) {
    const style = (part.element as HTMLElement).style;
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    return nothing;
  }
}

export const cssomStyle = directive(CssomStyleDirective);
