// An extension page made of the features' sections: the page's entry lists them, and this
// renders them in that order under the page's heading, in the UI language. Each section is an
// element that renders itself (see mount-once.ts), so the page renders once.
import { html, render, type TemplateResult } from 'lit';
import { startFeatures } from './feature.ts';
import { followUiLanguage, t, type MessageKey } from './i18n.ts';

/** A feature's part of a page: the element it renders itself into. */
export type PageSection = () => TemplateResult;

export interface ExtensionPage {
  /** For error reports. */
  name: string;
  heading: MessageKey;
  /** The document's title; the HTML's own title when absent. */
  title?: MessageKey;
  sections: readonly PageSection[];
}

export function startExtensionPage({ name, heading, title, sections }: ExtensionPage): void {
  const page = {
    name,
    init() {
      followUiLanguage(document);
      if (title) document.title = t(title);
      const app = document.getElementById('app');
      if (!app) return;
      render(
        html`<h1>${t(heading)}</h1>
          ${sections.map((section) => section())}`,
        app,
      );
    },
  };
  startFeatures([page], new AbortController().signal);
}
