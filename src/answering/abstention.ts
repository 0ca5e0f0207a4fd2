/**
 * The answer when the reports do not answer: it says so — and what it did not find, when a rule
 * knows (a name, the figure, the year, a place) — shows the nearest passages as "related", each
 * quoted at its sentence closest to the question with a near miss first, and suggests how to ask
 * again. Never silent, never an answer without a citation.
 */
import type { Passage } from '../retrieval/passage.js';
import type { Answer, Citation } from './answer.js';
import type { Candidate } from './candidate.js';
import { citationFor, displaySection, leadQuote, type ReportLookup } from './citations.js';

/** What `abstain` needs from the composer's input. */
export interface AbstainInput {
  question: string;
  lang: 'ja' | 'en';
  passages: Passage[];
  reports: ReportLookup;
}

export const ABSTAIN_TEXT = {
  ja: {
    abstain: 'お調べした報告書には、このご質問に直接答える記述が見つかりませんでした。',
    rephrase: '報告書にある言葉（制度名・地域名・組織名など）を含めて聞き直すと見つかることがあります。',
    nearest: '近い内容の箇所を「関連」として示します。',
    unseen: (names: string) => `お調べした報告書には${names}についての記述がありません。`,
    noFigure: (figure: string) => `お調べした報告書には、お尋ねの${figure}を示す記述が見つかりませんでした。`,
    noYear: (years: string) => `お調べした報告書には、${years}についての数値が見つかりませんでした。`,
    noPlace: 'お調べした報告書には、お尋ねの地域や都市の名前が見つかりませんでした。',
    noCounted: (topic: string) => `お調べした報告書には、「${topic}」の数を示す記述が見つかりませんでした。`,
    noShareOf: (part: string) =>
      `お調べした報告書には、「${shareLabel(part)}」の割合を示す記述が見つかりませんでした。`,
    noOrganisation: 'お調べした報告書には、お尋ねの企業や機関の名前が見つかりませんでした。',
    noCompany: 'お調べした報告書には、お尋ねの企業や機関の名前が見つかりませんでした。',
    noBank: 'お調べした報告書には、お尋ねの金融機関（銀行など）の名前が見つかりませんでした。',
    noPerson: 'お調べした報告書には、お尋ねの人物の名前が見つかりませんでした。',
    noThing: (thing: string) => `お調べした報告書には、お尋ねの${thing}の名前が見つかりませんでした。`,
    noContact: 'お調べした報告書には、連絡先（電話番号・メールアドレス・住所・URL）の記載が見つかりませんでした。',
    noReason: 'お調べした報告書には、そうなったことは書かれていますが、その理由を示す記述は見つかりませんでした。',
    noEvent:
      'お調べした報告書には、お尋ねのこと（終わった・減った・再編されたなど）自体が書かれておらず、その理由を示す記述も見つかりませんでした。',
    noCaseReason:
      'お調べした報告書には、お尋ねの事例の名前は載っていますが、その理由を示す記述は見つかりませんでした。',
    noNames: 'お調べした報告書には、お尋ねの数は載っていますが、その一つ一つの名前は見つかりませんでした。',
    noDate: 'お調べした報告書には、お尋ねの出来事の時期を示す記述が見つかりませんでした。',
    noDuration: 'お調べした報告書には、お尋ねの期間（何年・何か月など）を示す記述が見つかりませんでした。',
    noTarget: 'お調べした報告書には、お尋ねの目標や計画の数値を示す記述が見つかりませんでした。',
    noActual: 'お調べした報告書には、お尋ねの実際の数値（目標や計画ではなく実績）を示す記述が見つかりませんでした。',
    noHeadquarters: 'お調べした報告書には、本部（本社）や事務局の所在地を示す記述が見つかりませんでした。',
    noSite: 'お調べした報告書には、お尋ねの場所（キャンパス・建物・会場など）の名前が見つかりませんでした。',
    noAchieved: 'お調べした報告書には、目標を達成したかどうかを示す記述が見つかりませんでした。',
    noHappened: 'お調べした報告書には、お尋ねのことが実際に行われたか（実現したか）を示す記述が見つかりませんでした。',
    noAttribute: (name: string) => `お調べした報告書には、お尋ねの${name}についての記述が見つかりませんでした。`,
    noBreakdown: (by: string) => `お調べした報告書には、${by}の内訳を示す記述が見つかりませんでした。`,
    noSpeech: 'お調べした報告書には、その方の発言やコメントを伝える記述が見つかりませんでした。',
    noRank: 'お調べした報告書には、どれが一番かを示す記述（順位や比べられる数値）が見つかりませんでした。',
    noOutcome: 'お調べした報告書には、お尋ねの件でどんな成果や結果が出たかを示す記述が見つかりませんでした。',
    noCompared: (names: string) => `お調べした報告書には、${names}との比較を示す記述が見つかりませんでした。`,
    noFee:
      'お調べした報告書には、お尋ねの会費や利用料などの料金（有料か無料かを含む）を示す記述が見つかりませんでした。',
    noProcedure:
      'お調べした報告書には、お尋ねの申し込みや登録の方法（手続き、必要な書類、応募の資格）を示す記述が見つかりませんでした。',
    noTitle: 'お調べした報告書には、お尋ねの方の役職（肩書き）を示す記述が見つかりませんでした。',
    noYen:
      'お調べした報告書には、お尋ねの金額を円で示す記述が見つかりませんでした（外貨で書かれた金額を円に換算することはしていません）。',
    noRankBelowFirst: 'お調べした報告書には、お尋ねの順位を示す記述（順位や比べられる数値）が見つかりませんでした。',
    noCountryFigure: (country: string) => `お調べした報告書には、${country}についての数値が見つかりませんでした。`,
    noShare: 'お調べした報告書には、お尋ねのもののシェア（占有率）を示す記述が見つかりませんでした。',
    noProportion: 'お調べした報告書には、お尋ねのものが全体に占める割合を示す記述が見つかりませんでした。',
    noSuccessor:
      'お調べした報告書には、お尋ねの事業や組織を何が引き継いだか（後継・名称変更）を示す記述が見つかりませんでした。',
    noPlan: 'お調べした報告書には、お尋ねのことについての今後の計画や予定を示す記述が見つかりませんでした。',
    noPlannedDate:
      'お調べした報告書には、お尋ねのことがいつ予定されているか（予定の時期）を示す記述が見つかりませんでした。',
    noUnit: (unit: string) => `お調べした報告書には、お尋ねのことを${unit}で示す数値が見つかりませんでした。`,
    noExpansion: (term: string) =>
      `お調べした報告書には、「${term}」が何の略か（正式名称）を示す記述が見つかりませんでした。`,
    noBody: (term: string) =>
      `お調べした報告書には「${term}」の名前は出てきますが、どういう組織かを示す記述は見つかりませんでした。`,
  },
  en: {
    abstain: 'I could not find a passage in the reports that answers this question.',
    rephrase: 'Try asking with the names used in the reports (programme, region or organisation names).',
    nearest: 'The nearest passages are shown as related.',
    unseen: (names: string) => `The reports do not mention ${names}.`,
    noFigure: (figure: string) => `I could not find the ${figure} you asked about in the reports.`,
    noYear: (years: string) => `I could not find a figure for ${years} in the reports.`,
    noPlace: 'I could not find the name of the place you asked about in the reports.',
    noCounted: (topic: string) => `I could not find the number of "${topic}" in the reports.`,
    noShareOf: (part: string) => `I could not find the share of "${shareLabel(part)}" in the reports.`,
    noOrganisation: 'I could not find the name of the organisation you asked about in the reports.',
    noCompany: 'I could not find the name of the company you asked about in the reports.',
    noBank: 'I could not find the name of the bank you asked about in the reports.',
    noPerson: 'I could not find the name of the person you asked about in the reports.',
    noThing: () => 'I could not find the name of what you asked about in the reports.',
    noContact: 'The reports do not give contact details (phone, e-mail, postal or web address) for this.',
    noReason: 'The reports say that it happened, but I could not find the reason in them.',
    noEvent:
      'I could not find in the reports that it happened as you describe (ended, fell, was reorganised), nor a reason for it.',
    noCaseReason: 'The reports name the case you asked about, but I could not find the reason in them.',
    noNames: 'The reports give the number you mention, but I could not find the name of each one it counts.',
    noDate: 'I could not find when that happened in the reports.',
    noDuration: 'I could not find how long it lasts (years, months) in the reports.',
    noTarget: 'I could not find the target or planned figure you asked about in the reports.',
    noActual: 'I could not find in the reports the actual figure you asked about (as opposed to a target or a plan).',
    noHeadquarters: 'I could not find where its head office or secretariat is in the reports.',
    noSite: 'I could not find the name of the site you asked about (a campus, building or venue) in the reports.',
    noAchieved: 'I could not find in the reports whether the target was met.',
    noHappened: 'I could not find in the reports whether it actually happened.',
    noAttribute: (name: string) => `I could not find anything about "${name}" in the passages on this topic.`,
    noBreakdown: (by: string) => `I could not find a breakdown by ${by} in the reports.`,
    noSpeech: 'I could not find in the reports what they said.',
    noRank: 'I could not find in the reports which one ranks first (no ranking or figures to compare).',
    noOutcome: 'I could not find in the reports what came of it.',
    noCompared: (names: string) => `I could not find a comparison with ${names} in the reports.`,
    noFee: 'I could not find in the reports what it costs to join or use (a fee, or whether it is free).',
    noProcedure:
      'I could not find in the reports how to apply or register (the procedure, the forms needed, or who may apply).',
    noTitle: 'I could not find the job title you asked about in the reports.',
    noYen: 'I could not find the amount in yen in the reports (I do not convert amounts given in other currencies).',
    noRankBelowFirst: 'I could not find in the reports which one holds that rank (no ranking or figures to compare).',
    noCountryFigure: (country: string) => `I could not find a figure for ${country} in the reports.`,
    noShare: 'I could not find the market share of what you asked about in the reports.',
    noProportion: 'I could not find in the reports the proportion of the whole you asked about.',
    noSuccessor: 'I could not find in the reports what took over from it (a successor or a new name).',
    noPlan: 'I could not find in the reports any plan for what you asked about.',
    noPlannedDate: 'I could not find in the reports when what you asked about is planned to happen.',
    noUnit: (unit: string) => `I could not find a figure in ${unit} for what you asked about in the reports.`,
    noExpansion: (term: string) => `I could not find what ${term} stands for (its full name) in the reports.`,
    noBody: (term: string) => `The reports mention ${term}, but I could not find what kind of organisation it is.`,
  },
};

