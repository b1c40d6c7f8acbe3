/**
 * Golden tests of the parser: each fixture notice → the expected model projection (JSON).
 * Ranges are shown as the original text they cover, so a wrong offset (NFD, CRLF, BOM) shows
 * up as wrong text. Regenerate with UPDATE_GOLDEN=1 after a deliberate change, and review
 * the diff.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseNotice } from '../../server/src/core/parse/parser';
import type { Component, NoticeModel, Span } from '../../server/src/core/parse/model';

const dir = path.join(__dirname, '..', 'fixtures', 'parse');

export function project(model: NoticeModel): unknown {
  const src = model.source;
  const orig = (s: Span | undefined) => (s ? src.original.slice(src.toOriginal(s.start), src.toOriginal(s.end)) : undefined);
  const comp = (c: Component | undefined) => (c ? { text: c.text, lines: c.lines, covers: orig(c.span) } : undefined);
  return {
    header: {
      nationalTitle: comp(model.header.nationalTitle),
      motto: comp(model.header.motto),
      superior: comp(model.header.superior),
      issuer: comp(model.header.issuer),
    },
    number: model.number && {
      value: model.number.value,
      blankNumber: model.number.blankNumber,
      number: orig(model.number.numberSpan),
      typeCode: orig(model.number.typeCodeSpan),
      issuerCode: orig(model.number.issuerCodeSpan),
      unitCodes: model.number.unitCodes,
    },
    placeDate: model.placeDate && {
      place: orig(model.placeDate.placeSpan),
      day: model.placeDate.day && { value: model.placeDate.day.value, covers: orig(model.placeDate.day.span) },
      month: model.placeDate.month && { value: model.placeDate.month.value, covers: orig(model.placeDate.month.span) },
      year: model.placeDate.year && { value: model.placeDate.year.value, covers: orig(model.placeDate.year.span) },
    },
    title: comp(model.title),
    titleTypeCode: model.titleTypeCode,
    abstract: comp(model.abstract),
    body: model.body && { firstLine: model.body.firstLine, lastLine: model.body.lastLine, lastLine_: orig(model.body.lastLineContent) },
    sections: model.sections.map((s) => `${orig(s.labelSpan)}${s.heading ? ` (h${s.heading})` : ''}`),
    kinhGui: comp(model.kinhGui),
    recipients: model.recipients && {
      label: orig(model.recipients.label.span),
      items: model.recipients.items.map((i) => ({ bullet: i.bullet, value: i.value, lines: i.lines })),
    },
    signature: model.signature && {
      lines: model.signature.lines.map((l) => orig(l.span)),
      signer: orig(model.signature.signer?.span),
    },
    order: model.order.map((o) => o.name),
  };
}

describe('parser golden files', () => {
  const files = fs.readdirSync(dir).filter((f) => /\.tb\.md$/.test(f)).sort();
  it('has at least 8 fixtures', () => assert.ok(files.length >= 8));
  for (const f of files) {
    it(f, () => {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      const actual = JSON.parse(JSON.stringify(project(parseNotice(text))));
      const goldenPath = path.join(dir, f.replace(/\.tb\.md$/, '.json'));
      if (process.env.UPDATE_GOLDEN || !fs.existsSync(goldenPath)) {
        fs.writeFileSync(goldenPath, JSON.stringify(actual, null, 2) + '\n');
      }
      assert.deepEqual(actual, JSON.parse(fs.readFileSync(goldenPath, 'utf8')));
    });
  }
});
