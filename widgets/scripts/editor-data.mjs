// Editor completion data from the Custom Elements Manifest, as Shoelace ships it: VS Code's
// HTML custom data (`html.customData` in a project's settings) and JetBrains' web-types (found
// through the package's `web-types` field). Tags, attributes with their values where the type
// is a union of string literals, and events, each with its description.

/** `'light' | 'dark' | undefined` → ['light', 'dark']; undefined for any other type. */
export function literalValues(typeText) {
  const parts = (typeText ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined');
  const values = parts.map((part) => /^'([^']*)'$/.exec(part)?.[1]);
  return values.length > 0 && values.every((value) => value !== undefined) ? values : undefined;
}

/** What both formats say of an attribute: its name, description and values if enumerable. */
function attributeInfo(attribute) {
  return {
    name: attribute.name,
    description: attribute.description ?? '',
    boolean: attribute.type?.text === 'boolean',
    values: literalValues(attribute.type?.text)?.map((name) => ({ name })),
  };
}

/** The manifest's elements (declarations with a tag), in tag order, as both formats see them. */
export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .sort((a, b) => (a.tagName < b.tagName ? -1 : 1))
    .map((element) => ({
      name: element.tagName,
      description: element.summary ?? element.description ?? '',
      attributes: (element.attributes ?? []).map(attributeInfo),
      events: (element.events ?? []).map((event) => ({
        name: event.name,
        description: event.description ?? '',
      })),
    }));
}

export function vscodeCustomData(manifest) {
  return {
    version: 1.1,
    tags: elementsOf(manifest).map(({ name, description, attributes }) => ({
      name,
      description,
      attributes: attributes.map(({ boolean, values, ...attribute }) => ({
        ...attribute,
        ...(boolean ? { valueSet: 'v' } : {}),
        ...(values ? { values } : {}),
      })),
    })),
  };
}

export function webTypes(manifest, pkg) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elementsOf(manifest).map(({ name, description, attributes, events }) => ({
          name,
          description,
          attributes: attributes.map(({ boolean, values, ...attribute }) => ({
            ...attribute,
            value: values
              ? { type: 'enum', kind: 'plain' }
              : boolean
                ? { type: 'boolean', kind: 'no-value' }
                : { type: 'string', kind: 'plain' },
            ...(values ? { values } : {}),
          })),
          events,
        })),
      },
    },
  };
}
