// How the popup's code is split into files (issue 23: the popup interactive within 150 ms).
// Left to the bundler, the modules the popup imports statically were spread over nine chunks by
// which pages share them, one of them holding the backup's CSV reader (papaparse) beside the
// quick-log's labels: ten module requests and 40 KB of code the popup never runs, all before
// its first render. Here they are two chunks: what the service worker imports statically too
// (messages, settings, the database) and what only pages do (Lit, the quick-log, the glossary
// card). The service worker never loads the second (Lit's elements need a DOM), and the other
// pages import from these two what they share with the popup; so they also link the popup's
// stylesheets (the quick-log's rules are scoped to its classes for that).
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

interface Options {
  /** The extension's folder (the paths below are relative to it). */
  root: string;
  popupEntry: string;
  backgroundEntry: string;
  /**
   * The stylesheet every page links before its own: grouped with the popup's page code, so that
   * its rules come first in every page, as they did from the chunk the pages shared.
   */
  pageBaseCss: string;
}

export function popupChunks({ root, popupEntry, backgroundEntry, pageBaseCss }: Options): {
  plugin: Plugin;
  codeSplitting: object;
} {
  const group = new Map<string, string>();
  const plugin: Plugin = {
    name: 'mentorkit:popup-chunks',
    buildEnd() {
      const closure = (id: string, lazy: boolean, seen = new Set<string>()) => {
        if (seen.has(id)) return seen;
        seen.add(id);
        const info = this.getModuleInfo(id);
        for (const next of [
          ...(info?.importedIds ?? []),
          ...(lazy ? (info?.dynamicallyImportedIds ?? []) : []),
        ])
          closure(next, lazy, seen);
        return seen;
      };
      const popup = resolve(root, popupEntry);
      const background = resolve(root, backgroundEntry);
      const backgroundStatic = closure(background, false);
      const backgroundAll = closure(background, true);
      for (const id of closure(popup, false)) {
        if (id === popup) continue;
        if (backgroundStatic.has(id)) group.set(id, 'popup-shared');
        // A module the service worker imports lazily stays where the bundler puts it.
        else if (!backgroundAll.has(id)) group.set(id, 'popup-page');
      }
      group.set(resolve(root, pageBaseCss), 'popup-page');
    },
  };
  const codeSplitting = {
    groups: [
      {
        name: (id: string) => group.get(id) ?? null,
        debugName: 'popup',
        // Only the modules chosen above: their dependencies are chosen there too.
        includeDependenciesRecursively: false,
      },
    ],
  };
  return { plugin, codeSplitting };
}
