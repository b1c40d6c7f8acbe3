/**
 * place/wrong-parent — a unit attached to a parent it does not belong to: "xã Chí Minh, huyện
 * Trùng Khánh" while xã Chí Minh belongs to huyện Tràng Định (RULES.md, seed 000).
 *
 * Only the child-first shapes ("xã A, huyện B", "xã A huyện B", "xã A của huyện B") are read
 * as parent links: "huyện B, xã A" may be a list of two bodies. The child must have exactly one
 * reading in the document's province (or nationwide), and the parent one reading.
 */
import type { AdminUnit, Gazetteer } from '../../data/gazetteer';
import { isUnder, type PlaceReading } from '../../extract/places';
import { msg, type Rule } from '../types';
import { LEGAL, label, nameFor, parents, places, reading, typeWordFor } from './common';

function sameUnit(us: AdminUnit[]): AdminUnit | undefined {
  const codes = new Set(us.map((u) => `${u.level}:${u.code}`));
  return codes.size === 1 ? us[us.length - 1] : undefined;
}

/**
 * `old` ended before `from`, and a state of `now`'s code with the same name, type and province
 * began that day (a transfer or a merger that kept the name; the code may be another).
 */
function movedTo(g: Gazetteer, old: AdminUnit, now: AdminUnit, from: string): boolean {
  if (old.validTo === null || old.validTo > from) return false;
  return g.byCode(now.level, now.code).some((s) => s.validFrom === old.validTo && s.name === old.name && s.type === old.type && s.provinceCode === old.provinceCode);
}

export const wrongParent: Rule = {
  meta: {
    id: 'place/wrong-parent',
    family: 'place',
    defaultSeverity: 'error',
    fixable: true,
    needsReferenceData: true,
    description: msg('Đơn vị hành chính được gắn với đơn vị cấp trên không đúng.',
      'An administrative unit attached to a parent it does not belong to.'),
    legalBasis: msg(LEGAL.vi, LEGAL.en),
  },
  check(ctx) {
    const a = places(ctx);
    if (!a) return;
    const g = a.gazetteer;
    // Only a child whose parent does not hold it can be reported: usually none, and then no
    // groups are built (profiling, 1 MB notice).
    if (!a.readings.some((r) => r.parentMismatch && r.mention.parent !== undefined)) return;
    // Children grouped by the parent mention they name.
    const groups = new Map<number, PlaceReading[]>();
    for (const r of a.readings) {
      if (r.mention.parent === undefined) continue;
      const list = groups.get(r.mention.parent) ?? [];
      list.push(r);
      groups.set(r.mention.parent, list);
    }
    for (const [pi, children] of groups) {
      const pr = a.readings[pi];
      const parent = pr.unit;
      if (!parent) continue;
      // The true parent of each mismatched child, when its reading is unique.
      const truth = new Map<PlaceReading, { child: AdminUnit; real: AdminUnit }>();
      for (const c of children) {
        if (!c.parentMismatch) continue;
        const prov = a.province?.unit.code;
        // The child's reading: in the document's province when known, else nationwide.
        const child = sameUnit(prov ? c.all.filter((u) => u.provinceCode === prov) : c.all);
        if (!child) continue;
        // A unit of that name once under the parent is a former unit (place/defunct's), unless
        // the name moved: it left the parent before the window and a unit of the same name and
        // type began elsewhere in the province that day ("xã Sùng Phài, huyện Tam Đường" in 2023:
        // since 2020-02-01 xã Sùng Phài is in thành phố Lai Châu).
        const underParent = parent.level === 'province' ? { provinceCode: parent.code } : { parentCode: parent.code };
        const there = g.findAnyTime(c.name, { types: c.mention.types, ...underParent });
        if (there.length && !there.every((u) => movedTo(g, u, child, c.window.from))) continue;
        const real = parent.level === 'province' ? g.province(child) : g.parent(child);
        if (!real || real.level !== parent.level || isUnder(child, parent)) continue;
        truth.set(c, { child, real });
      }
      if (!truth.size) continue;
      const reals = new Set([...truth.values()].map((t) => t.real.code));
      const allWrong = truth.size === children.length && reals.size === 1;
      const pm = pr.mention;
      const parentOf = parents(g, parent);
      if (allWrong) {
        const { real } = [...truth.values()][0];
        const kids = [...truth.values()].map((t) => reading(g, t.child));
        const sameWord = typeWordFor(real.type, pm.typeWord).toLowerCase() === pm.typeWord.toLowerCase() ||
          (pm.types.includes(real.type));
        const edit = sameWord
          ? { start: pr.nameSpan.start, end: pr.nameSpan.end, newText: nameFor(real.name, pm.caps) }
          : { start: pm.typeSpan.start, end: pr.nameSpan.end, newText: `${typeWordFor(real.type, pm.typeWord)} ${nameFor(real.name, pm.caps)}` };
        ctx.report({
          start: pr.nameSpan.start,
          end: pr.nameSpan.end,
          message: msg(
            `${[...truth.values()].map((t) => label(t.child)).join(', ')} không thuộc ${label(parent)}${parentOf ? ` (${parentOf})` : ''}: ${kids.map((k) => k.vi).join('; ')}. Đơn vị cấp trên đúng: ${label(real)}.`,
            `${[...truth.values()].map((t) => label(t.child)).join(', ')} is not in ${label(parent)}${parentOf ? ` (${parentOf})` : ''}: ${kids.map((k) => k.en).join('; ')}. The parent is ${label(real)}.`,
          ),
          fixes: [{ title: msg(`Sửa thành "${label(real)}"`, `Change to "${label(real)}"`), edits: [edit] }],
        });
      } else {
        for (const [c, t] of truth) {
          const k = reading(g, t.child);
          ctx.report({
            start: c.nameSpan.start,
            end: c.nameSpan.end,
            message: msg(`${label(t.child)} không thuộc ${label(parent)}: ${k.vi}.`, `${label(t.child)} is not in ${label(parent)}: ${k.en}.`),
          });
        }
      }
    }
  },
};
