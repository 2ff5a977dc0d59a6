/**
 * XSD validation for tests: libxml2 compiled to WebAssembly (`libxml2-wasm`), so the tests need
 * no system `xmllint`. `xsdFailures(xsd, messages)` validates each message against the schema
 * and returns one line per libxml2 error (`name:line: message`); an empty list means every
 * message is valid. A message that is not well-formed is a failure too. Nothing here throws for
 * an invalid message; a schema libxml2 cannot compile throws (a broken test input).
 */
import { readFileSync } from 'node:fs';
import { XmlDocument, XmlLibError, XsdValidator } from 'libxml2-wasm';
import { xmlRegisterFsInputProviders } from 'libxml2-wasm/lib/nodejs.mjs';

/** One message to validate: its text or bytes, and a name for the failure lines. */
export interface XsdMessage {
  readonly name: string;
  readonly xml: string | Uint8Array;
}

function parse(xml: string | Uint8Array): XmlDocument {
  return typeof xml === 'string' ? XmlDocument.fromString(xml) : XmlDocument.fromBuffer(xml);
}

function describe(name: string, error: unknown): string[] {
  if (error instanceof XmlLibError && error.details.length > 0) {
    return error.details.map((detail) => `${name}:${detail.line}: ${detail.message.trim()}`);
  }
  return [`${name}: ${error instanceof Error ? error.message.trim() : String(error)}`];
}

/** Validates each message with a compiled validator (disposed afterwards); returns the failures. */
function validateAll(validator: XsdValidator, messages: readonly (XsdMessage | string)[]): string[] {
  try {
    const failures: string[] = [];
    messages.forEach((message, index) => {
      const { name, xml } =
        typeof message === 'string' ? { name: `message ${index}`, xml: message } : message;
      let doc: XmlDocument | undefined;
      try {
        doc = parse(xml);
        validator.validate(doc);
      } catch (error) {
        failures.push(...describe(name, error));
      } finally {
        doc?.dispose();
      }
    });
    return failures;
  } finally {
    validator.dispose();
  }
}

/** Validates every message against the XSD; returns the failures (empty: all valid). */
export function xsdFailures(xsd: string, messages: readonly (XsdMessage | string)[]): string[] {
  const schemaDoc = XmlDocument.fromString(xsd);
  try {
    return validateAll(XsdValidator.fromDoc(schemaDoc), messages);
  } finally {
    schemaDoc.dispose();
  }
}

/**
 * Validates every message against an XSD file that includes or imports others by relative
 * `schemaLocation` (read from disk by libxml2's file input provider); returns the failures.
 */
export function xsdFileFailures(xsdPath: string, messages: readonly (XsdMessage | string)[]): string[] {
  xmlRegisterFsInputProviders();
  const schemaDoc = XmlDocument.fromString(readFileSync(xsdPath, 'utf8'), { url: xsdPath });
  try {
    return validateAll(XsdValidator.fromDoc(schemaDoc), messages);
  } finally {
    schemaDoc.dispose();
  }
}
