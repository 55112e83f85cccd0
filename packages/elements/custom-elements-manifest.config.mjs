// Custom-elements manifest (`cem analyze`, run by the build): custom-elements.json, which
// Storybook autodocs and editors read. It documents only what a page author can use, so the
// plugin below removes class internals the analyzer lists too.

/**
 * A member that is not public API: private/protected, `_x`/`#x` by convention, or static
 * (`styles`, `version` …: class-level machinery, not something a page sets on an element).
 */
export function isInternalMember(member) {
  return (
    member.privacy === 'private' ||
    member.privacy === 'protected' ||
    member.name.startsWith('_') ||
    member.name.startsWith('#') ||
    member.static === true
  );
}

/**
 * `lang` is the global HTML attribute, so the analyzer cannot see it, but every widget built
 * on MulighetsromElement reads it (or the closest ancestor's) to pick its language.
 */
const langAttribute = {
  name: 'lang',
  type: { text: "'nb' | 'nn' | 'en'" },
  description:
    "Language of the widget: Bokmål ('nb', the default), Nynorsk ('nn') or English ('en'). " +
    "Without it, the closest ancestor's `lang` applies (across shadow roots).",
  fieldName: 'lang',
};
const langField = {
  kind: 'field',
  name: 'lang',
  type: { text: 'string' },
  description: langAttribute.description,
  attribute: 'lang',
  inheritedFrom: { name: 'HTMLElement' },
};

/** The analyzer plugin: public API only, plus the `lang` every widget honours. */
export function publicApiOnly() {
  return {
    name: 'mulighetsrom-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class' || !declaration.members) continue;
          const isWidget = declaration.members.some(
            (member) =>
              member.name === 'language' &&
              (member.inheritedFrom?.name === 'MulighetsromElement' ||
                declaration.name === 'MulighetsromElement'),
          );
          declaration.members = declaration.members.filter((m) => !isInternalMember(m));
          if (isWidget && !declaration.members.some((member) => member.name === 'lang')) {
            declaration.members.push(langField);
            declaration.attributes = [...(declaration.attributes ?? []), langAttribute];
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.component.ts', 'src/internal/mulighetsrom-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  litelement: true,
  plugins: [publicApiOnly()],
};