/** What a figure asked for is, by its unit, for the reply that says it was not found. */
const FIGURE_NAMES: Record<string, { ja: string; en: string }> = {
  件: { ja: '件数', en: 'number of cases' },
  社: { ja: '企業数', en: 'number of companies' },
  人: { ja: '人数', en: 'number of people' },
  円: { ja: '金額', en: 'amount' },
  '%': { ja: '割合', en: 'share' },
  年: { ja: '年', en: 'year' },
};

export function figureName(unit: string | undefined, lang: 'ja' | 'en'): string {
  return (unit ? FIGURE_NAMES[unit]?.[lang] : undefined) ?? (lang === 'ja' ? '数' : 'figure');
}

/** Longest quote of a related passage (a verbatim prefix of its sentence when longer). */
const MAX_RELATED_QUOTE = 160;

/**
 * The passages shown as "related" when the answer abstains: the passage of a near miss first (the
 * count for another year, 「（2019年度開催実績：310回）」 when 2018 was asked), then the top passages,
 * each quoted by its sentence closest to the question rather than its first line (often a heading).
 */
function relatedCitations(
  input: AbstainInput,
  candidates: readonly Candidate[],
  near: readonly Candidate[],
): Citation[] {
  const highest = (pool: readonly Candidate[]) =>
    pool.reduce<Candidate | undefined>((b, c) => (!b || c.score > b.score ? c : b), undefined);
  const nearest = highest(near);
  const passages = [
    ...(nearest ? [nearest.passage] : []),
    ...input.passages.filter((passage) => passage !== nearest?.passage),
  ].slice(0, 3);
  return passages.map((passage, i) => {
    const best = passage === nearest?.passage ? nearest : highest(candidates.filter((c) => c.passage === passage));
    if (!best) return citationFor(i + 1, passage.chunk, leadQuote(passage.chunk.text), input.reports);
    return citationFor(
      i + 1,
      passage.chunk,
      best.unit.text.slice(0, MAX_RELATED_QUOTE),
      input.reports,
      best.unit.start,
    );
  });
}

