/**
 * An IMS Common Cartridge 1.1 (.imscc) made only of web links, organised in
 * sections. Moodle's course restore converts it (backup/converter/imscc11):
 * each section becomes a course section, each link a URL activity.
 * - Moodle recognises the format by the string
 *   xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1" in the first
 *   500 bytes of imsmanifest.xml, so that attribute comes first.
 * - Each link is a resource of type imswl_xmlv1p1 pointing at one file whose
 *   root is webLink in the imswl_v1p1 namespace, read as /wl:webLink/wl:url/@href.
 */
import { XMLBuilder } from 'fast-xml-parser';
import { strToU8, zipSync } from 'fflate';

export const CC_NAMESPACE = 'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1';
export const WEBLINK_NAMESPACE = 'http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1';
export const WEBLINK_TYPE = 'imswl_xmlv1p1';

export interface CartridgeLink {
  title: string;
  /** Absolute URL. */
  url: string;
}

export interface CartridgeSection {
  title: string;
  links: CartridgeLink[];
}

const builder = () =>
  new XMLBuilder({ format: true, indentBy: '  ', ignoreAttributes: false, suppressEmptyNode: true });
const declaration = { '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' } };

export function weblinkXml(link: CartridgeLink): string {
  if (!/^https?:\/\//.test(link.url))
    throw new Error(`Common Cartridge: web link "${link.title}" needs an absolute URL, got "${link.url}"`);
  return builder().build({
    ...declaration,
    webLink: {
      '@_xmlns': WEBLINK_NAMESPACE,
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xsi:schemaLocation': `${WEBLINK_NAMESPACE} http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imswl_v1p1.xsd`,
      title: link.title,
      url: { '@_href': link.url, '@_target': '_blank' },
    },
  });
}

/** The manifest and the path of each link's file, in order. */
export function cartridgeManifest(
  title: string,
  sections: CartridgeSection[],
): { manifest: string; files: { path: string; link: CartridgeLink }[] } {
  const files: { path: string; link: CartridgeLink }[] = [];
  const resources: object[] = [];
  const sectionItems = sections.map((section, s) => ({
    '@_identifier': `S_${s + 1}`,
    title: section.title,
    item: section.links.map((link, l) => {
      const id = `R_${s + 1}_${l + 1}`;
      const path = `weblinks/${id}.xml`;
      files.push({ path, link });
      resources.push({ '@_identifier': id, '@_type': WEBLINK_TYPE, file: { '@_href': path } });
      return { '@_identifier': `I_${s + 1}_${l + 1}`, '@_identifierref': id, title: link.title };
    }),
  }));
  const manifest = builder().build({
    ...declaration,
    manifest: {
      '@_xmlns': CC_NAMESPACE,
      '@_identifier': 'atlas_ml_cartridge',
      '@_xmlns:lomimscc': 'http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest',
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xsi:schemaLocation': `${CC_NAMESPACE} http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imscp_v1p2_v1p0.xsd http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lommanifest_v1p0.xsd`,
      metadata: {
        schema: 'IMS Common Cartridge',
        schemaversion: '1.1.0',
        'lomimscc:lom': {
          'lomimscc:general': { 'lomimscc:title': { 'lomimscc:string': { '@_language': 'fr', '#text': title } } },
        },
      },
      organizations: {
        organization: {
          '@_identifier': 'O_1',
          '@_structure': 'rooted-hierarchy',
          item: { '@_identifier': 'I_root', item: sectionItems },
        },
      },
      resources: { resource: resources },
    },
  });
  return { manifest, files };
}

/** The .imscc file (a zip), byte for byte the same at every build. */
export function commonCartridge(title: string, sections: CartridgeSection[]): Uint8Array {
  const { manifest, files } = cartridgeManifest(title, sections);
  const mtime = new Date('2025-01-01T00:00:00Z');
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = { 'imsmanifest.xml': [strToU8(manifest), { mtime }] };
  for (const f of files) entries[f.path] = [strToU8(weblinkXml(f.link)), { mtime }];
  // Level 6, not 9: the same size here (81,112 bytes against 81,116) in half the time.
  return zipSync(entries, { level: 6 });
}
