// <demo-timer>: the facilitator's countdown for an exercise. It lives in the shell, outside the
// routed view, so it keeps running while the group moves between steps. The end is shown, never
// played: a banner and an announcement in the page's live region, no sound and no flashing.
import { format, type Lang } from '@mulighetsrom/core';
import { LitElement, html, nothing } from 'lit';
import { timerMessages } from '../messages/timer.js';
import {
  PRESET_MINUTES,
  countdown,
  durationFields,
  formatClock,
  hasEnded,
  isRunning,
  parseDuration,
  pause,
  reset,
  start,
  timeLeft,
  type Countdown,
  type DurationError,
} from './countdown.js';

const TICK_MS = 250;
const DEFAULT_MS = 10 * 60_000;

export class DemoTimer extends LitElement {
  static override properties = {
    lang: { type: String },
    state: { state: true },
    ended: { state: true },
    error: { state: true },
  };

  /** Says a text in the page's live region (the shell's announce). */
  announce: (text: string) => void = () => {};
  /** The clock, for tests. */
  now: () => number = () => Date.now();

  declare state: Countdown;
  declare ended: boolean;
  declare error: DurationError | undefined;
  private fields = durationFields(DEFAULT_MS);
  /** The fields were edited since the duration was last set. */
  private dirty = false;
  private ticker: ReturnType<typeof setInterval> | undefined;

  constructor() {
    super();
    this.state = countdown(DEFAULT_MS);
    this.ended = false;
    this.error = undefined;
  }

  /** Light DOM: the page's styles apply, and the shell's tests see inside. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTicking();
  }

  private get t() {
    return timerMessages[(this.lang as Lang) in timerMessages ? (this.lang as Lang) : 'nb'];
  }

  private tick = (): void => {
    if (hasEnded(this.state, this.now())) {
      this.stopTicking();
      this.state = pause(this.state, this.now());
      this.ended = true;
      this.announce(`${this.t.ended} ${this.t.endedHint}`);
    }
    this.requestUpdate();
  };

  private startTicking(): void {
    this.stopTicking();
    this.ticker = setInterval(this.tick, TICK_MS);
  }

  private stopTicking(): void {
    if (this.ticker !== undefined) clearInterval(this.ticker);
    this.ticker = undefined;
  }

  private setDuration(ms: number): void {
    this.stopTicking();
    this.state = countdown(ms);
    this.fields = durationFields(ms);
    this.dirty = false;
    this.error = undefined;
    this.ended = false;
  }

  private preset(minutes: number): void {
    this.setDuration(minutes * 60_000);
    this.announce(format(this.t.durationSet, { time: formatClock(this.state.durationMs) }));
  }

  private toggle(): void {
    const now = this.now();
    if (isRunning(this.state)) {
      this.stopTicking();
      this.state = pause(this.state, now);
      this.announce(format(this.t.paused, { time: formatClock(timeLeft(this.state, now)) }));
      return;
    }
    if (this.dirty) {
      const parsed = parseDuration(this.fields.minutes, this.fields.seconds);
      if (!parsed.ok) {
        this.error = parsed.error;
        this.announce(this.t[parsed.error]);
        return;
      }
      this.setDuration(parsed.ms);
    }
    this.ended = false;
    this.state = start(this.state, now);
    this.startTicking();
    this.announce(format(this.t.started, { time: formatClock(timeLeft(this.state, now)) }));
  }

  private resetTimer(): void {
    this.stopTicking();
    this.state = reset(this.state);
    this.ended = false;
    this.announce(format(this.t.resetDone, { time: formatClock(this.state.durationMs) }));
  }

  private edit(field: 'minutes' | 'seconds', event: Event): void {
    this.fields = { ...this.fields, [field]: (event.target as HTMLInputElement).value };
    this.dirty = true;
    this.error = undefined;
  }

  private durationField(
    field: 'minutes' | 'seconds',
    label: string,
    size: number,
    invalid: boolean,
    running: boolean,
  ) {
    return html`<label>
      ${label}
      <input
        class=${`timer-${field}`}
        inputmode="numeric"
        size=${size}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby="timer-error"
        .value=${this.fields[field]}
        ?disabled=${running}
        @input=${(e: Event) => this.edit(field, e)}
      />
    </label>`;
  }

  protected override render() {
    const t = this.t;
    const now = this.now();
    const left = timeLeft(this.state, now);
    const running = isRunning(this.state);
    const started = running || left < this.state.durationMs;
    const clock = formatClock(left);
    const summary = running
      ? format(t.summaryRunning, { time: clock })
      : started && !this.ended
        ? format(t.summaryPaused, { time: clock })
        : t.heading;
    const invalid = this.error !== undefined;
    return html`
      ${
        this.ended
          ? html`<div class="timer-banner">
              <p><strong>${t.ended}</strong> ${t.endedHint}</p>
              <button type="button" @click=${() => (this.ended = false)}>${t.dismiss}</button>
            </div>`
          : nothing
      }
      <details class="timer">
        <summary>${summary}</summary>
        <div class="timer-body">
          <p class="timer-clock" role="timer" aria-label=${t.clockLabel}>${clock}</p>
          <div class="timer-fields">
            ${this.durationField('minutes', t.minutesLabel, 4, invalid, running)}
            ${this.durationField('seconds', t.secondsLabel, 3, invalid, running)}
          </div>
          <p id="timer-error" class="field-error">${this.error ? t[this.error] : nothing}</p>
          <div class="timer-presets" role="group" aria-label=${t.presetsLabel}>
            ${PRESET_MINUTES.map(
              (minutes) =>
                html`<button
                  type="button"
                  aria-label=${format(t.presetName, { minutes })}
                  @click=${() => this.preset(minutes)}
                >
                  ${format(t.preset, { minutes })}
                </button>`,
            )}
          </div>
          <div class="timer-controls">
            <button type="button" class="timer-toggle" @click=${this.toggle}>
              ${running ? t.pause : started && !this.ended ? t.resume : t.start}
            </button>
            <button type="button" @click=${this.resetTimer}>${t.reset}</button>
          </div>
        </div>
      </details>
    `;
  }
}

if (!customElements.get('demo-timer')) customElements.define('demo-timer', DemoTimer);

declare global {
  interface HTMLElementTagNameMap {
    'demo-timer': DemoTimer;
  }
}
