/**
 * Lists the unlinked mentions of glossary terms in content/ (see src/lib/mentions.ts):
 * `npm run report:mentions`. The build prints their number.
 */
import { loadKnowledge } from '../src/lib/knowledge.ts';
import { readContent } from '../src/lib/content-files.ts';
import { findUnlinkedMentions } from '../src/lib/mentions.ts';
import { config } from '../src/lib/config.ts';

const root = config.contentDir;
const mentions = findUnlinkedMentions(readContent(root), loadKnowledge(root));
for (const m of mentions) console.log(`${m.filePath}:${m.line}: "${m.text}" could be :term[${m.text}]{#${m.termId}}`);
console.log(`${mentions.length} unlinked mention(s) in ${new Set(mentions.map((m) => m.filePath)).size} file(s).`);
