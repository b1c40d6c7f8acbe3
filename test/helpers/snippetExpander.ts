/**
 * A tiny expander for VS Code snippet bodies, enough to test our snippets: tab stops
 * ($1, ${1}, ${1:default} with nested content), choices (${1|a,b|} → first or supplied),
 * variables ($NAME, ${NAME}, ${NAME:default}, ${NAME/regex/format/flags}) and \$ \} escapes.
 * A supplied value for a tab stop replaces its default; an unknown variable throws.
 */
export type Values = Record<number, string>;

export function expandSnippet(body: string | string[], values: Values = {}, vars: Record<string, string> = {}): string {
  const src = Array.isArray(body) ? body.join('\n') : body;
  let i = 0;

  function variable(name: string): string {
    if (!(name in vars)) throw new Error(`unknown snippet variable ${name}`);
    return vars[name];
  }

  function transform(value: string, spec: string): string {
    // spec = regex/format/flags (no escaped slashes in our snippets)
    const [re, format, flags] = spec.split('/');
    return value.replace(new RegExp(re, flags), format.replace(/\$(\d+)/g, (_m, d) => `$${d}`));
  }

  function parse(stopAt: string | null): string {
    let out = '';
    while (i < src.length) {
      const c = src[i];
      if (stopAt && c === stopAt) return out;
      if (c === '\\' && i + 1 < src.length && '$}\\,|'.includes(src[i + 1])) {
        out += src[i + 1];
        i += 2;
        continue;
      }
      if (c !== '$') {
        out += c;
        i++;
        continue;
      }
      i++;
      const num = /^\d+/.exec(src.slice(i));
      if (num) {
        i += num[0].length;
        out += values[+num[0]] ?? '';
        continue;
      }
      const name = /^[A-Z_][A-Z_0-9]*/.exec(src.slice(i));
      if (name) {
        i += name[0].length;
        out += variable(name[0]);
        continue;
      }
      if (src[i] !== '{') throw new Error(`bad snippet syntax at ${i}: ${src.slice(i - 1, i + 20)}`);
      i++;
      const head = /^(\d+|[A-Z_][A-Z_0-9]*)/.exec(src.slice(i));
      if (!head) throw new Error(`bad snippet syntax at ${i}`);
      i += head[0].length;
      const isStop = /^\d/.test(head[0]);
      const sep = src[i];
      if (sep === '}') {
        i++;
        out += isStop ? values[+head[0]] ?? '' : variable(head[0]);
      } else if (sep === ':') {
        i++;
        const def = parse('}');
        i++;
        if (isStop) out += values[+head[0]] ?? def;
        else out += head[0] in vars ? vars[head[0]] : def;
      } else if (sep === '|' && isStop) {
        const end = src.indexOf('|}', i);
        const choices = src.slice(i + 1, end).split(',');
        i = end + 2;
        out += values[+head[0]] ?? choices[0];
      } else if (sep === '/' && !isStop) {
        const end = src.indexOf('}', i);
        const spec = src.slice(i + 1, end);
        i = end + 1;
        out += transform(variable(head[0]), spec.endsWith('/') ? spec + '' : spec);
      } else throw new Error(`bad snippet syntax at ${i}: ${src.slice(i - 5, i + 20)}`);
    }
    return out;
  }

  return parse(null);
}
