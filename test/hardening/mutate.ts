/**
 * Generated hostile input for the hardening tests: mutations of a real
 * document (the seed profile, a feed) — wrong types, missing and extra fields,
 * huge strings and arrays, unusual Unicode, deep nesting — as fast-check
 * arbitraries, so a failure shrinks to the smallest mutation that breaks.
 */
import fc from 'fast-check';

export type Key = string | number;
export type Path = Key[];

/** The path of every node of a JSON document, the root first. */
export function nodePaths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => nodePaths(item, [...path, i], out));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) nodePaths(item, [...path, key], out);
  return out;
}

/** Pieces of text that break naive code: direction marks, combining marks, emoji, lone surrogates, NUL, line separators. */
export const UNUSUAL = [
  '\u0000', '\uD800', '\uDFFF', 'a\uDC00b', '\uFEFF', '\u200B', '\u200D', '\u2028', '\u2029', '\r\n', '\t', '\u00A0',
  '\u202E', '\u202Dlrt', '\u200F', '\u061C', 'مرحبا بالعالم', 'עברית', '\u202Ebackwards\u202C',
  'e\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309\u030A\u030B', 'Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358',
  '👩🏽‍💻', '🏳️‍🌈', '🇩🇪', '👨‍👩‍👧‍👦', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '\uFFFD', '\uFFFF', '\uFFFE', '漢字かなカナ', 'ภาษาไทย', 'देवनागरी',
  'Tarifvertragsverhandlungsergebnisdokumentationsverordnung', '   ', '', '{{name}}', '${name}', '%s%n%d', '\\u003c', '</script>',
  '__proto__', 'constructor', 'NaN', 'null', 'undefined', '-0', '1e309',
];

const piece = fc.constantFrom(...UNUSUAL);

/** A short string built from unusual pieces and arbitrary graphemes. */
export const unusualString = fc
  .array(fc.oneof({ weight: 3, arbitrary: piece }, fc.string({ unit: 'grapheme', maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 6 })), {
    maxLength: 10,
  })
  .map((parts) => parts.join(''));

/**
 * A string of 1,000 to 60,000 characters of one piece, repeated. An unbroken run of Arabic letters
 * stops at 3,000: Chromium lays out a long run of a joining script (Arabic, also Thai) in time that
 * grows with the square of its length when it has to break it (10,000 letters: 0.7 s, 60,000: about
 * 35 s, in any element or plain <div> with overflow-wrap or word-break). That is the browser's, and
 * rejecting long runs would reject real Thai paragraphs; the hardening report names it.
 */
export const hugeString = fc
  .oneof(
    fc.tuple(fc.constantFrom('x', 'Tarifvertrag', ' ', '👩🏽‍💻', 'e\u0301', '\uD800', '<b>', '\u0000', 'بب '), fc.integer({ min: 1_000, max: 60_000 })),
    fc.tuple(fc.constant('ب'), fc.integer({ min: 1_000, max: 3_000 })),
  )
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)));

export const edgeNumber = fc.oneof(
  fc.constantFrom(0, -0, -1, 0.5, 1.005, 1e9, 2 ** 31, 2 ** 53, 1e21, 1e308, -1e308, 5e-324, 99_999_999),
  fc.integer({ min: -5, max: 50 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Values that JSON can carry. */
export const jsonish = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<unknown>(null, true, false, 0, '', [], {}, [[]], { '': null }) },
  { weight: 2, arbitrary: edgeNumber },
  { weight: 2, arbitrary: unusualString },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** What only a `profile` property can hold: no JSON has these. */
export const exotic = fc.constantFrom<() => unknown>(
  () => undefined,
  () => NaN,
  () => Infinity,
  () => 10n,
  () => Symbol('profile'),
  () => () => 'a function',
  () => new Date(0),
  () => new Map([['name', 'x']]),
  () => new Set(['x']),
  () => Object.assign(Object.create(null), { name: 'no prototype' }),
  () => new Uint8Array(4),
  () => new String('boxed'),
  () => [1, , 3],
  () => {
    const cycle: Record<string, unknown> = { name: 'cycle' };
    cycle.self = cycle;
    cycle.items = [cycle];
    return cycle;
  },
  () => Object.freeze({ name: 'frozen' }),
  () => new (class Profile { name = 'class instance'; })(),
);

export type Op =
  | { kind: 'delete' }
  | { kind: 'set'; value: unknown }
  | { kind: 'exotic'; make: () => unknown }
  | { kind: 'text'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'repeat'; times: number }
  | { kind: 'extra'; key: string; value: unknown }
  | { kind: 'nest'; depth: number; asArray: boolean }
  | { kind: 'copy'; from: number };

export interface Mutation {
  /** Index into the document's node paths (modulo their number). */
  at: number;
  op: Op;
  /** Keeps the type: text only replaces a string, a number a number, repeat an array, extra goes into an object. */
  gentle?: boolean;
}

const extraKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '', ' ', '@type', '$schema', 'name ', 'NAME', '\u0000', '👩🏽‍💻'),
  fc.string({ maxLength: 8 }),
);

/** A mutation that keeps the shape, so that most results still validate and reach the ready state. */
export const gentleMutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  gentle: fc.constant(true),
  op: fc.oneof(
    { weight: 1, arbitrary: fc.constant({ kind: 'delete' as const }) },
    { weight: 6, arbitrary: unusualString.map((value) => ({ kind: 'text' as const, value })) },
    { weight: 1, arbitrary: hugeString.map((value) => ({ kind: 'text' as const, value })) },
    { weight: 2, arbitrary: edgeNumber.map((value) => ({ kind: 'number' as const, value })) },
    { weight: 2, arbitrary: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 200, max: 1_500 })).map((times) => ({ kind: 'repeat' as const, times })) },
    { weight: 2, arbitrary: fc.record({ key: extraKey, value: jsonish }).map((e) => ({ kind: 'extra' as const, ...e })) },
  ),
});

