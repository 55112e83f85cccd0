// One choice among a few options as a fieldset of radio buttons (the print and embed views'
// options): native radios, so arrow keys move the choice and a screen reader names the group.
import { html, type TemplateResult } from 'lit';

export interface Choice<T extends string> {
  /** The group's `name` (unique on the page). */
  name: string;
  legend: string;
  options: readonly { value: T; label: string }[];
  current: T;
  choose: (value: T) => void;
}

export function choiceGroup<T extends string>(choice: Choice<T>): TemplateResult {
  return html`<fieldset>
    <legend>${choice.legend}</legend>
    ${choice.options.map(
      ({ value, label }) =>
        html`<label
          ><input
            type="radio"
            name=${choice.name}
            value=${value}
            .checked=${choice.current === value}
            @change=${() => choice.choose(value)}
          />
          ${label}</label
        >`,
    )}
  </fieldset>`;
}
