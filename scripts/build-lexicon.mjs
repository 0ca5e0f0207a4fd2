#!/usr/bin/env node
/**
 * Generates resources/en-ja-lexicon.json, the offline English→Japanese lexicon used to answer
 * English questions about the Japanese reports. Not run in CI: the JSON is committed.
 *
 * Usage (after `npx tsc -p tsconfig.build.json`):
 *   apt-get install -y edict            # Debian package, /usr/share/edict/edict (EUC-JP)
 *   apt-get install -y enamdict         # proper names, /usr/share/edict/enamdict (EUC-JP)
 *   node scripts/build-lexicon.mjs [corpusDir=corpus] [edictFile=/usr/share/edict/edict] [out=resources/en-ja-lexicon.json] [enamdictFile=/usr/share/edict/enamdict]
 *
 * Sources, in order of preference for an English key:
 *  1. Glosses the reports state themselves: English or an acronym in brackets right after a
 *     Japanese term (「ハイ・バリュー・マニュファクチャリング（HVM、高価値製造）」,
 *     「国家ITサミット（Nationale IT gipfel）」) and Japanese in brackets after an English name.
 *  2. EDICT (EDRDG, CC BY-SA 4.0; see resources/README.md), restricted to Japanese headwords that
 *     occur in the corpus (verbatim, 2+ characters) so the file stays small and every translation
 *     can match something. Short glosses only (≤ 3 words); at most MAX_JA Japanese terms a key,
 *     common words ((P)) and words frequent in the corpus first.
 *  3. `names`, apart: ENAMDICT (EDRDG, CC BY-SA 4.0) for the foreign places, bodies and people the
 *     reports write in katakana (アーヘン "Aachen", バイエルン "Bavaria", ハル港 "Hull") or in kanji
 *     (大連 "Dalian"), which neither EDICT nor a reading of the katakana finds. Only names the corpus
 *     writes as a word of their own, and not a katakana word kuromoji knows as a common noun (センター,
 *     モーター: ENAMDICT lists them as surnames).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadCorpus } from '../dist/corpus/load-corpus.js';
import { getTokenizer } from '../dist/text/kuromoji-tokenizer.js';

const [
  corpusDir = 'corpus',
  edictFile = '/usr/share/edict/edict',
  out = 'resources/en-ja-lexicon.json',
  enamdictFile = '/usr/share/edict/enamdict',
] = process.argv.slice(2);
const MAX_JA = 4;
const MAX_GLOSS_WORDS = 3;
/** ENAMDICT's types read as names: place, company, organisation, product, station, unclassified, surname. */
const NAME_TYPES = new Set(['p', 'c', 'o', 'pr', 'st', 'u', 's']);
/** A kanji place ENAMDICT places abroad: 「大連 /(p) Dalian (China)/」. */
const FOREIGN_COUNTRY = /\((China|(South |North )?Korea|Taiwan|Hong Kong|Mongolia|Vietnam)\)/;
const MIN_NAME_LETTERS = 4;

const { reports } = loadCorpus(corpusDir);
const corpusText = reports.map((report) => report.lines.join('\n').normalize('NFKC')).join('\n');
const compactText = corpusText.replace(/\s+/g, '');

// Every substring of 2–12 characters, so that most EDICT headwords are rejected without a scan.
const substrings = new Set();
for (let i = 0; i < compactText.length; i++) {
  for (let n = 2; n <= 12 && i + n <= compactText.length; n++) substrings.add(compactText.slice(i, i + n));
}
const frequency = new Map();
const countOf = (word) => {
  if (word.length <= 12 && !substrings.has(word)) return 0;
  let count = frequency.get(word);
  if (count === undefined) {
    count = 0;
    for (let at = compactText.indexOf(word); at >= 0 && count < 1000; at = compactText.indexOf(word, at + word.length))
      count++;
    frequency.set(word, count);
  }
  return count;
};

