/** Input of the ReDoS collector's own test (test/unit/redos.test.ts); not imported anywhere. */
export const a = /^a+$/u;
export const b = new RegExp('x(y)?', 'g');
export const c = RegExp("lit");
export const d = new RegExp(`tpl`, 'i');
const X = 'z';
export const e = new RegExp(`${X}+`);
