import { VERSION } from './version.js';

/**
 * Guarded registration. Two copies of the library on one page (an npm build and the CDN
 * bundle, say) must not break it: if the tag is taken we warn, naming both versions, and keep
 * the first definition. Never throws.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  try {
    const existing = customElements.get(tag);
    if (existing) {
      if (existing !== ctor) {
        const theirs = (existing as { version?: unknown }).version;
        console.warn(
          `[mulighetsrom] <${tag}> is already defined (version ${typeof theirs === 'string' ? theirs : 'unknown'}); ` +
            `this copy (version ${VERSION}) was not registered.`,
        );
      }
      return;
    }
    customElements.define(tag, ctor);
  } catch (error) {
    console.warn(`[mulighetsrom] could not define <${tag}> (version ${VERSION}):`, error);
  }
}
