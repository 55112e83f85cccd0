// A widget in a step view, mounted in its own task (../../shell/mount-queue.ts explains why).
// Until its turn the slot holds an empty block that keeps the widget's place; then the
// widget's template goes in with the newest data, and later draws update it as usual.
import { html, type ReactiveElement, type TemplateResult } from 'lit';
import {
  AsyncDirective,
  directive,
  type ChildPart,
  type DirectiveParameters,
} from 'lit/async-directive.js';
import { createMountQueue } from '../../shell/mount-queue.js';
import type { WidgetTag } from './widgets.js';

const queue = createMountQueue();

/** The focused element, when there is one and it is on screen. */
function focusedInView(): Element | undefined {
  const focused = document.activeElement;
  if (!focused || focused === document.body) return undefined;
  const box = focused.getBoundingClientRect();
  return box.bottom > 0 && box.top < window.innerHeight ? focused : undefined;
}

const slot = html`<div class="widget-pending" data-widget-pending></div>`;

class StagedWidget extends AsyncDirective {
  private mounted = false;
  private template?: TemplateResult;
  private tag?: WidgetTag;
  private host?: Element;
  private cancel?: () => void;

  render(_tag: WidgetTag, template: TemplateResult): unknown {
    return this.mounted ? template : slot;
  }

  override update(part: ChildPart, [tag, template]: DirectiveParameters<this>): unknown {
    this.template = template;
    this.tag = tag;
    const parent = part.parentNode;
    this.host = parent instanceof Element ? parent : undefined;
    if (!this.mounted && !this.cancel) this.enqueue();
    return this.render(tag, template);
  }

  private enqueue(): void {
    if (!this.tag) return;
    this.cancel = queue.add({
      ready: customElements.whenDefined(this.tag),
      rank: () => {
        const host = this.host;
        if (!host) return 2;
        if (host.contains(document.activeElement)) return 0;
        const box = host.getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight ? 1 : 2;
      },
      mount: () => {
        this.cancel = undefined;
        this.mounted = true;
        const anchor = focusedInView();
        const top = anchor?.getBoundingClientRect().top;
        this.setValue(this.template);
        if (!anchor || top === undefined) return;
        // A widget above the focus (a link to a heading further down) grows the page: the
        // focus keeps its place on screen, before the next paint.
        const widget = this.tag ? this.host?.querySelector<ReactiveElement>(this.tag) : null;
        void (widget?.updateComplete ?? Promise.resolve()).then(() => {
          const moved = anchor.getBoundingClientRect().top - top;
          if (Math.abs(moved) >= 1) window.scrollBy(0, moved);
        });
      },
    });
  }

  protected override disconnected(): void {
    this.cancel?.();
    this.cancel = undefined;
  }

  protected override reconnected(): void {
    if (!this.mounted) this.enqueue();
  }
}

/** `template` (one widget element of `tag`) once its turn in the mount queue comes. */
export const staged = directive(StagedWidget);
