// Reads an XML document into a small tree, for the XLIFF import on the maintainer's machine
// (node has no DOMParser; the browser's is not where the import runs). saxes is a strict,
// namespace-aware parser that never fetches anything and never expands an entity a DTD declares;
// on top of that a document with a DOCTYPE at all is refused before parsing (XLIFF 2.0 has
// none), which rules out entity expansion ("billion laughs") and external entities by
// construction. Size, element count and depth are bounded so that a hostile file costs little.
import { SaxesParser } from 'saxes';

export interface XmlElement {
  /** Namespace URI ('' for none). */
  uri: string;
  /** Local name. */
  name: string;
  attributes: ReadonlyMap<string, string>;
  children: XmlElement[];
  /** The text directly inside, in order (child elements' text not included). */
  text: string;
  /** The text and child elements in document order (a target's text around its <ph/>). */
  content: (string | XmlElement)[];
  /** 1-based line of the start tag. */
  line: number;
}

export interface XmlLimits {
  /** Most characters read. */
  maxChars: number;
  maxElements: number;
  maxDepth: number;
}

export class XmlReadError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.name = 'XmlReadError';
    this.line = line;
  }
}

/** Parses `text` or throws an XmlReadError saying what is wrong and where. */
export function readXml(text: string, limits: XmlLimits): XmlElement {
  if (text.length > limits.maxChars)
    throw new XmlReadError(`The file is larger than ${limits.maxChars} characters.`, 0);
  const doctype = /<!DOCTYPE|<!ENTITY/i.exec(text);
  if (doctype) {
    const line = text.slice(0, doctype.index).split('\n').length;
    throw new XmlReadError(
      'The file declares a DOCTYPE or entities; XLIFF 2.0 has none, and they are refused.',
      line,
    );
  }
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let elements = 0;
  let failure: XmlReadError | undefined;
  const fail = (message: string) => {
    failure ??= new XmlReadError(message, parser.line);
  };

  parser.on('error', (error) => fail(error.message));
  parser.on('opentag', (tag) => {
    elements += 1;
    if (elements > limits.maxElements) fail(`More than ${limits.maxElements} elements.`);
    if (stack.length >= limits.maxDepth) fail(`Elements nested deeper than ${limits.maxDepth}.`);
    const attributes = new Map<string, string>();
    for (const attribute of Object.values(tag.attributes)) {
      // Attributes in another namespace (xml:lang, extensions) keep their prefixed name.
      attributes.set(attribute.uri ? attribute.name : attribute.local, attribute.value);
    }
    const element: XmlElement = {
      uri: tag.uri,
      name: tag.local,
      attributes,
      children: [],
      text: '',
      content: [],
      line: parser.line,
    };
    const parent = stack.at(-1);
    if (parent) {
      parent.children.push(element);
      parent.content.push(element);
    } else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const addText = (text: string) => {
    const current = stack.at(-1);
    if (!current) return;
    current.text += text;
    const last = current.content.at(-1);
    if (typeof last === 'string') current.content[current.content.length - 1] = last + text;
    else current.content.push(text);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);

  try {
    parser.write(text).close();
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (failure) throw failure;
  if (!root) throw new XmlReadError('The file has no XML element.', 0);
  return root;
}
