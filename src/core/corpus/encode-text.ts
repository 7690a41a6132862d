/**
 * Encodes text into a single-byte code page by inverting the WHATWG decoder table, and into UTF-16.
 * TextEncoder only writes UTF-8; tests and fixtures need the legacy forms files really arrive in.
 */
const tables = new Map<string, Map<string, number>>();

function tableFor(encoding: string): Map<string, number> {
  let table = tables.get(encoding);
  if (table === undefined) {
    table = new Map();
    const decoder = new TextDecoder(encoding);
    for (let byte = 0x80; byte <= 0xff; byte++) {
      const char = decoder.decode(Uint8Array.of(byte));
      if (char !== '\uFFFD' && !table.has(char)) table.set(char, byte);
    }
    tables.set(encoding, table);
  }
  return table;
}

/** Characters the code page lacks become `?`, as most converters do. */
export function encodeSingleByte(text: string, encoding: string): Uint8Array {
  const table = tableFor(encoding);
  const out = new Uint8Array(text.length);
  let length = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    out[length++] = code < 0x80 ? code : (table.get(char) ?? 0x3f);
  }
  return out.subarray(0, length);
}

export function encodeUtf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const source = bom ? `\uFEFF${text}` : text;
  const out = new Uint8Array(source.length * 2);
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    const [first, second] = endian === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
    out[2 * i] = first;
    out[2 * i + 1] = second;
  }
  return out;
}
