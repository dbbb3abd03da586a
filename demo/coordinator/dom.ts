// The view's two DOM helpers. Every text goes in with textContent or as a text node, never as
// HTML: the page runs under Trusted Types with Lit's policy only, so any other HTML sink would throw.

/** The page's element `#id`, checked to be a `type` (a missing or wrong element is a bug). */
export function byId<Type extends HTMLElement>(id: string, type: abstract new () => Type): Type {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`#${id} is missing from the page`);
  return element;
}

type Attributes = Record<string, string | number | boolean | undefined>;
type Child = Node | string | false | null | undefined | readonly Child[];

/**
 * Builds an element: attributes (`className` sets the class; `true` is an empty attribute,
 * `false` and `undefined` leave it out) and children, elements or strings (as text nodes).
 */
export function h<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (name === 'className') element.className = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

// Array.isArray does not narrow a readonly array type.
const isChildList = (child: Child): child is readonly Child[] => Array.isArray(child);

function append(parent: Element, children: readonly Child[]): void {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (isChildList(child)) append(parent, child);
    else parent.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}
