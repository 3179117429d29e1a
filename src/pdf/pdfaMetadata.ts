/**
 * The XMP a PDF/A file needs to claim PDF/UA-1 as well. PDF/A allows only the XMP schemas it
 * predefines unless the file describes the others in a pdfaExtension schema, and pdfuaid is not
 * predefined (ISO 19005-2 6.6.2.3), so the claim comes with its description. (Indented by two:
 * XML between elements is not content.)
 */
export const PDFUA_IN_PDFA_XMP = `
        <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
          <pdfuaid:part>1</pdfuaid:part>
        </rdf:Description>
        <rdf:Description rdf:about=""
          xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
          xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
          xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
          <pdfaExtension:schemas>
            <rdf:Bag>
              <rdf:li rdf:parseType="Resource">
                <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                <pdfaSchema:property>
                  <rdf:Seq>
                    <rdf:li rdf:parseType="Resource">
                      <pdfaProperty:name>part</pdfaProperty:name>
                      <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                      <pdfaProperty:category>internal</pdfaProperty:category>
                      <pdfaProperty:description>Part of ISO 14289 followed</pdfaProperty:description>
                    </rdf:li>
                  </rdf:Seq>
                </pdfaSchema:property>
              </rdf:li>
            </rdf:Bag>
          </pdfaExtension:schemas>
        </rdf:Description>`;

/** The source file a PDF/A-3 handout carries (ISO 19005-3 associated file, relationship Source). */
export interface SourceAttachment {
  name: string;
  bytes: Uint8Array;
  /** MIME type, e.g. `application/yaml`. */
  type: string;
  description: string;
}
