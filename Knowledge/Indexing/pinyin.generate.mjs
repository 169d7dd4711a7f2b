// Regenerates pinyin.tsv: `npm install pinyin-pro@3.29.4 && node pinyin.generate.mjs > pinyin.tsv.body`, then keep
// the three comment lines at the top of pinyin.tsv. Not run by the build; the table is committed.
import { pinyin } from 'pinyin-pro';

const groups = new Map();
for (let code = 0x4e00; code <= 0x9fff; code++) {
  const ch = String.fromCodePoint(code);
  const syllable = pinyin(ch, { toneType: 'none', type: 'string', v: true, nonZh: 'removed' });
  if (!syllable || !/^[a-z]+$/.test(syllable)) continue;
  if (!groups.has(syllable)) groups.set(syllable, []);
  groups.get(syllable).push(ch);
}
console.log([...groups.keys()].sort().map(k => `${k}\t${groups.get(k).join('')}`).join('\n'));