/** en → Map(ja → score) */
const entries = new Map();
const add = (en, ja, score) => {
  const key = en.toLowerCase().replace(/\s+/g, ' ').trim();
  if (!key || key.length < 2 || !/[a-z]/.test(key)) return;
  let map = entries.get(key);
  if (!map) {
    map = new Map();
    entries.set(key, map);
  }
  map.set(ja, Math.max(map.get(ja) ?? 0, score));
};

// 1. Glosses stated by the reports.
const JA_TERM = '([\\p{Script=Han}\\p{Script=Katakana}ー・]{2,30})';
const statedAfterJa = new RegExp(
  `${JA_TERM}[（(]([A-Za-z][A-Za-z0-9 .&'’\\-]{1,60})(?:[、，,：:；;][^）)]{0,60})?[）)]`,
  'gu',
);
for (const match of corpusText.matchAll(statedAfterJa)) {
  const [, ja, en] = match;
  for (const part of [en, ...en.split(/\s*[:：]\s*/)]) add(part.trim(), ja, 1000);
}
const statedAfterEn = new RegExp(`([A-Za-z][A-Za-z0-9 .&'’\\-]{1,60})[（(]${JA_TERM}[）)]`, 'gu');
for (const match of corpusText.matchAll(statedAfterEn)) add(match[1].trim(), match[2], 1000);

