// The decree's own text, kept as plain text beside its record in <content>/keputusan/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function readDecreeText(contentDir: string): string {
  const dir = join(contentDir, 'keputusan');
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  if (texts.length !== 1) throw new Error(`${dir}: expected exactly one decree text (.txt), found ${texts.length}`);
  return readFileSync(join(dir, texts[0]!), 'utf8');
}
