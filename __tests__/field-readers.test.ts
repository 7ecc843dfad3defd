import { describe, expect, test } from '@jest/globals';
import type { Position } from 'unist';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { MetadataField } from '../src/model/ladder-page.ts';
import {
  readFrontMatterFields,
  readLabelLines,
  readPatternFields,
  readStepFields,
  readTableFields,
} from '../src/model/field-readers.ts';
import { parseMarkdown } from '../src/model/parse.ts';

function parse(lines: string[]) {
  const file = new VFile(lines.join('\n'));
  return { nodes: parseMarkdown(file).children, source: String(file), place: location(file) };
}

function range(position: Position | undefined): string {
  return position
    ? `${position.start.line}:${position.start.column}-${position.end.line}:${position.end.column}`
    : 'none';
}

/** Label, value, and where each was found, as `line:column-line:column`. */
function summary(fields: MetadataField[]) {
  return fields.map((field) => [
    field.label,
    field.value,
    range(field.labelPosition),
    range(field.valuePosition),
  ]);
}

describe('label lines', () => {
  const page = parse([
    '**Planning Horizon:** 6-12 months',
    '**Impact Radius**: Team (5-15)',
    '_Evaluation: Manager or Director_',
    '*Scope:* Team',
    '',
    '- **Tenure**: 2 years',
    '',
    'Plain text: not a field',
    '**Examples:**',
    '',
    '**L4: Lead Engineer**',
  ]);

  test('bold and emphasised labels, one field per line of a paragraph', () => {
    expect(summary(readLabelLines(page.nodes, page.source, page.place))).toEqual([
      ['Planning Horizon', '6-12 months', '1:3-1:19', '1:23-1:34'],
      ['Impact Radius', 'Team (5-15)', '2:3-2:16', '2:20-2:31'],
      ['Evaluation', 'Manager or Director', '3:2-3:12', '3:14-3:33'],
      ['Scope', 'Team', '4:2-4:7', '4:10-4:14'],
    ]);
  });

  test('the whole field runs from the opening marker to the end of the line', () => {
    const fields = readLabelLines(page.nodes, page.source, page.place);
    expect(fields.map((field) => [field.form, range(field.position)])).toEqual([
      ['label-line', '1:1-1:34'],
      ['label-line', '2:1-2:31'],
      ['label-line', '3:1-3:34'],
      ['label-line', '4:1-4:14'],
    ]);
    expect(fields[0]?.position.start.offset).toBe(0);
    expect(fields[1]?.valuePosition?.start.offset).toBe(page.source.indexOf('Team (5-15)'));
  });
});

describe('HTML tables', () => {
  test('cells written `Label: value`, and the tenure row whose label is its first cell', () => {
    const page = parse([
      '## Broad Indicators',
      '',
      '<table>',
      '<tbody>',
      '  <tr>',
      '    <td rowspan="3">Split of responsibilities in the role</td>',
      '    <td><span style="font-weight:bold">Core</span>: ~70%</td>',
      '  </tr>',
      '  <tr>',
      '    <td><span style="font-weight:bold">R&amp;D</span>: ~10%</td>',
      '  </tr>',
      '  <tr>',
      '    <td>',
      '\t  Approximate Tenure in this role <br>',
      '\t  <span style="font-style:italic">(This is not meant to be exact tenure)</span>',
      '\t</td>',
      '\t<td>~2 year</td>',
      '</tbody>',
      '</table>',
      '',
    ]);
    const fields = readTableFields(page.nodes, page.source, page.place);
    expect(summary(fields)).toEqual([
      ['Core', '~70%', '7:40-7:44', '7:53-7:57'],
      ['R&D', '~10%', '10:40-10:47', '10:56-10:60'],
      ['Approximate Tenure in this role', '~2 year', '14:4-14:35', '17:6-17:13'],
    ]);
    expect(fields.map((field) => field.form)).toEqual(['table', 'table', 'table']);
    expect(fields[2]?.valuePosition?.start.offset).toBe(page.source.indexOf('~2 year'));
  });

  test('a table that blank lines split into HTML and Markdown is read once, from its text', () => {
    const page = parse([
      '<table>',
      '  <tr>',
      '    <td>',
      '',
      '**Planning Horizon**: 6-12 months',
      '',
      '</td>',
      '  </tr>',
      '  <tr><th>Field</th><th>Value</th></tr>',
      '  <tr><td>Evaluation</td><td>Manager &gt; Director <!-- a > b --></td></tr>',
      '</table>',
    ]);
    expect(page.nodes.map((node) => node.type)).toEqual(['html', 'paragraph', 'html']);
    expect(summary(readTableFields(page.nodes, page.source, page.place))).toEqual([
      ['Planning Horizon', '6-12 months', '5:3-5:19', '5:23-5:34'],
      ['Evaluation', 'Manager > Director', '10:11-10:21', '10:30-10:51'],
    ]);
  });

  test('a table without `</table>` ends with the nodes given', () => {
    const page = parse(['<table>', '<tr><td>Scope</td><td>Team</td></tr>']);
    expect(summary(readTableFields(page.nodes, page.source, page.place))).toEqual([
      ['Scope', 'Team', '2:9-2:14', '2:23-2:27'],
    ]);
  });
});