// 2. Policy vocabulary EDICT lacks or ranks poorly (country names, administrative terms).
const SUPPLEMENT = {
  germany: ['ドイツ', '独'],
  german: ['ドイツ'],
  uk: ['イギリス', '英国'],
  britain: ['イギリス', '英国'],
  'united kingdom': ['イギリス', '英国'],
  england: ['イギリス'],
  british: ['イギリス'],
  us: ['アメリカ', '米国'],
  usa: ['アメリカ', '米国'],
  america: ['アメリカ', '米国'],
  american: ['アメリカ'],
  'united states': ['アメリカ', '米国'],
  france: ['フランス'],
  china: ['中国'],
  chinese: ['中国'],
  eu: ['EU', '欧州'],
  europe: ['欧州'],
  european: ['欧州'],
  japan: ['日本', 'わが国'],
  japanese: ['日本'],
  manufacturing: ['製造', '製造業', 'ものづくり'],
  manufacturer: ['メーカー', '製造業'],
  sme: ['中小企業'],
  smes: ['中小企業'],
  'small business': ['中小企業'],
  startup: ['スタートアップ', '起業', '創業'],
  'start-up': ['スタートアップ', '起業'],
  job: ['雇用'],
  jobs: ['雇用'],
  region: ['地域'],
  regional: ['地域'],
  'local government': ['自治体'],
  municipality: ['自治体', '市町村'],
  prefecture: ['県', '都道府県'],
  prefectural: ['県'],
  ministry: ['省'],
  federal: ['連邦'],
  state: ['州', '国家'],
  agglomeration: ['産業集積', '集積'],
  'industrial cluster': ['産業クラスター', '産業集積'],
  // "the industrial estates Kitakami built": the reports' 工業団地 (EDICT has only "industrial park").
  'industrial estate': ['工業団地'],
  // "Koken's share of the dust mask market": the reports' 防塵マスク (EDICT has no entry).
  'dust mask': ['防塵マスク'],
  fund: ['資金', '基金'],
  grant: ['助成', '補助金'],
  pillar: ['柱'],
  'key factor': ['成功要因', 'ポイント'],
  'joint research': ['共同研究'],
  solve: ['解決'],
  solved: ['解決'],
  // 「最大のポイント」「成功の鍵」: EDICT glosses ポイント only as "point".
  key: ['ポイント', '鍵', 'カギ'],
  'key point': ['ポイント'],
  programme: ['事業', 'プログラム'],
  program: ['事業', 'プログラム'],
  project: ['プロジェクト', '事業'],
  firm: ['企業'],
  firms: ['企業'],
  // 「職員数 約23,000人」: EDICT lists 職員 after スタッフ, 部内, 部員.
  staff: ['職員', 'スタッフ', '人員'],
  employee: ['従業員', '職員', '社員'],
  employees: ['従業員', '職員', '社員'],
  company: ['企業'],
  companies: ['企業'],
  survey: ['調査', 'アンケート'],
  respondent: ['回答'],
  outcome: ['成果'],
  result: ['成果', '結果'],
  achievement: ['成果', '実績'],
  'supply chain': ['サプライチェーン'],
  'research institute': ['研究機関', '研究所'],
  'success factor': ['成功要因'],
  'bureau of economy': ['経済産業局'],
  meti: ['経済産業省'],
  jetro: ['ジェトロ', '日本貿易振興機構'],
  aist: ['産業技術総合研究所', '産総研'],
  nri: ['野村総合研究所'],
  'nomura research institute': ['野村総合研究所'],
  'japan research institute': ['日本総合研究所'],
  productivity: ['生産性'],
  digitalisation: ['デジタル化'],
  digitalization: ['デジタル化'],
  'shared platform': ['共通プラットフォーム'],
  platform: ['プラットフォーム', '基盤'],
  // Words staff use that EDICT lacks or glosses otherwise ("leading-edge", "founded", "business meeting").
  'leading-edge': ['先端'],
  'cutting-edge': ['先端', '最新鋭'],
  'business meeting': ['商談'],
  // Participles EDICT does not list (selected → select is found by the lexicon's own base forms).
  chosen: ['選定', '選ば'],
  picked: ['選定', '選ば'],
  won: ['選定', '受賞', '獲得'],
  headcount: ['職員数', '人員', '従業員数'],
  classify: ['類型', '分類'],
  attract: ['誘致', '呼び込'],
  // Adjectives of nationality: 「インドのタミルナドゥ州」 for "which Indian state".
  indian: ['インド'],
  korean: ['韓国'],
  swedish: ['スウェーデン'],
  italian: ['イタリア'],
  french: ['フランス'],
  swiss: ['スイス'],
  dutch: ['オランダ'],
  scottish: ['スコットランド'],
  taiwanese: ['台湾'],
  russian: ['ロシア'],
  finnish: ['フィンランド'],
  danish: ['デンマーク'],
  canadian: ['カナダ'],
  australian: ['オーストラリア'],
  vietnamese: ['ベトナム'],
  thai: ['タイ'],
  spanish: ['スペイン'],
  'public funding': ['補助金', '公的資金', '助成'],
  subsidies: ['補助金', '助成'],
  // "How much funding did it get": 「40百万ユーロの補助金」 as often as 資金 or 助成.
  funding: ['資金', '助成', '補助金'],
  funded: ['資金', '助成', '補助金', '出資'],
  contribute: ['拠出', '出資'],
  contributed: ['拠出', '出資'],
  deal: ['商談', '取引'],
  found: ['設立', '創業'],
  founded: ['設立', '創業'],
  establish: ['設立', '創設'],
  established: ['設立', '創設'],
  launch: ['開始', '発足', '立ち上げ'],
  launched: ['開始', '発足', '立ち上げ'],
  // 「プログラムに選定」「事業に採択」: a programme picks its members; EDICT gives only 選ぶ.
  select: ['選定', '選ぶ', '採択'],
  selected: ['選定', '選ぶ', '採択'],
  // EDICT lists the verb under 投資する's gloss "to invest", which the corpus filter drops.
  invest: ['投資', '出資'],
  invested: ['投資', '出資'],
  investing: ['投資', '出資'],
  'put up the money': ['出資'],
  dissolve: ['解散'],
  dissolved: ['解散'],
  member: ['会員', 'メンバー', '参加'],
  members: ['会員', 'メンバー', '参加'],
  response: ['回答', '反応'],
  workforce: ['従業員', '人材'],
  visitor: ['来場者', '来訪者'],
  exhibitor: ['出展企業', '出展者'],
  'trade show': ['見本市', '展示会'],
  expo: ['博覧会', '展示会'],
  // Phrasal verbs and fixed phrases: read word by word they give アウト, 込む, フィジカル.
  'carried out': ['実施'],
  'carry out': ['実施'],
  'take part': ['参加'],
  'taking part': ['参加'],
  'took part': ['参加'],
  // EDICT's "taking part in" (関与) would win as the longer match.
  'take part in': ['参加'],
  'taking part in': ['参加'],
  'took part in': ['参加'],
  'fiscal year': ['年度'],
  'fiscal years': ['年度'],
  fiscal: ['財政', '年度'],
  automotive: ['自動車'],
  // "when did the programme run", "who runs it": a programme is 実施 and 運営 (EDICT: 運転, 営む).
  // "pharmaceutical production value": the reports' 医薬品生産金額, 医薬品製造額 (EDICT: 製剤 only).
  pharmaceutical: ['医薬品', '医薬', '薬'],
  'pharmaceutical production': ['医薬品生産', '医薬品製造', '製剤'],
  'production value': ['生産額', '製造額', '生産金額'],
  output: ['生産', '生産額', '出荷額', '産量'],
  // EDICT glosses 拡大 as "expansion" only, and 医療 not as "medical".
  expand: ['拡大', '拡充', '増やす'],
  expanded: ['拡大', '拡充'],
  expands: ['拡大', '拡充'],
  medical: ['医療', '医薬', 'メディカル'],
  biomedical: ['医療', 'バイオ', '医薬'],
  // Words of staff questions EDICT lacks or glosses only by a loanword the reports do not use.
  healthcare: ['医療', 'ヘルスケア'],
  'health care': ['医療', 'ヘルスケア'],
  offshore: ['洋上', 'オフショア'],
  'offshore wind': ['洋上風力'],
  agricultural: ['農業'],
  fishery: ['水産', '漁業'],
  fisheries: ['水産', '漁業'],
  roadmap: ['ロードマップ'],
  kpi: ['KPI'],
  kpis: ['KPI'],
  tomatoes: ['トマト'],
  run: ['実施', '運営'],
  ran: ['実施', '運営'],
  runs: ['実施', '運営'],
  // Words of staff questions EDICT ranks by another sense first (industrial → インダストリアル,
  // results → 業績, type → 代表, size → 面積, money → マネー, share → 株式).
  paper: ['報告', 'レポート', '論文'],
  industrial: ['産業', '工業'],
  results: ['成果', '結果'],
  type: ['類型', 'タイプ', '種類'],
  types: ['類型', 'タイプ', '種類'],
  size: ['規模', '人数', '面積'],
  money: ['資金', '予算', 'お金'],
  share: ['シェア', '割合', '株式'],
  obstacle: ['障害', '課題', '障壁'],
  obstacles: ['障害', '課題', '障壁'],
  hurdle: ['障害', '課題', 'ハードル'],
  hurdles: ['障害', '課題', 'ハードル'],
  barrier: ['障壁', '障害', '課題'],
  barriers: ['障壁', '障害', '課題'],
  challenges: ['課題', '挑戦'],
  pick: ['選定', '選ぶ', '採択'],
  'most common': ['最も多い', '最大'],
  'success story': ['成功事例', '成功'],
  'put in': ['出資', '拠出', '投入'],
  'put into': ['出資', '拠出', '投入'],
  'set up': ['設立', '設置', '開設'],
  // "researchers move to companies each year": people move as 異動, plants and offices as 移転.
  move: ['移る', '異動', '移転'],
  'each year': ['毎年', '年間'],
  // Places of the reports whose names kuromoji reads otherwise (北上 as ホクジョウ, 周南 as シュウナン
  // only in other words), so that no romanized reading finds them.
  kitakami: ['北上'],
  shunan: ['周南'],
};
for (const [en, jas] of Object.entries(SUPPLEMENT)) {
  jas.forEach((ja, rank) => {
    add(en, ja, 2000 - rank);
  });
}

