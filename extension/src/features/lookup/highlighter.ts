// Highlights every known term on the page with the CSS Custom Highlight API: ranges over the
// page's own text nodes, painted by the browser, with no change to the page's DOM. The glossary
// stays in the background: text is sent there in batches (`find-terms`) and offsets come back.
// Page changes are followed with a MutationObserver; the work is batched and done in idle time.
import {
  MAX_FIND_TERMS_CHARS,
  MAX_FIND_TERMS_TEXTS,
  type ResponseTo,
} from '../../shared/messages.ts';
import { OVERLAY_HOST_TAG } from '../../content/overlay-root.ts';

/** The highlight's name in `CSS.highlights` (and in the page's `::highlight()` rule). */
export const HIGHLIGHT_NAME = 'mentorkit-term';

const HIGHLIGHT_STYLES = `::highlight(${HIGHLIGHT_NAME}) {
  background-color: rgb(255 214 10 / 0.35);
  text-decoration: underline dotted 2px rgb(11 110 105);
  text-underline-offset: 3px;
}`;

/** Elements whose text is not running text a mentor reads. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'CODE',
  'PRE',
  'SVG',
  'MATH',
  OVERLAY_HOST_TAG.toUpperCase(),
]);

/** Shortest text worth sending (a term has at least two letters). */
const MIN_TEXT_LENGTH = 2;

export type FindTerms = (texts: string[]) => Promise<ResponseTo<'find-terms'>>;

export interface HighlighterStats {
  /** Text nodes scanned so far. */
  nodes: number;
  /** Ranges in the highlight now. */
  ranges: number;
  /** Batches sent to the background. */
  batches: number;
}

export interface Highlighter {
  /** Resolves when no work is pending (for tests and the benchmark). */
  idle(): Promise<HighlighterStats>;
}

interface IdleDeadline {
  timeRemaining(): number;
}

function whenIdle(callback: (deadline: IdleDeadline) => void): void {
  if (typeof globalThis.requestIdleCallback === 'function') {
    globalThis.requestIdleCallback(callback, { timeout: 500 });
  } else {
    setTimeout(() => callback({ timeRemaining: () => 10 }), 16);
  }
}

function isSkipped(node: Node): boolean {
  for (let element = node.parentElement; element; element = element.parentElement) {
    if (SKIPPED.has(element.tagName.toUpperCase())) return true;
    if (element.isContentEditable) return true;
  }
  return false;
}

export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function startHighlighter(
  doc: Document,
  findTerms: FindTerms,
  signal: AbortSignal,
): Highlighter | undefined {
  if (!supportsHighlights() || signal.aborted) return undefined;
  const highlight = new Highlight();
  CSS.highlights.set(HIGHLIGHT_NAME, highlight);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_STYLES);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];

  const rangesOf = new Map<Text, Range[]>();
  const pending = new Set<Text>();
  const stats: HighlighterStats = { nodes: 0, ranges: 0, batches: 0 };
  let scheduled = false;
  let working = false;
  let pruneNeeded = false;
  let waiters: ((stats: HighlighterStats) => void)[] = [];

  const collect = (root: Node) => {
    if (root.nodeType === Node.TEXT_NODE) {
      if (!isSkipped(root)) pending.add(root as Text);
      return;
    }
    if (root.nodeType !== Node.ELEMENT_NODE && root.nodeType !== Node.DOCUMENT_NODE) return;
    if (root instanceof Element && (SKIPPED.has(root.tagName.toUpperCase()) || isSkipped(root))) {
      return;
    }
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        if (node.nodeType === Node.ELEMENT_NODE) {
          const element = node as Element;
          if (SKIPPED.has(element.tagName.toUpperCase())) return NodeFilter.FILTER_REJECT;
          if (element instanceof HTMLElement && element.contentEditable === 'true') {
            return NodeFilter.FILTER_REJECT;
          }
          return NodeFilter.FILTER_SKIP;
        }
        return NodeFilter.FILTER_ACCEPT;
      },
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) pending.add(node as Text);
  };

  const forget = (node: Text) => {
    for (const range of rangesOf.get(node) ?? []) highlight.delete(range);
    rangesOf.delete(node);
  };

  const prune = () => {
    for (const node of rangesOf.keys()) if (!node.isConnected) forget(node);
    pruneNeeded = false;
  };

  const settle = () => {
    stats.ranges = highlight.size;
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve({ ...stats });
  };

  /** Takes the next batch of pending text nodes: bounded in count and characters. */
  const nextBatch = (): { nodes: Text[]; texts: string[] } => {
    const nodes: Text[] = [];
    const texts: string[] = [];
    let chars = 0;
    for (const node of pending) {
      pending.delete(node);
      if (!node.isConnected) continue;
      const text = node.data;
      if (text.trim().length < MIN_TEXT_LENGTH) {
        forget(node);
        continue;
      }
      const piece = text.length > MAX_FIND_TERMS_CHARS ? text.slice(0, MAX_FIND_TERMS_CHARS) : text;
      if (chars + piece.length > MAX_FIND_TERMS_CHARS && nodes.length > 0) {
        pending.add(node);
        break;
      }
      nodes.push(node);
      texts.push(piece);
      chars += piece.length;
      if (nodes.length >= MAX_FIND_TERMS_TEXTS) break;
    }
    return { nodes, texts };
  };

  const work = async () => {
    working = true;
    try {
      if (pruneNeeded) prune();
      while (pending.size > 0 && !signal.aborted) {
        const { nodes, texts } = nextBatch();
        if (nodes.length === 0) continue;
        stats.batches++;
        stats.nodes += nodes.length;
        const answer = await findTerms(texts);
        if (signal.aborted) return;
        if (!answer.ok) {
          console.warn('Mentorkit: could not highlight terms:', answer.error);
          continue;
        }
        nodes.forEach((node, index) => {
          forget(node);
          // Changed while we waited: the mutation put it back in `pending`.
          if (!node.isConnected || node.data.slice(0, texts[index]?.length) !== texts[index])
            return;
          const offsets = answer.data.ranges[index] ?? [];
          const ranges: Range[] = [];
          for (let k = 0; k + 1 < offsets.length; k += 2) {
            const range = doc.createRange();
            range.setStart(node, offsets[k] as number);
            range.setEnd(node, offsets[k + 1] as number);
            highlight.add(range);
            ranges.push(range);
          }
          if (ranges.length > 0) rangesOf.set(node, ranges);
        });
        // Give the page its turn between batches.
        await new Promise<void>((resolve) => whenIdle(() => resolve()));
      }
    } finally {
      working = false;
      if (pending.size > 0 || pruneNeeded) schedule();
      else settle();
    }
  };

  const schedule = () => {
    if (scheduled || working || signal.aborted) return;
    scheduled = true;
    whenIdle(() => {
      scheduled = false;
      // findTerms answers a failure instead of rejecting (it is sendMessage); work() warns.
      void work();
    });
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') {
        if (record.target.nodeType === Node.TEXT_NODE && !isSkipped(record.target)) {
          pending.add(record.target as Text);
        }
      } else {
        record.addedNodes.forEach(collect);
        if (record.removedNodes.length > 0) pruneNeeded = true;
      }
    }
    schedule();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      CSS.highlights.delete(HIGHLIGHT_NAME);
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
      pending.clear();
      rangesOf.clear();
      settle();
    },
    { once: true },
  );

  if (doc.body) collect(doc.body);
  schedule();

  return {
    idle() {
      if (!scheduled && !working && pending.size === 0) return Promise.resolve({ ...stats });
      return new Promise((resolve) => waiters.push(resolve));
    },
  };
}
