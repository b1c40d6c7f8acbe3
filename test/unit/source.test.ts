import { strict as assert } from 'assert';
import { SourceText } from '../../server/src/core/text/source';

// The editor features (hover, completion, go-to) map the cursor from the user's text to the
// normalised view with toView, and findings go back with toOriginal: both directions must
// agree on text with a BOM, decomposed (NFD) letters and CRLF line ends.
describe("SourceText: offsets between the user's text and the NFC view", () => {
  const original = '\ufeffHo\u0300a Bi\u0300nh\r\nXa\u0303 A';
  const s = new SourceText(original);

  it('the view is NFC without the BOM', () => {
    assert.equal(s.text, 'Hòa Bình\r\nXã A');
  });

  it('toView: plain characters before, inside and after the decomposed letters', () => {
    assert.equal(s.toView(0), 0, 'the BOM itself maps to the start');
    assert.equal(s.toView(1), 0, '"H" after the BOM');
    assert.equal(s.toView(2), 1, '"o" of "o" + U+0300');
    assert.equal(s.toView(3), 2, 'inside "o" + U+0300: the end of "ò"');
    assert.equal(s.toView(4), 2, '"a" after it');
    assert.equal(s.toView(original.indexOf('\r')), s.text.indexOf('\r'));
    assert.equal(s.toView(original.length), s.text.length);
  });

  it('toView and toOriginal are inverse on every offset outside a decomposed letter', () => {
    for (let v = 0; v <= s.text.length; v++) assert.equal(s.toView(s.toOriginal(v)), v, `view offset ${v}`);
  });

  it('a text that is already NFC maps one to one (after the BOM)', () => {
    const plain = new SourceText('\ufeffHòa Bình');
    assert.equal(plain.toView(1), 0);
    assert.equal(plain.toView(5), 4);
    assert.equal(plain.toOriginal(4), 5);
    const noBom = new SourceText('Hòa Bình');
    assert.equal(noBom.toView(3), 3);
  });

  it('toOriginal: an offset inside a segment NFC only partly composes snaps to the segment\'s end', () => {
    // "e" + U+0302 + U+0308: NFC composes "ê" and keeps the diaeresis (no precomposed letter has both).
    const partly = new SourceText('ke\u0302\u0308t');
    assert.equal(partly.text, 'k\u00ea\u0308t');
    assert.deepEqual([0, 1, 2, 3].map((v) => partly.toOriginal(v)), [0, 1, 4, 4]);
  });

  it('offsetAt clamps a position before the first line or after the last (an editor may send one mid-edit)', () => {
    const t = new SourceText('Xã A\r\nXã B');
    assert.equal(t.offsetAt({ line: -1, character: 3 }), 0);
    assert.equal(t.offsetAt({ line: 7, character: 0 }), t.original.length);
    assert.equal(t.offsetAt({ line: 1, character: 99 }), t.original.length);
  });
});