// 2b. Words whose EDICT senses staff never mean (report → 届け, number → 員数, bureau → タンス,
// institute → 学院, china → 韓国): these translations replace EDICT's entirely.
const REPLACE = {
  report: ['報告', '報告書', 'レポート'],
  reports: ['報告', '報告書', 'レポート'],
  number: ['数', '件数', '人数'],
  numbers: ['数', '件数', '人数'],
  bureau: ['局', '経済産業局'],
  institute: ['機関', '研究所', '研究機関'],
  institutes: ['機関', '研究所', '研究機関'],
  institutions: ['機関', '研究機関', '施設'],
  china: ['中国'],
  compare: ['比較', '比べ'],
  // EDICT's 対する, 及ぶ ("to compare with" as "to match") are no comparison a report makes.
  'compare with': ['比較', '比べ'],
  people: ['人', '人材', '人々'],
  phone: ['電話'],
  address: ['所在地', '住所', 'アドレス'],
  office: ['事務所', 'オフィス', '事業所', '拠点'],
  offices: ['事務所', 'オフィス', '事業所', '拠点'],
  head: ['所長', '代表', '首長', 'トップ'],
  running: ['実施', '運営', '稼働'],
  receive: ['受ける', '獲得', '受領'],
  employ: ['雇用', '従業員'],
  grow: ['成長', '増加', '拡大'],
  sale: ['販売', '売り'],
  amount: ['金額', '額', '数量'],
  rate: ['率', '割合', 'レート'],
  estimate: ['推計', '試算', '見込み'],
  produce: ['生産', '製造', '生み出す'],
  producing: ['生産', '製造', '生み出す'],
  joint: ['共同'],
  council: ['協議会', '会議', '審議会'],
  large: ['大型', '大規模', '大きい'],
  facility: ['施設', '拠点', '機能'],
  help: ['支援', '補助', '応援'],
  spend: ['支出', '費用', '投じ'],
  site: ['拠点', '用地', 'サイト'],
  sites: ['拠点', '用地', 'サイト'],
  centre: ['センター', '中心'],
  centres: ['センター', '中心'],
  center: ['センター', '中心'],
  centers: ['センター', '中心'],
  body: ['機関', '組織', '団体'],
  own: ['独自', '自前', '自ら'],
  // "SME owners": who runs a company, not マスター.
  owner: ['経営者', 'オーナー', '所有者'],
  owners: ['経営者', 'オーナー', '所有者'],
  // Reports write ヒアリング for interviews, 要因 for factors, 停滞 for stalling (EDICT: 会談, 係数, 売店).
  interview: ['ヒアリング', 'インタビュー', '聞き取り'],
  interviews: ['ヒアリング', 'インタビュー', '聞き取り'],
  factor: ['要因', '要素'],
  factors: ['要因', '要素'],
  stall: ['停滞', '行き詰ま', '頓挫'],
  stalled: ['停滞', '行き詰ま', '頓挫'],
  stalling: ['停滞', '行き詰ま', '頓挫'],
  reasons: ['理由', '要因', '事情'],
  // EDICT's first senses where the reports mean another (locate → 見つける, material → 具体,
  // person → 法人, seven → チー, paper → パー, talks → 会商, group → 組み).
  locate: ['立地', '所在', '拠点'],
  located: ['立地', '所在', '拠点'],
  appoint: ['就任', '任命', '選任'],
  appointed: ['就任', '任命', '選任'],
  invite: ['招へい', '招聘', '招く', '招待'],
  invited: ['招へい', '招聘', '招く', '招待'],
  material: ['材料', '素材', '資料'],
  materials: ['素材', '材料', '資料'],
  person: ['人物', '担当者', '人'],
  seven: ['7', '七', '7つ'],
  paper: ['報告', 'レポート', '論文'],
  talks: ['協議', '商談', '会談'],
  economic: ['経済', '経済的'],
  group: ['グループ', '団体', '集団'],
  team: ['チーム', '体制'],
  rental: ['賃貸', 'レンタル'],
  corporate: ['企業', 'コーポレート'],
  resilient: ['強靱', '強靭', 'レジリエンス'],
  precision: ['精密', '精度'],
  breast: ['乳'],
  'breast cancer': ['乳がん', '乳癌'],
  travel: ['渡航', '旅費', '移動'],
  // What a report proposes is its 提言 or 提案 (EDICT: 勧める).
  suggest: ['提言', '提案', '提示'],
  propose: ['提言', '提案'],
  recommend: ['提言', '推奨', '勧める'],
  'go after': ['ターゲット', '狙う', '誘致'],
  place: ['場所', '位置', '拠点'],
  // EDICT's transliterations where the reports write the Japanese word (「聞いたことがない」「4つ」「がん」).
  hear: ['聞く'],
  heard: ['聞く'],
  four: ['4', '四', '4つ'],
  cancer: ['がん', 'ガン', '癌'],
  mass: ['量産', '大量'],
  share: ['シェア', '割合', '比率'],
  formed: ['形成', '設立', '結成'],
  // People are trained (育成, 研修), not trains (電車); a body's head is its 所長 or 会長, a chair its
  // 議長 or 座長 (EDICT: イス); a sponsoring company is a 協賛企業; revenue is mostly 売上.
  train: ['育成', '研修', '育てる'],
  trained: ['育成', '研修', '育てる'],
  director: ['所長', '理事長', 'ディレクター', '理事', 'センター長'],
  chair: ['議長', '会長', '座長', '委員長'],
  sponsor: ['協賛', 'スポンサー', '出資'],
  sponsoring: ['協賛', 'スポンサー', '出資'],
  revenue: ['売上', '収入', '収益', '税収'],
  // "usable responses": a survey's 有効回答 (EDICT has 利用可能 only).
  usable: ['有効', '利用可能'],
};
for (const [en, jas] of Object.entries(REPLACE)) {
  entries.delete(en);
  jas.forEach((ja, rank) => add(en, ja, 3000 - rank));
}
const replaced = new Set(Object.keys(REPLACE));

