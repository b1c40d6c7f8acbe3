// A small RFC-4180 CSV reader: quoted fields, doubled quotes, separators and line breaks
// inside quotes, CRLF or LF. The first row is the header; rows become objects keyed by it.
// A BOM is dropped. Written for the gazetteer build; no dependency needed for this much.

/** Splits CSV text into rows of fields. */
export function parseRows(text) {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows = [];
  let row = [];
  let field = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    if (ch === '"' && field === '') {
      // Quoted field: runs to the next lone quote.
      i++;
      for (;;) {
        if (i >= n) throw new Error('csv: unterminated quoted field');
        const j = text.indexOf('"', i);
        if (j < 0) throw new Error('csv: unterminated quoted field');
        field += text.slice(i, j);
        if (text[j + 1] === '"') { field += '"'; i = j + 2; continue; }
        i = j + 1;
        break;
      }
      if (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
        throw new Error(`csv: text after a closing quote at offset ${i}`);
      }
      continue;
    }
    if (ch === ',') { row.push(field); field = ''; i++; continue; }
    if (ch === '\r' || ch === '\n') {
      row.push(field); field = '';
      rows.push(row); row = [];
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += ch;
    i++;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

/** Parses CSV with a header row into objects; a row with the wrong field count is an error. */
export function parseCsv(text) {
  const [header, ...rows] = parseRows(text);
  if (!header) return [];
  return rows.map((r, k) => {
    if (r.length !== header.length) throw new Error(`csv: row ${k + 2} has ${r.length} fields, header has ${header.length}`);
    const o = {};
    header.forEach((h, j) => { o[h] = r[j]; });
    return o;
  });
}
