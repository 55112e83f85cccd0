import { describe, expect, it } from 'vitest';
import { boardToCsv, boardToJson, boardToMarkdown } from './export.js';
import {
  boardCaption,
  boardCounts,
  describePortfolio,
  situationSentence,
  swotPortfolioSummary,
} from './summary.js';
import type { SwotDocument } from './types.js';

const portfolio: SwotDocument[] = [
  {
    subject: 'Flyktningtjenesten',
    strengths: [
      { id: 'a', text: 'x' },
      { id: 'b', text: 'y' },
    ],
    threats: [{ id: 'c', text: 'z' }],
  },
  {
    subject: 'Rus',
    strengths: [
      { id: 'a', text: 'x' },
      { id: 'b', text: 'y' },
    ],
    threats: [],
  },
  {
    title: 'Bolig',
    threats: [
      { id: 'a', text: '1' },
      { id: 'b', text: '2' },
    ],
  },
];

describe('counts and summaries', () => {
  it('counts notes, hidden notes and votes per column', () => {
    const counts = boardCounts(
      {
        desired: [
          { id: 'a', text: 'x', votes: 2, hidden: true },
          { id: 'b', text: 'y' },
        ],
      },
      'situation',
    );
    expect(counts).toEqual([
      { column: 'desired', notes: 2, hidden: 1, votes: 2 },
      { column: 'barriers', notes: 0, hidden: 0, votes: 0 },
      { column: 'drivers', notes: 0, hidden: 0, votes: 0 },
    ]);
  });

  it('names the services with most strengths (ties) and most threats', () => {
    const summary = swotPortfolioSummary(portfolio, 'nb');
    expect(summary.mostStrengths).toEqual(['Flyktningtjenesten', 'Rus']);
    expect(summary.mostThreats).toEqual(['Bolig']);
    expect(describePortfolio(summary, 'nb')).toEqual([
      'Flest styrker: Flyktningtjenesten, Rus (2)',
      'Flest trusler: Bolig (2)',
    ]);
    expect(describePortfolio(swotPortfolioSummary([{}], 'en'), 'en')).toEqual([
      'No strengths or threats written yet.',
    ]);
    expect(swotPortfolioSummary([{}], 'nn').rows[0]?.subject).toBe('Teneste 1');
  });

  it('writes the situation sentence and captions in each language', () => {
    expect(situationSentence({ area: 16, because: 'det haster.' }, 'nb')).toMatch(
      /^Vi har valgt utviklingsområdet «.+» fordi det haster\.$/,
    );
    expect(situationSentence({ area: { name: 'Ungdom' } }, 'en')).toBe(
      'We have chosen the development area “Ungdom”.',
    );
    expect(situationSentence({}, 'nb')).toBeUndefined();
    expect(boardCaption({ office: 'NAV Arendal' }, 'cross', 'nb')).toBe(
      'Vurderingskrysset: NAV Arendal',
    );
    expect(boardCaption({ title: 'Egen' }, 'cross', 'nn')).toBe('Egen');
  });
});

describe('exports', () => {
  it('CSV: one row per note, formula-safe, headings in the language', () => {
    const csv = boardToCsv(
      {
        subject: 'Rus',
        strengths: [{ id: 'a', text: '=SUM(A1)', votes: 2, color: 'green', hidden: true }],
      },
      'swot',
      'nb',
    );
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe('Tavle,Felt,Tekst,Stemmer,Skrevet av,Farge,Skjult');
    expect(lines[1]).toBe("SWOT-analyse: Rus,Styrker,'=SUM(A1),2,,grønn,ja");
    expect(boardToCsv(portfolio, 'swot', 'en').split('\r\n').length).toBe(1 + 7 + 1);
  });

  it('Markdown: a heading per board and field, questions, escaped notes', () => {
    const md = boardToMarkdown(
      { area: 16, because: 'x', desired: [{ id: 'a', text: '*bold* #1', votes: 1 }] },
      'situation',
      'nb',
    );
    expect(md).toContain('### Ønsket situasjon');
    expect(md).toContain('*Hva kjennetegner den ønskede situasjonen?*');
    expect(md).toContain('- \\*bold\\* \\#1 (1 stemme)');
    expect(md).toContain('Vi har valgt utviklingsområdet');
  });

  it('JSON: the data as it came in', () => {
    expect(JSON.parse(boardToJson(portfolio))).toEqual(portfolio);
  });
});
