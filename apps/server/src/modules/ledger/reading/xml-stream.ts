// Streaming XML for workbook parts. Bytes are decoded with a streaming TextDecoder so a Chinese character split
// between two inflated chunks stays whole (ExcelJS's streaming reader decodes each chunk on its own and turns such
// characters into U+FFFD: exceljs/exceljs#2063, #2084), then fed to saxes, which expands no external entities.
import { TextDecoder } from 'node:util';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { AppError } from '../../../platform/errors.js';

/** OPC allows UTF-16 parts (with a BOM); Excel writes UTF-8. */
function decoderFor(head: Buffer): TextDecoder {
  return new TextDecoder(head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : 'utf-8');
}

/** A small part's text. */
export function decodeXml(bytes: Buffer): string {
  return decoderFor(bytes).decode(bytes);
}

/** The part's text, chunk by chunk. */
export async function* textChunks(chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  for await (const chunk of chunks) {
    decoder ??= decoderFor(chunk);
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const rest = decoder?.decode() ?? '';
  if (rest) yield rest;
}

/** `x:row` → `row`: some writers (the Open XML SDK) prefix the SpreadsheetML namespace. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** A saxes parser that reports local names and plain attributes; malformed XML is `corrupt_file`. */
export class XmlStream {
  private readonly parser = new SaxesParser({ position: false, xmlns: false });
  private failed = false;

  constructor(handlers: XmlHandlers) {
    const { parser } = this;
    parser.on('opentag', (tag: SaxesTagPlain) => handlers.open(localName(tag.name), tag.attributes));
    if (handlers.close) {
      const close = handlers.close;
      parser.on('closetag', (tag) => close(localName(tag.name)));
    }
    if (handlers.text) {
      const text = handlers.text;
      parser.on('text', text);
      parser.on('cdata', text);
    }
    parser.on('error', () => {
      this.failed = true;
    });
  }

  write(text: string): void {
    this.parser.write(text);
    if (this.failed) throw new AppError('corrupt_file');
  }

  close(): void {
    this.parser.close();
    if (this.failed) throw new AppError('corrupt_file');
  }
}

/** Parses a whole part for its side effects on `handlers`. */
export async function parseXml(chunks: AsyncIterable<string>, handlers: XmlHandlers): Promise<void> {
  const xml = new XmlStream(handlers);
  for await (const text of chunks) xml.write(text);
  xml.close();
}

/** An attribute by local name, whatever its prefix (`r:id`). */
export function prefixedAttribute(attributes: Record<string, string>, local: string): string | undefined {
  for (const [name, value] of Object.entries(attributes)) if (name.includes(':') && localName(name) === local) return value;
  return undefined;
}
