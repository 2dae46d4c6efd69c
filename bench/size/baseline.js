// The floor any Lit bundle pays: one trivial element, bundled with Lit.
import { LitElement, html } from 'lit';

class TrivialElement extends LitElement {
  static properties = { label: {} };
  render() {
    return html`<p>${this.label}</p>`;
  }
}
customElements.define('trivial-element', TrivialElement);