export function abstain(
  input: AbstainInput,
  reason: string,
  bestCoverage: number,
  candidates: readonly Candidate[] = [],
  near: readonly Candidate[] = [],
  /** What was missing, said to the user (「…2018年についての数値が見つかりませんでした。」). */
  detail?: string,
): Answer {
  const text = ABSTAIN_TEXT[input.lang];
  const related = relatedCitations(input, candidates, near);
  const sections = [
    ...new Set(
      input.passages
        .slice(0, 3)
        .map((p) => displaySection(p.chunk.section).at(-1))
        .filter(Boolean),
    ),
  ] as string[];
  const suggestions = [
    text.rephrase,
    ...sections
      .slice(0, 2)
      .map((section) =>
        input.lang === 'en' ? `What does "${section}" say?` : `「${section}」には何が書かれていますか？`,
      ),
  ];
  return {
    question: input.question,
    lang: input.lang,
    text: `${detail ?? text.abstain}${input.lang === 'en' ? ' ' : ''}${text.nearest}`,
    abstained: true,
    abstainReason: reason,
    confidence: Number(Math.min(0.3, bestCoverage).toFixed(2)),
    citations: [],
    related,
    suggestions,
    composer: 'extractive',
  };
}

/** A part whose share is asked, named without the words of asking it (「誘致企業が占める割合」 → 誘致企業). */
function shareLabel(part: string): string {
  return part.replace(/(が占める|の占める|の)?(割合|比率|シェア)$/, '') || part;
}
