import * as fs from 'fs';
import * as path from 'path';
import { describe, expect, it } from 'vitest';

/** What the extension manifest promises a user of the connect-flow language (issue 20 §1). */
const root = path.resolve(__dirname, '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const language = manifest.contributes.languages.find((l: { id: string }) => l.id === 'connect-flow');

describe('extension manifest: the connect-flow language', () => {
  it('opens suggestions while a string value is typed, as VS Code does for JSON', () => {
    const defaults = manifest.contributes.configurationDefaults?.['[connect-flow]'];
    expect(defaults?.['editor.quickSuggestions']).toMatchObject({ strings: true });
    // Accepting a suggestion inside a string replaces the whole string, quotes included (our text edits expect that).
    expect(defaults?.['editor.suggest.insertMode']).toBe('replace');
  });

  it('has a file icon, an SVG that ships in the .vsix', () => {
    expect(language.icon).toBeDefined();
    for (const file of [language.icon.light, language.icon.dark]) {
      const svg = fs.readFileSync(path.join(root, file), 'utf8');
      expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 16 16"/);
      expect(file.replace(/^\.\//, '')).toMatch(/^media\//);
    }
    expect(fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8')).toMatch(/^!media\/\*\*$/m);
  });
});

describe('extension manifest: what the Marketplace shows (issue 20 §6)', () => {
  it('has a 128x128 PNG icon that ships in the .vsix, and a gallery banner', () => {
    const png = fs.readFileSync(path.join(root, manifest.icon));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([128, 128]);
    expect(manifest.icon).toMatch(/^images\//);
    expect(fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8')).toMatch(/^!images\/\*\*$/m);
    expect(manifest.galleryBanner).toEqual({ color: expect.stringMatching(/^#[0-9a-f]{6}$/i), theme: expect.stringMatching(/^(dark|light)$/) });
  });

  it('lists categories for what it does and keywords people search for (at most 30)', () => {
    expect(manifest.categories).toEqual(expect.arrayContaining(['Programming Languages', 'Linters', 'Formatters']));
    expect(manifest.keywords).toEqual(expect.arrayContaining(['amazon connect', 'contact flow']));
    expect(manifest.keywords.length).toBeLessThanOrEqual(30);
    expect(manifest.description.length).toBeGreaterThan(20);
  });
});