/** One mutation; `exotic` adds values only a property can carry. */
export function mutation(withExotic: boolean): fc.Arbitrary<Mutation> {
  const ops: fc.WeightedArbitrary<Op>[] = [
    { weight: 4, arbitrary: fc.constant({ kind: 'delete' as const }) },
    { weight: 4, arbitrary: jsonish.map((value) => ({ kind: 'set' as const, value })) },
    { weight: 6, arbitrary: unusualString.map((value) => ({ kind: 'text' as const, value })) },
    { weight: 1, arbitrary: hugeString.map((value) => ({ kind: 'text' as const, value })) },
    { weight: 3, arbitrary: edgeNumber.map((value) => ({ kind: 'number' as const, value })) },
    {
      weight: 2,
      arbitrary: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 200, max: 1_500 })).map((times) => ({ kind: 'repeat' as const, times })),
    },
    { weight: 2, arbitrary: fc.record({ key: extraKey, value: jsonish }).map((e) => ({ kind: 'extra' as const, ...e })) },
    {
      weight: 1,
      arbitrary: fc
        .record({ depth: fc.oneof(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 500, max: 3_000 })), asArray: fc.boolean() })
        .map((n) => ({ kind: 'nest' as const, ...n })),
    },
    { weight: 2, arbitrary: fc.nat().map((from) => ({ kind: 'copy' as const, from })) },
  ];
  if (withExotic) ops.push({ weight: 2, arbitrary: exotic.map((make) => ({ kind: 'exotic' as const, make })) });
  return fc.record({ at: fc.nat(), op: fc.oneof(...ops) });
}

function get(doc: unknown, path: Path): { found: boolean; value: unknown } {
  let node = doc;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, key)) return { found: false, value: undefined };
    node = (node as Record<Key, unknown>)[key];
  }
  return { found: true, value: node };
}

/**
 * Sets an own property, also one named `__proto__` (as JSON.parse makes it), never the prototype.
 * Inside a frozen object put there by an earlier mutation, it does nothing.
 */
function put(parent: Record<Key, unknown>, key: Key, value: unknown) {
  if (!Object.isExtensible(parent) || Object.getOwnPropertyDescriptor(parent, key)?.configurable === false) return;
  Object.defineProperty(parent, key, { value, writable: true, enumerable: true, configurable: true });
}

function fits(op: Op, value: unknown): boolean {
  switch (op.kind) {
    case 'text': return typeof value === 'string';
    case 'number': return typeof value === 'number';
    case 'repeat': return Array.isArray(value);
    case 'extra': return value !== null && typeof value === 'object' && !Array.isArray(value);
    default: return true;
  }
}

/** A copy where one can be made; an exotic value (a function, a symbol) is shared instead. */
function cloneOrSame(value: unknown) {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

function nest(value: unknown, depth: number, asArray: boolean): unknown {
  let node = value;
  for (let i = 0; i < depth; i++) node = asArray ? [node] : { nested: node };
  return node;
}

/**
 * Applies mutations to a copy of `doc`. Paths are the original document's;
 * a mutation whose node is gone (deleted or replaced before) does nothing.
 */
export function applyMutations(doc: unknown, paths: Path[], mutations: Mutation[]): unknown {
  const root = { doc: structuredClone(doc) } as Record<Key, unknown>;
  for (const { at, op, gentle } of mutations) {
    const path: Path = ['doc', ...paths[at % paths.length]];
    const parentPath = path.slice(0, -1);
    const key = path[path.length - 1];
    const parent = get(root, parentPath);
    if (!parent.found || parent.value === null || typeof parent.value !== 'object') continue;
    const container = parent.value as Record<Key, unknown>;
    const current = get(root, path);
    if (gentle && !fits(op, current.value)) continue;
    try {
      switch (op.kind) {
        case 'delete':
          if (Object.isFrozen(container)) break;
          if (Array.isArray(container) && typeof key === 'number') container.splice(key, 1);
          else delete container[key];
          break;
        case 'set':
        case 'text':
        case 'number':
          put(container, key, structuredClone(op.value));
          break;
        case 'exotic':
          put(container, key, op.make());
          break;
        case 'repeat': {
          const items = Array.isArray(current.value) ? current.value : [current.value];
          put(container, key, Array.from({ length: op.times }, (_, i) => (items.length ? items[i % items.length] : null)));
          break;
        }
        case 'extra':
          if (current.value && typeof current.value === 'object' && !Array.isArray(current.value)) {
            put(current.value as Record<Key, unknown>, op.key, op.value);
          } else {
            put(container, key, op.value);
          }
          break;
        case 'nest':
          put(container, key, nest(current.value, op.depth, op.asArray));
          break;
        case 'copy': {
          const source = get(root, ['doc', ...paths[op.from % paths.length]]);
          if (source.found) put(container, key, cloneOrSame(source.value));
          break;
        }
      }
    } catch {
      // An exotic value put there before (a typed array, a boxed string) refuses the change: leave it.
    }
  }
  return root.doc;
}

/** Text-level damage to a JSON document: cut short, junk in front, bytes in the middle. */
export const textDamage = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map((at) => (text: string) => text.slice(0, Math.floor(text.length * at))),
  fc.constantFrom(")]}'\n", 'while(1);', '\uFEFF', '<!doctype html>', 'null', '').map((prefix) => (text: string) => prefix + text),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), unusualString).map(([at, junk]) => (text: string) => {
    const i = Math.floor(text.length * at);
    return text.slice(0, i) + junk + text.slice(i);
  }),
);
