/** Plain-text rendering of the onboarding content. */
import type { Onboarding } from '../../chat/chat-service.js';

export function renderOnboarding(onboarding: Onboarding): string {
  const out: string[] = ['■ 報告書の一覧', ''];
  for (const report of onboarding.reports) {
    out.push(`● ${report.title}`);
    out.push(
      `  ${[report.publisher, report.date].filter(Boolean).join(' / ') || '発行元・日付の記載なし'}  (${report.doc})`,
    );
    if (report.sections.length > 0) out.push(`  構成: ${report.sections.join(' ／ ')}`);
    if (report.overview) out.push(`  概要: ${report.overview}`);
    for (const c of report.citations) {
      const lines = c.lines[0] === c.lines[1] ? `L${c.lines[0]}` : `L${c.lines[0]}–${c.lines[1]}`;
      out.push(`    [${c.n}] ${c.section.join(' > ') || '—'} ${lines}`);
    }
    out.push('');
  }
  out.push('■ 用語集', '');
  for (const entry of onboarding.glossary) {
    const c = entry.citation;
    out.push(`・${entry.term}: ${entry.definition}  （${c.title.slice(0, 24)}… L${c.lines[0]}）`);
  }
  out.push('', '■ 最初に聞いてみる質問', '');
  for (const question of onboarding.starterQuestions) out.push(`・${question}`);
  return out.join('\n');
}
