/**
 * PDF/X-4 identification: the version in Info and XMP, `/Trapped /False`, and an output intent
 * that embeds the CMYK profile the colours were converted for. The page boxes come from
 * printMarks.ts; the colours from the sheet's print colours.
 */

export interface OutputCondition {
  /** The CMYK ICC profile, embedded as the intent's DestOutputProfile. */
  profile: Uint8Array;
  /** The registered characterisation the profile was built from. */
  identifier: string;
  /** A human-readable description of the printing condition. */
  info: string;
}

/** A PDF name for pdfkit's Info dictionary, which otherwise turns every string into a string. */
class PdfName {
  readonly [Symbol.toStringTag] = 'PdfName';
  constructor(private readonly name: string) {}
  toString(): string {
    return `/${this.name}`;
  }
}

interface PdfkitInternals {
  info: Record<string, unknown>;
  _root: { data: Record<string, unknown> };
  appendXML(xml: string): void;
}

export function identifyPdfx(doc: PDFKit.PDFDocument, condition: OutputCondition): void {
  const pdf = doc as unknown as PdfkitInternals;
  pdf.info.GTS_PDFXVersion = 'PDF/X-4';
  // No trapping was applied; a prepress step that traps sets this to True.
  pdf.info.Trapped = new PdfName('False');
  pdf.appendXML(`
        <rdf:Description rdf:about="" xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/">
            <pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
            <pdf:Trapped>False</pdf:Trapped>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">
            <xmpMM:VersionID>1</xmpMM:VersionID>
            <xmpMM:RenditionClass>default</xmpMM:RenditionClass>
        </rdf:Description>`);
  const profile = doc.ref({ N: 4 } as never);
  profile.end(Buffer.from(condition.profile) as never);
  const intent = doc.ref({
    Type: 'OutputIntent',
    S: 'GTS_PDFX',
    OutputConditionIdentifier: new String(condition.identifier),
    RegistryName: new String('http://www.color.org'),
    Info: new String(condition.info),
    DestOutputProfile: profile,
  } as never);
  intent.end(undefined as never);
  pdf._root.data.OutputIntents = [intent];
}