// 3. EDICT restricted to the corpus.
/** EDICT's katakana headwords the corpus has (リスト, グラム): common words, which no name of ENAMDICT's should read. */
const edictKatakana = new Set();
const edict = new TextDecoder('euc-jp').decode(readFileSync(edictFile));
for (const line of edict.split('\n')) {
  const m = /^(\S+)(?: \[[^\]]*\])? \/(.*)\/$/.exec(line);
  if (!m) continue;
  const common = m[2].includes('(P)');
  // Loanwords are often listed under their kanji spelling with the katakana as the reading (独逸 [ドイツ]).
  const reading = /\[([\p{Script=Katakana}ー・;]+)\]/u.exec(line)?.[1] ?? '';
  const headwords = [...m[1].split(';'), ...reading.split(';')]
    .map((word) => word.replace(/\(.*?\)/g, '').normalize('NFKC'))
    .filter((word) => word.length >= 2 && !/^[\p{Script=Hiragana}ー]+$/u.test(word) && countOf(word) > 0);
  if (headwords.length === 0) continue;
  for (const word of headwords) if (/^[\p{Script=Katakana}ー・]+$/u.test(word)) edictKatakana.add(word);
  const glosses = m[2]
    .split('/')
    .filter((gloss) => gloss && !/^EntL/.test(gloss) && gloss !== '(P)')
    .map((gloss) =>
      gloss
        .replace(/\([^)]*\)|\{[^}]*\}/g, ' ')
        .replace(/^\s*(to|a|an|the) /i, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((gloss) => gloss && gloss.split(' ').length <= MAX_GLOSS_WORDS && /^[A-Za-z][A-Za-z0-9 '-]*$/.test(gloss));
  glosses.forEach((gloss, rank) => {
    if (replaced.has(gloss.toLowerCase())) return;
    for (const ja of headwords) {
      // Earlier senses, common words, longer and more frequent corpus words rank first.
      const score = (common ? 50 : 0) + Math.min(40, countOf(ja)) + ja.length - rank * 5;
      add(gloss, ja, score);
    }
  });
}

// 4. Foreign names from ENAMDICT, restricted to the corpus.
const names = new Map();
if (!existsSync(enamdictFile)) {
  console.warn(`${enamdictFile} not found (apt-get install -y enamdict): the lexicon is written without foreign names`);
} else {
  const tokenizer = await getTokenizer();
  // The corpus's katakana words, whole (ハル of 「ハル港」, not of 「ハルビン」), and the parts of ・ compounds.
  const katakanaWords = new Set();
  for (const [run] of corpusText.matchAll(/[ァ-ヺー]+(?:・[ァ-ヺー]+)*/g)) {
    katakanaWords.add(run);
    for (const part of run.split('・')) katakanaWords.add(part);
  }
  // ENAMDICT's surname モーター is kuromoji's common noun: a gloss "Morter" would read every motor.
  const commonNoun = (word) => {
    const tokens = tokenizer.tokens(word);
    return (
      tokens.length === 1 &&
      tokens[0].word_type === 'KNOWN' &&
      tokens[0].pos === '名詞' &&
      tokens[0].pos_detail_1 !== '固有名詞'
    );
  };
  const enamdict = new TextDecoder('euc-jp').decode(readFileSync(enamdictFile));
  for (const line of enamdict.split('\n')) {
    const m = /^(\S+)(?: \[([^\]]*)\])? \/(.*)\/$/.exec(line);
    if (!m) continue;
    const head = m[1].normalize('NFKC');
    const katakana = /^[\p{Script=Katakana}ー・]{2,}$/u.test(head);
    if (
      katakana
        ? !katakanaWords.has(head) || commonNoun(head) || edictKatakana.has(head)
        : !/^\p{Script=Han}{2,}$/u.test(head) || countOf(head) === 0
    )
      continue;
    // A kanji name is a foreign place's only when ENAMDICT reads it in katakana or says where it is
    // (大連 [ターリエン] "Dalian (China)"); Japanese kanji names are found by their reading at run time.
    const foreignKanji = /^[\p{Script=Katakana}ー]+$/u.test(m[2] ?? '');
    // Each gloss after a type tag is of that type: 「ハル /(f) Haru/Hal/(p) Hull (Canada)/」.
    let types = [];
    for (let gloss of m[3].split('/')) {
      const tag = /^\(([a-z,]+)\)\s*/.exec(gloss);
      if (tag) {
        types = tag[1].split(',');
        gloss = gloss.slice(tag[0].length);
      }
      // Places, companies, organisations, products, stations, the unclassified and surnames; not given
      // names (Rain, Hal), which a capitalised English word seldom means.
      if (!types.some((type) => NAME_TYPES.has(type))) continue;
      if (!katakana && !(types.includes('p') && (foreignKanji || FOREIGN_COUNTRY.test(gloss)))) continue;
      const name = gloss.replace(/\([^)]*\)/g, '').trim();
      if (!/^[A-Z][A-Za-z .'-]*$/.test(name) || name.split(' ').length > MAX_GLOSS_WORDS) continue;
      const key = name.toLowerCase();
      // Short keys (Ham, Del) and words EDICT already translates are no names to read by, nor a
      // phrase opening with one ("Silicon Valley", "Green Bay"): its words are translated as words.
      if (
        key.replace(/[^a-z]/g, '').length < MIN_NAME_LETTERS ||
        entries.has(key) ||
        entries.has(key.split(/[\s-]/)[0])
      )
        continue;
      const list = names.get(key) ?? [];
      if (!list.includes(head)) list.push(head);
      names.set(key, list);
    }
  }
}

const sorted = [...entries.keys()].sort();
const json = {};
for (const key of sorted) {
  json[key] = [...entries.get(key)]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_JA)
    .map(([ja]) => ja);
}
const namesJson = Object.fromEntries([...names.keys()].sort().map((key) => [key, names.get(key).slice(0, MAX_JA)]));
const text = `${JSON.stringify(
  {
    note: `Generated by scripts/build-lexicon.mjs from EDICT${names.size > 0 ? ' and ENAMDICT' : ''} (EDRDG, CC BY-SA 4.0) and glosses stated in the corpus. See resources/README.md.`,
    entries: json,
    names: namesJson,
  },
  null,
  0,
)}\n`;
writeFileSync(out, text);
console.log(`${sorted.length} English keys, ${names.size} names, ${(text.length / 1024).toFixed(0)} KB → ${out}`);
