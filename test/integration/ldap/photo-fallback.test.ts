import { Attribute, Client } from 'ldapts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { slapdAvailable, startSlapd } from '../../support/slapd';
import type { Slapd } from '../../support/slapd';
import { photoSettings, runPhotosTest, stepOf } from './ldap-fixtures';

const available = await slapdAvailable();
/** The smallest PNG: signature, IHDR, IDAT, IEND of a 1x1 image. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==', 'base64');

describe.skipIf(!available)('thumbnailPhoto falls back to jpegPhoto', () => {
  let slapd: Slapd;
  beforeAll(async () => {
    slapd = await startSlapd();
    const client = new Client({ url: slapd.url });
    await client.bind(slapd.adminDn, slapd.adminPassword);
    await client.add(`uid=jpeg.only,${slapd.peopleDn}`, [
      new Attribute({ type: 'objectClass', values: ['inetOrgPerson'] }),
      new Attribute({ type: 'uid', values: ['jpeg.only'] }),
      new Attribute({ type: 'cn', values: ['Jpeg Only'] }),
      new Attribute({ type: 'sn', values: ['Only'] }),
      new Attribute({ type: 'jpegPhoto', values: [PNG] }),
    ]);
    await client.unbind();
  });
  afterAll(async () => {
    await slapd?.stop();
  });

  test('an entry with only a jpegPhoto counts, and the test says it used the fallback', async () => {
    const report = await runPhotosTest(photoSettings(slapd, { filter: '(uid=jpeg.only)' }), slapd.adminPassword);
    const photos = stepOf(report, 'photos');
    expect(photos.status).toBe('ok');
    expect(photos.notes).toContainEqual({ key: 'ldap.note.photoFallback', params: { count: 1, attribute: 'thumbnailPhoto', fallback: 'jpegPhoto' } });
    expect(report.photos?.withPhoto).toBe(1);
  });

  test('jpegPhoto chosen itself has no fallback', async () => {
    const report = await runPhotosTest(photoSettings(slapd, { filter: '(uid=jpeg.only)', photoAttribute: 'jpegPhoto' }), slapd.adminPassword);
    expect(stepOf(report, 'photos').notes.some((n) => n.key === 'ldap.note.photoFallback')).toBe(false);
  });
});
