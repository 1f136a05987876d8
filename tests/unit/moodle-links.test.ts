/** What a teacher copies (src/lib/moodle-links.ts) and the build's warning without SITE (src/lib/config.ts). */
import { describe, expect, it } from 'vitest';
import { readConfig, siteWarning } from '../../src/lib/config';
import { parentOrigin } from '../../src/lib/embed-origin';
import { frameHeight, moodleLinks, stateQuery } from '../../src/lib/moodle-links';

describe('Moodle links', () => {
  it('writes the link, the embed link and the iframe of a page, a passage or a state', () => {
    expect(moodleLinks('/faq/', 'FAQ')).toEqual({
      link: '/faq/',
      embed: '/faq/?embed=1',
      iframe:
        '<iframe src="/faq/?embed=1" title="FAQ (Atlas ML)" width="100%" height="600" style="border:0" loading="lazy"></iframe>',
    });
    const section = moodleLinks('https://u.example/atlas-ml/faq/', 'FAQ : « x » & "y"', {
      fragment: 'loss-nan',
      height: 450,
    });
    expect(section.link).toBe('https://u.example/atlas-ml/faq/#loss-nan');
    expect(section.embed).toBe('https://u.example/atlas-ml/faq/?embed=1#loss-nan');
    expect(section.iframe).toContain('title="FAQ : « x » &amp; &quot;y&quot; (Atlas ML)" width="100%" height="450"');
    const state = moodleLinks('/demos/k-means/', 'K', { state: 'k=3&seed=2' });
    expect([state.link, state.embed]).toEqual(['/demos/k-means/?k=3&seed=2', '/demos/k-means/?embed=1&k=3&seed=2']);
    expect(state.iframe).toContain('src="/demos/k-means/?embed=1&amp;k=3&amp;seed=2"');
  });

  it('keeps a query’s state but not the embed, theme and section parameters', () => {
    expect(stateQuery('?embed=1&k=3&theme=dark&section=x&lr=0.1')).toBe('k=3&lr=0.1');
    expect(stateQuery('')).toBe('');
  });

  it('proposes an iframe height from the page’s, for a Moodle column, between 300 and 1,600 px', () => {
    expect(frameHeight(1000, 760)).toBe(1000);
    expect(frameHeight(1000, 380)).toBe(500);
    expect(frameHeight(1010, 760)).toBe(1050);
    expect(frameHeight(50, 760)).toBe(300);
    expect(frameHeight(40000, 760)).toBe(1600);
  });

  it('posts only to the parent’s origin: ancestorOrigins, else the referrer, else MOODLE_ORIGIN, never "*"', () => {
    expect(parentOrigin(['https://moodle.u.example'], 'https://other.example/x', undefined)).toBe(
      'https://moodle.u.example',
    );
    expect(parentOrigin(undefined, 'https://moodle.u.example/mod/page/view.php?id=3', undefined)).toBe(
      'https://moodle.u.example',
    );
    expect(parentOrigin([], '', 'https://moodle.u.example/')).toBe('https://moodle.u.example');
    // A sandboxed or file: parent has no usable origin; nothing configured: no message at all.
    expect(parentOrigin(['null'], '', undefined)).toBeUndefined();
    expect(parentOrigin(['file://'], 'about:blank', undefined)).toBeUndefined();
    expect(parentOrigin(undefined, '', undefined)).toBeUndefined();
    expect(parentOrigin(undefined, '*', '*')).toBeUndefined();
  });
});

describe('a build without SITE', () => {
  it('warns once, naming what points at localhost and the exact command, with the build’s BASE', () => {
    const warning = siteWarning(readConfig({ BASE: 'atlas-ml' }))!;
    expect(warning).toContain('SITE is not set');
    expect(warning).toContain('http://localhost:4321/atlas-ml/');
    expect(warning).toMatch(/exports/);
    expect(warning).toContain('SITE=https://your-university.example BASE=/atlas-ml/ npm run build');
    expect(siteWarning(readConfig({ SITE: 'https://u.example', BASE: '/atlas-ml/' }))).toBeUndefined();
  });
});
