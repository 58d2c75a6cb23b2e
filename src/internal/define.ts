/**
 * Registration that tolerates an existing definition: two plugins may load the library twice,
 * or two versions of it, on one page. The first definition stays; the second copy is a no-op
 * instead of the `NotSupportedError` that `customElements.define` throws.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, element);
  } else if (existing !== element) {
    console.info(
      `foip-widgets: <${tag}> is already defined (another copy of foip-widgets?); the first definition is kept.`,
    );
  }
}