describe('GFM tables', () => {
  test('a two-column table: the header names the columns, each row is a field', () => {
    const page = parse([
      '| Field | Expectation |',
      '| --- | --- |',
      '| Planning Horizon | 6-12 months |',
      '| **Evaluation** <br> (by whom) | Manager or Director |',
      '| Tools | Git \\| CI |',
      '',
    ]);
    const fields = readTableFields(page.nodes, page.source, page.place);
    expect(summary(fields)).toEqual([
      ['Planning Horizon', '6-12 months', '3:3-3:19', '3:22-3:33'],
      ['Evaluation', 'Manager or Director', '4:5-4:15', '4:35-4:54'],
      ['Tools', 'Git | CI', '5:3-5:8', '5:11-5:20'],
    ]);
  });

  test('a wider table gives only its `Label: value` cells', () => {
    const page = parse(['| Level | Senior | Notes |', '| --- | --- | --- |', '| 1 | No | Scope: Team |']);
    expect(summary(readTableFields(page.nodes, page.source, page.place))).toEqual([
      ['Scope', 'Team', '3:12-3:17', '3:19-3:23'],
    ]);
  });
});

describe('steps', () => {
  test('a bullet opening with a step of a scale is a field of that scale', () => {
    const page = parse([
      '## D1 - Developer 1',
      '',
      '* **Adopts**: actively learns and adopts the technology',
      '* **Designs**: designs and implements features',
      '* **Subsystem:** makes an impact on one or more subsystems',
      '* Plain bullet',
    ]);
    const steps = new Map([
      ['adopts', { label: 'Technology' }],
      ['subsystem', { label: 'Influence' }],
    ]);
    const fields = readStepFields(page.nodes, page.source, page.place, steps);
    expect(summary(fields)).toEqual([
      ['Technology', 'Adopts', '3:5-3:11', '3:5-3:11'],
      ['Influence', 'Subsystem', '5:5-5:14', '5:5-5:14'],
    ]);
    expect(fields.map((field) => [field.form, range(field.position)])).toEqual([
      ['step', '3:1-3:56'],
      ['step', '5:1-5:59'],
    ]);
  });
});

describe('patterns', () => {
  test('a prose line and a YAML criterion, read by named groups', () => {
    const { source, place } = parse([
      '---',
      'criteria:',
      '  - "Scope: ✅ Task"',
      '---',
      '',
      'Years of experience: 5+ in a similar role',
    ]);
    const lines = ['Scope: ✅ Task', 'Years of experience: 5+ in a similar role'].map((text) => ({
      text,
      offset: source.indexOf(text),
    }));
    const fields = readPatternFields(
      lines,
      [
        { regex: /^Years of experience:\s*(?<value>\d+\+?)/, label: 'Experience' },
        { regex: /^(?<label>\w+): (?<value>\S.*)$/u },
      ],
      place,
    );
    expect(summary(fields)).toEqual([
      ['Scope', '✅ Task', '3:6-3:11', '3:13-3:19'],
      ['Experience', '5+', '6:1-6:20', '6:22-6:24'],
    ]);
    expect(fields.map((field) => [field.form, range(field.position)])).toEqual([
      ['pattern', '3:6-3:19'],
      ['pattern', '6:1-6:24'],
    ]);
  });

  test('a global pattern gives every match of a line; the first pattern to match wins', () => {
    const text = 'Scope: Team; Reach: Org';
    const { place } = parse([text]);
    const fields = readPatternFields(
      [{ text, offset: 0 }],
      [{ regex: /(?<!\w)(?<label>[A-Z]\w*): (?<value>\w+)/g }, { regex: /(?<label>Scope): (?<value>.+)/ }],
      place,
    );
    expect(summary(fields)).toEqual([
      ['Scope', 'Team', '1:1-1:6', '1:8-1:12'],
      ['Reach', 'Org', '1:14-1:19', '1:21-1:24'],
    ]);
  });
});

describe('front matter', () => {
  const { source, place } = parse([
    '---',
    'title: Engineer',
    'weight: 100',
    'description: The Engineering career ladder used at one company',
    'tags: [core, platform]',
    '---',
  ]);
  const data = {
    title: 'Engineer',
    weight: 100,
    description: 'The Engineering career ladder used at one company',
    tags: ['core', 'platform'],
  };
  const spans = (key: string) => {
    const keyOffset = source.indexOf(`\n${key}:`) + 1;
    const valueOffset = keyOffset + key.length + 2;
    return keyOffset === 0
      ? undefined
      : { keyOffset, valueOffset, valueEnd: source.indexOf('\n', valueOffset) };
  };

  test('without keys: numbers and short strings', () => {
    const fields = readFrontMatterFields(data, spans, place);
    expect(summary(fields)).toEqual([
      ['title', 'Engineer', '2:1-2:6', '2:8-2:16'],
      ['weight', '100', '3:1-3:7', '3:9-3:12'],
    ]);
    expect(fields.map((field) => [field.form, range(field.position)])).toEqual([
      ['front-matter', '2:1-2:16'],
      ['front-matter', '3:1-3:12'],
    ]);
  });

  test('with keys: the keys named, lists joined', () => {
    expect(summary(readFrontMatterFields(data, spans, place, ['Tags', 'description']))).toEqual([
      ['description', 'The Engineering career ladder used at one company', '4:1-4:12', '4:14-4:63'],
      ['tags', 'core, platform', '5:1-5:5', '5:7-5:23'],
    ]);
  });
});
