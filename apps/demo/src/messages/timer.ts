// The facilitator's timer.
import type { Lang } from '@mulighetsrom/core';

export interface TimerMessages {
  heading: string;
  /** The collapsed summary while it runs: «Tidtaker: 04:59 igjen». */
  summaryRunning: string;
  summaryPaused: string;
  minutesLabel: string;
  secondsLabel: string;
  presetsLabel: string;
  /** «{minutes} min». */
  preset: string;
  presetName: string;
  start: string;
  pause: string;
  resume: string;
  reset: string;
  /** The clock's accessible name. */
  clockLabel: string;
  started: string;
  paused: string;
  resetDone: string;
  /** «{minutes} minutter og {seconds} sekunder er satt.» */
  durationSet: string;
  ended: string;
  endedHint: string;
  dismiss: string;
  invalid: string;
  tooLong: string;
}

export const timerMessages: Record<Lang, TimerMessages> = {
  nb: {
    heading: 'Tidtaker',
    summaryRunning: 'Tidtaker: {time} igjen',
    summaryPaused: 'Tidtaker: pause ved {time}',
    minutesLabel: 'Minutter',
    secondsLabel: 'Sekunder',
    presetsLabel: 'Vanlige lengder',
    preset: '{minutes} min',
    presetName: 'Sett {minutes} minutter',
    start: 'Start',
    pause: 'Pause',
    resume: 'Fortsett',
    reset: 'Nullstill',
    clockLabel: 'Tid igjen',
    started: 'Tidtakeren går: {time} igjen.',
    paused: 'Tidtakeren står på pause med {time} igjen.',
    resetDone: 'Tidtakeren er nullstilt til {time}.',
    durationSet: 'Tiden er satt til {time}.',
    ended: 'Tiden er ute.',
    endedHint: 'Øvelsen er ferdig. Samle gruppene.',
    dismiss: 'Lukk meldingen',
    invalid: 'Skriv hele minutter (0–180) og sekunder (0–59), til sammen mer enn null.',
    tooLong: 'Tidtakeren går opptil 180 minutter.',
  },
  nn: {
    heading: 'Tidtakar',
    summaryRunning: 'Tidtakar: {time} att',
    summaryPaused: 'Tidtakar: pause ved {time}',
    minutesLabel: 'Minutt',
    secondsLabel: 'Sekund',
    presetsLabel: 'Vanlege lengder',
    preset: '{minutes} min',
    presetName: 'Set {minutes} minutt',
    start: 'Start',
    pause: 'Pause',
    resume: 'Hald fram',
    reset: 'Nullstill',
    clockLabel: 'Tid att',
    started: 'Tidtakaren går: {time} att.',
    paused: 'Tidtakaren står på pause med {time} att.',
    resetDone: 'Tidtakaren er nullstilt til {time}.',
    durationSet: 'Tida er sett til {time}.',
    ended: 'Tida er ute.',
    endedHint: 'Øvinga er ferdig. Samle gruppene.',
    dismiss: 'Lukk meldinga',
    invalid: 'Skriv heile minutt (0–180) og sekund (0–59), til saman meir enn null.',
    tooLong: 'Tidtakaren går opptil 180 minutt.',
  },
  en: {
    heading: 'Timer',
    summaryRunning: 'Timer: {time} left',
    summaryPaused: 'Timer: paused at {time}',
    minutesLabel: 'Minutes',
    secondsLabel: 'Seconds',
    presetsLabel: 'Common lengths',
    preset: '{minutes} min',
    presetName: 'Set {minutes} minutes',
    start: 'Start',
    pause: 'Pause',
    resume: 'Resume',
    reset: 'Reset',
    clockLabel: 'Time left',
    started: 'The timer is running: {time} left.',
    paused: 'The timer is paused with {time} left.',
    resetDone: 'The timer is reset to {time}.',
    durationSet: 'The time is set to {time}.',
    ended: 'Time is up.',
    endedHint: 'The exercise is over. Gather the groups.',
    dismiss: 'Close the message',
    invalid: 'Enter whole minutes (0–180) and seconds (0–59), more than zero in all.',
    tooLong: 'The timer runs for up to 180 minutes.',
  },
};
