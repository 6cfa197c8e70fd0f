// What the CLI prints: never a raw control character from a file. A profile value such as
// "\u001b[1A\u001b[2K\r✓ evil.json" would otherwise move the cursor, erase the ✗ line and draw a
// fake ✓ (issue 17). C0 and C1 controls, DEL and the bidirectional overrides (which reorder what
// a terminal shows) are written as \u escapes; everything else, ✓ and umlauts included, stays.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character escaped (`\u001b`), safe to print on one line. */
export const escapeControls = (text) =>
  String(text).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
