import { foldRomaji, romanize } from './romaji-names.js';

/**
 * What kind of answer a question wants, from its wording: a list ("8つのポイントは？", "what are"),
 * a number ("いくら", "何社", "how many"), a definition ("X とは", "what is"), or a reason/other.
 */
export type QuestionKind = 'list' | 'number' | 'definition' | 'reason' | 'other';

export function questionKind(question: string): QuestionKind {
  const q = question.normalize('NFKC').toLowerCase();
  // 「回答率いくつ」「件数はいくつ」: a figure by its いくつ, not a list.
  // 「回収率いくつ」「法人会員いくつある」: a figure, not a list.
  // 「2020年度の実績っていくつ」「事業所いくつある」: an achieved figure, a count of establishments.
  if (
    /(率|割合|数|額|値|比|量|会員|メンバー|実績|事業所|事務所|工場)(は|って|が)?[、\s]*(今|いま|現在)?[、\s]*いくつ(?!の)/.test(
      q,
    )
  )
    return 'number';
  // "Why does … when its income gets too high": a reason, whatever figure or time it mentions.
  if (WHY_EN.test(q)) return 'reason';
  // 「産業集積ってどんな型に分けて整理してるの」: the types a report sorts things into, a list.
  if (TYPES_ASKED.test(q)) return 'list';
  // 「LL事業の成功要因は？」「成功要因って何」: the factors a report sets out, a list (not why one case went
  // well: 「飯塚市のLLの成功要因は？」 asks the reason of that case).
  if (FACTORS_ASKED.test(q) && !NAMES_LOCAL_CASE.test(q)) return 'list';
  if (
    /(いくつ|何つ|[0-9一二三四五六七八九十]+つ|[0-9]+点|挙げ|列挙|一覧|どんな(もの|こと|取組|取り組み|施策)|ポイント|要素|柱|方向性|箇条書き|順番|順序|の高い順|what are|list|\bwhich (?:[a-z]+ )?[a-z]*[^s\s]s (?:are|were|have|has|had|did|do|does|of|in|on|from|got|get|can|could|should|will|would)\b|pillars|points)/.test(
      q,
    )
  )
    return 'list';
  if (
    /(いくら|何社|何人|何件|何年|何%|何パーセント|どのくらい|どれくらい|どの程度|規模|金額|予算|人数|件数|割合|いつ|how (much|many|large)|when|what year|number of)/.test(
      q,
    ) ||
    GROWN_TO.test(q)
  )
    return 'number';
  // 「作ったきっかけって何」「何が問題だったから」「何が効いてたの」: a cause asked, however casually.
  if (REASON_ASKED.test(q)) return 'reason';
  // 「LL事業って、ざっくり何をする事業だったんですか」: what a programme is, as 「…ってどういう事業」.
  if (
    /(とは|って何|ってなに|ってなんのこと|って[、,\s]*(?:そもそも|一体|いったい)?[、,\s]*どういう(?:意味|こと|もの|考え方|仕組み|概念|組織|団体|機関|制度)|ってどういう|って[^。？?]{0,12}(?:何|なに|なん)をする(?:事業|組織|機関|団体|制度|仕組み|プログラム)(?:な|だった|です)?(?:の|んですか|んだっけ|か)?[？?]?$|の意味|どういう意味|(?:何|なに|なん)て意味|定義|what (is|does) .* (mean|stand for)|what is|what (exactly|actually|really) (is|are)\b|define)/.test(
      q,
    )
  )
    return 'definition';
  // 「なんで狙わないの」: the casual なぜ (not 「なんですか」「なんでしょう」).
  if (/(なぜ|何故|なんで(?!す|しょ)|どうして|理由|要因|背景|why|reason)/.test(q)) return 'reason';
  return 'other';
}

/** 「成功要因は？」「成功のカギって何」: the factors of success (or failure) asked, as a question of their own. */
const FACTORS_ASKED = /(成功|失敗)の?(要因|カギ|鍵|秘訣)(は|って|を|が)?[、\s]*(何|なに|なん|教えて|挙げ|[？?]|$)/;
/** A case named by its place (「飯塚市の」「福島県と」) or as a case (「…の事例」). */
const NAMES_LOCAL_CASE = /\p{Script=Han}(市|県|町|村|区|州)|事例|ケース|\bcase\b/u;

/** 「埋立地ってどこだっけ？地名で知りたい」: a piece of land, or a place's name, asked for (not 「余地」). */
export const PLACE_NAME_ASKED =
  /(?<![余見意])地(は|って|が)?[、\s]*(どこ|何処)(?!まで|から|でも)|地名(で|を|が|は|って)?[、\s]*(知りたい|教えて|わかる|分かる|は|[?？]|$)/;

/** Whether a question asks the types a report sorts things into (see `TYPES_ASKED`). */
export function asksTypes(question: string): boolean {
  return TYPES_ASKED.test(question.normalize('NFKC'));
}

/**
 * 「どんな型に分けてる」「どういうタイプに分類」「類型ってどう整理」「類型、3つに分けてた」, "the three types it sorts
 * the cases into": the types a report sorts into.
 */
const TYPES_ASKED =
  /(型|タイプ|類型|パターン)(に|へ|で|ごとに)?[、\s]*([0-9０-９一二三四五六七八九]+(つ|種類|パターン|タイプ)に[、\s]*)?(分け|分類|類型化|整理|区分)|(分け方|分類|類型)(は|って|が)?[、\s]*(どう|どんな|どういう|何)|\b(types|categories|patterns)\b[^?]{0,60}\b(sorts?|sorted|classif\w*|divides?|divided|groups?|grouped)\b|\b(sorts?|sorted|classif\w*|divides?|divided|groups?|grouped)\b[^?]{0,60}\binto\b[^?]{0,30}\b(types|categories|patterns)\b/i;

/**
 * A cause asked, however casually: 「理由って何」 (not a definition asked by って何), 「きっかけ」「動機」
 * 「何が問題だった(から)」「何が効いてた」「決め手」.
 */
const REASON_ASKED =
  /((理由|要因|原因|背景|わけ)(って|は|が)?[、\s]*(何|なに|なん)|きっかけ|決め手|動機|\bmotivat(ed|ion|es)\b|\bmotives?\b|何が(問題|課題|足りな|不足|効い|背景|よかった|良かった)|(だった|した|なった|てた|てる)から[？?]?$)/;

/** The term a definition question asks about (「ミッシング・ミドルって言葉…どういう意味」, "what is a 'Catapult Centre'"). */
export function definedTerm(question: string): string | undefined {
  const q = question.normalize('NFKC').trim();
  return askedTermJa(q) ?? askedTermEn(q);
}

/**
 * 「RESASってそもそも何のツール？」「ミッシング・ミドルって言葉…どういう意味？」: the term a definition
 * question asks about, as a report glosses it — in brackets after its gloss (「…システム（RESAS）」) or
 * with its gloss after it (「ミッシング・ミドル (政府や大学による…)」「RESAS＝…」). Undefined otherwise.
 */
export function definitionGloss(question: string): RegExp | undefined {
  const term = definedTerm(question);
  if (!term) return undefined;
  // 「カタパルトセンター」 is the reports' 「カタパルト・センター」: a middle dot may part katakana words.
  const escaped = term
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/(?<=[\p{Script=Katakana}ー])(?=[\p{Script=Katakana}ー])/gu, '[・･]?');
  // The term in brackets after its gloss, its gloss after it, 「X とは」, or the term coined in quotes
  // (「…を組み合わせた「研究起点FDI」として」).
  return new RegExp(`[（(]\\s*${escaped}\\s*[）)＝=、,]|${escaped}\\s*[（(＝=]|${escaped}とは|「${escaped}」`, 'u');
}

function askedTermJa(q: string): string | undefined {
  const asked = DEFINITION_ASKED.exec(q);
  if (!asked) return undefined;
  const before = q.slice(0, asked.index);
  // A bracketed term (「島根のレポに出てくる「RACI」ってなに？」), else the words before 「って」「とは」
  // after the last particle or mark (「島根のHVMって」 → HVM).
  const term = (/[「『"]([^「」『』"]{2,30})[」』"]$/.exec(before) ??
    /([^\s、。「」『』"にのでを]{2,30})$/u.exec(before))?.[1];
  // 「資料に出てくるRACI」: a verb before the term is not part of it.
  return term?.replace(
    /^\p{Script=Hiragana}*\p{Script=Han}?\p{Script=Hiragana}*(?:てくる|ている|てる|する|した|される|された|れる|った|る)(?=[^\p{Script=Hiragana}])/u,
    '',
  );
}

/**
 * "What exactly is a 'Catapult Centre'?", "what is RESAS", "What does NNMI stand for?": the quoted term
 * or the acronym asked, ending the clause ("what is the RIT programme's budget" asks no definition),
 * which the reports gloss in its English form (「カタパルト・センター（Catapult Centre）」).
 */
function askedTermEn(q: string): string | undefined {
  const asked = EN_DEFINITION_ASKED.exec(q);
  return asked ? (asked[1] ?? asked[2]) : undefined;
}
const EN_DEFINITION_ASKED =
  /\b[Ww]hat(?:\s+exactly)?(?:'s|\s+is|\s+are|\s+does)\s+(?:exactly\s+|actually\s+)?(?:an?\s+|the\s+)?(?:['"‘“]([A-Za-z][^'"‘’“”?]{1,40})['"’”]|([A-Z][A-Z0-9&-]{1,10})\b)(?=\s*(?:[?,.]|$|(?:and|in|as|according|mean|stand|exactly)\b))/;
/**
 * 「とは」, or 「って」 and a question asking what it means, within the sentence (「LL事業って、ざっくり何を
 * する事業だったんですか」 too: what a programme is for). 「とは」 compared
 * (「インダストリー4.0とは狙ってる範囲がどう違うの」) asks no definition.
 */
const DEFINITION_ASKED =
  /(?:とは(?![^。？?]{0,20}?(?:違|異な|比べ|比較|差))|って(?=[^。？?]{0,30}?(?:何の(?:ツール|組織|制度|仕組み|システム|こと|略)|なんの(?:ツール|こと|略)|どういう(?:意味|こと|もの|組織|機関|団体|制度|仕組み|事業|ツール|プログラム)|(?:何|なに|なん)をする(?:事業|組織|機関|団体|制度|仕組み|プログラム)(?:な|だった|です)?(?:の|んですか|んだっけ|か)?[？?]?$|(?:何|なに|なん)(?:なの|ですか|だっけ|のこと)?[？?]?$)))/;

/** The kind of figure a question asks for, and what a number of that kind looks like in a report. */
/**
 * An English question, though it may quote a Japanese name in brackets ("…Association (島根県鐵工会)
 * founded?"): no Japanese outside them (「NRW.Global Businessって何年に…」 is Japanese).
 */
function writtenInLatin(question: string): boolean {
  const outside = question.replace(/[(（「『【][^)）」』】]*[)）」』】]/g, '');
  return !/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(outside);
}

export interface AskedFigure {
  /** Counter or unit, for the abstention reason: 件, 社, 人, 円, %. */
  unit: string;
  pattern: RegExp;
  /** The question's word for it (職員数, 予算, budget), when `namedFigure` read it. */
  word?: string;
}

const NUMBER = '[0-9０-９][0-9０-９,，.．]*\\s*';
/** A head count: 「11名」「1万人」. */
const HEAD_COUNT = `${NUMBER}(千|万|億)?\\s*(人|名)`;
const FIGURES: { asks: RegExp; figure: AskedFigure }[] = [
  {
    asks: /(何件|件数|how many (cases|projects|proposals))/,
    // 「46の業界横断的な応用研究プロジェクト」: projects are counted by their own noun too.
    figure: { unit: '件', pattern: new RegExp(`${NUMBER}(件|プロジェクト)|${NUMBER}の[^\\s、。]{0,14}プロジェクト`) },
  },
  {
    // "how many spin-off companies", "the number of tenant companies": a word or two may say which.
    asks: /(何社(?!会)|社数|(企業|会社|法人)の?数|何法人|事業所の?数(?![^、。？?]{0,12}(割合|比率|占め|当たり|あたり))|how many ([a-z-]+ ){0,2}(companies|firms)\b|number of ([a-z-]+ ){0,2}(companies|firms|businesses)\b)/,
    figure: { unit: '社', pattern: new RegExp(`${NUMBER}(社|事業所)`) },
  },
  {
    // 「人口ってどのくらい」, "what's the city's population": a head count too.
    asks: /(何人|何名|(?<!法)人数|(人|参加者|来場者)の数|(職員|社員|従業員|スタッフ)の?数|(職員|社員|従業員|スタッフ)(が|の)?(一番|いちばん|最も|もっとも)?(多|少)|(来場|参加|利用|来訪|入場|受講|訪問|従業|就業|研修)者数|人口(?=(は|って|が)?[、\s]*(今|現在)?[、\s]*(何|どれ|どの|いくら|[？?]|$))|how many (people|staff|researchers|employees|visitors)|\bwhat(?: i|')s [^?]{0,40}\bpopulation\b|\bpopulation of\b)/,
    // 「コンゴ王国に到来したのは何人ですか」 may ask which people: 「ポルトガル人」 (katakana, then 人 alone).
    figure: { unit: '人', pattern: new RegExp(`${HEAD_COUNT}|[ァ-ヴー]{2,}人(?![一-龥])`) },
  },
  {
    // "How many member organisations": bodies, counted by their own nouns (「142機関」「23社が参画」「376の
    // 法人会員」), not a sum of money or a year in the same row. (「何機関」 is a count with its counter.)
    // 「会員いくつくらいいるの」「メンバーってどのくらい」: the same, asked in Japanese without a counter.
    asks: /(how many ([a-z-]+ ){0,2}(organi[sz]ations|institutions|members|partners|participants)\b|number of ([a-z-]+ ){0,2}(organi[sz]ations|institutions|members|partners|participants)\b|(会員|メンバー)(数)?(は|って|が)?[、\s]*(今|いま|現在)?[、\s]*(いくつ|どの(くらい|ぐらい)|どれ(くらい|ぐらい|だけ)))/,
    figure: {
      unit: '機関',
      pattern: new RegExp(
        `${NUMBER}(千|万)?\\s*(機関|団体|社|大学|校|会員|組織|者|名|人)|${NUMBER}の[^\\s、。]{0,8}(機関|団体|企業|組織|会員|大学|メンバー)`,
      ),
    },
  },
  {
    // 「補助率って」: a rate of subsidy, written as a share (「2/3」「3分の1」 too); 「採択率どのくらい」「投資
    // リターン（利回り）ってどれくらい」 (a yield, in percent), 「その割合どのくらい」「認知度ってどのくらい」, "what was
    // the response rate": any rate asked how high (not "why … a vacancy rate of 40%").
    asks: /(何%|何パーセント|何割|補助率|助成率|(\p{Script=Han}率|利回り|リターン|割合|比率|(認知|満足|普及|浸透|知名)度)([（(][^（()）]{1,12}[)）])?(は|って|が)?[、\s]*(どの|どれ)(くらい|ぐらい|程度|ほど)|what percentage|what share|\bpercent(age)?\b|\bwhat(?:'s| is| was| were)? (?:the )?([a-z-]+ ){0,3}(response|adoption|acceptance|approval|success|occupancy|vacancy|retention|participation|settlement) rates?\b)/u,
    figure: {
      unit: '%',
      pattern: new RegExp(
        `${NUMBER}(%|％|割)|[0-9０-９一二三四五六七八九十]\\s*分の\\s*[0-9０-９一二三四五六七八九]|(?<![0-9０-９./])[1-9]\\s*[/／]\\s*[1-9](?![0-9０-９./])`,
      ),
    },
  },
  {
    // 「研究費どのくらい使ってる」「整備費って何億円」: a cost named by its own word (研究費, 整備費) too;
    // 「製造品出荷額って、2020年だとどれくらい」「出荷額、2020年の数字ってある？」 a value of shipments or
    // sales, 「経済効果ってどのくらい」 of an economic effect (not how much it changed:
    // 「出荷額って、全国と愛媛でどのくらい差がついた」 is answered in percent);
    // "how much revenue", "the most revenue", "total spending", "the total amount of subsidies", "what
    // is the GDP of" ask for money as well.
    // 「感染者はいくらか」「割合はいくらか」「GDPのいくら占めている」 ask a count or a share, not money.
    asks: /((?<!(?:割合|比率|率|者|人口|人数|数)(?:は|が|って)?)いくら(?!でも|を?占め)|予算(?!委員)|金額|[一-龥]費(は|って|が)?[、\s]*(年間|毎年|全部で|合計で|だいたい|ざっくり)?[、\s]*(どれ|どの|どっち|どちら|何[億万千百]*円)|投資額|出資額|(?:(?:出荷|販売|生産|輸出|輸入)額|経済(?:波及)?効果)(?=(?:は|って|が)?[、\s]*(?:[^、。？?]{0,12}(?:だと|では|で|の時点で?)[、\s]*)?(?:いくら|(?:どれ|どの)(?:くらい|ぐらい|程度)?(?![^、。？?]{0,4}(?:差|違|伸び|増|減|変わ|上が|下が))|何[兆億万千百]*円)|[、\s]*(?:[^、。？?]{0,12}の)?(?:数字|数値|データ)(?:って|は|が)?[、\s]*(?:(?:どこか|どっか)(?:に|で)?[、\s]*)?(?:ある|あり|わかる|分かる|出て|載って))|(価格|値段|単価|コスト|賃料|家賃)(?=(は|って|が)?[、\s]*(いくら|どれ|どの|何[億万千百]*円))|\bwhat(?:'s| is| was| are| were) the ([a-z-]+ ){0,2}(price|cost)s?\b|費用(?![はがっての]{0,2}[、\s]*(どう|どんな|何が|なにが|違))|(初任給|給与|給料|年収|年商|売上高)(?=(は|って|が)?[、\s]*(いくら|どれ|どの|何|[？?]|$))|\b(annual|yearly) (sales|revenue|turnover)\b|\b(total |annual |yearly )?income\b|\bwhat (are|is|were|was) [^?]{0,40}\b(sales|revenue|turnover)( figures?)?\s*\?|\bsalar(y|ies)\b|how much\b(?! of\b)[^?]{0,120}\b(money|funding|subsid|spen[dt]|invest|cost|put in(to)?\b|pa(y|id)|sold|sell|earn)|budget|amount (in|of) (yen|money|funding)|(?<!\b(?:rank|ranking|ranked|place|position|share)\b[^?]{0,40})(\b(shipments?|output|production|exports?|imports?|sales|trade) value\b|\bvalue of (shipments?|output|production|exports?|imports?|sales)\b)|\b(yen|euro|dollar|pound)s? (amount|figure|sum)\b|\bmaximum (amount|sum)\b|\bin yen\b|\bmarket size\b|市場規模(?=(は|って|が)?[、\s]*(将来的?に?|今後|いずれ|現在|今)?[、\s]*(いくら|どれ|どの|何|[？?]|$))|市場(は|って|が)?[、\s]*(将来的?に?|今後|いずれ)?[、\s]*(どの|どれ)(くらい|ぐらい)の規模|how many\b[^?]{0,40}\b(yen|dollars|euros|pounds)\b|how much (in )?(revenue|sales|income|profits?|turnover)\b|\b(most|largest|highest|biggest|greatest) (annual |yearly |total )?(revenue|income|sales|turnover|profits?)\b|\b(total|overall|annual|yearly) (amount of )?(subsid(y|ies)|grants?|funding|spending|expenditures?|investment)\b|\bamount of (subsid(y|ies)|grants?|funding|spending|aid)\b|\bwhat(?:'s| is| was) (?:the )?gdp\b(?! (growth|ratio|per|share))|\bgdp of\b|(総生産|gdp)(は|って|が)?[、\s]*(いくら|どれ|どの|何[億万千百兆]*円))/,
    // 「百万ポンドずつ出資」: an amount may be written in kanji numerals; 「€2.1億のR&D投資」 with the sign first.
    figure: {
      unit: '円',
      pattern: new RegExp(
        `(${NUMBER}|[一二三四五六七八九十百千]+)(兆|億|万|千|百万)?\\s*(円|ドル|ユーロ|ポンド|元)|[€$£＄￡]\\s*[0-9０-９]`,
      ),
    },
  },
];

/**
 * People named by a nationality, then counted: 「イタリア人デザイナーって何人」「…って結局何人呼んだの」 (not
 * 「…であった何人が混血」).
 */
const NATIONALITY = /[ァ-ヴー]{2,}人(?![一-龥])[^、。？?]{0,12}(って|は|を)[、\s]*([^、。？?\s]{1,6}[、\s]*)?何人/;

/** 「会員って何社」「会員は全部で何社」: the members are what is counted (not 「会員のうち、メーカーは何社」). */
const MEMBERS_COUNTED =
  /(会員|メンバー)(は|って|が|の数は?)?[、\s]*((今|いま|現在|全部で|合計で|だいたい|およそ|約)[、\s]*){0,2}$/;

/** An English question opening with "why" (lower-cased). */
const WHY_EN = /^\s*why\b/;

/** "How many member companies": the members are what is counted, in English. */
const MEMBER_COMPANIES_EN = /\bmember (companies|firms)\b/;

/** What a count of companies may count, written after の (「376の法人会員」). */
const COMPANY_NOUNS = ['法人会員', '会員企業', '企業', '会社', '法人', '事業者', 'メーカー'];

/**
 * 「何件」「予算は？」: a question that asks for a count or an amount is answered only by a figure
 * of that kind; a passage on the topic without one does not answer it.
 */
export function askedFigure(question: string): AskedFigure | undefined {
  return figureNamed(question, true);
}

/**
 * The kind of figure a question names, whatever it asks of it: 「職員数が一番多いのってどこ」 asks for a
 * place, compared by a count of people.
 */
export function namedFigure(question: string): AskedFigure | undefined {
  return figureNamed(question, false);
}

function figureNamed(question: string, asked: boolean): AskedFigure | undefined {
  const q = question.normalize('NFKC').toLowerCase();
  // An English question names what it counts in English: 「174の企業・機関」 counts the companies it asks about.
  const latin = writtenInLatin(q);
  // 「…193社であり、何番目の企業数か」 asks for a rank (何番, 何位: a count of its own).
  if (asked && /何番|何位|\b(rank|ranks|ranked|ranking)\b/.test(q)) return undefined;
  // "What happens to the public subsidy if industry income reaches 55%?" asks what follows, not an amount.
  if (asked && /\bwhat (happens|happened|would happen|will happen)\b/.test(q)) return undefined;
  // "Why does … cut its subsidy when its income gets too high?" asks a reason, not an amount.
  if (asked && WHY_EN.test(q)) return undefined;
  for (const { asks, figure: stated } of FIGURES) {
    const match = asks.exec(q);
    if (!match) continue;
    // 「法人会員何社」 answered by 「376の法人会員からなり」: a count written with の before the very
    // noun the question counts (not 「376の法人会員」 for 「会員のうち、自動車メーカーって何社」).
    const counted =
      stated.unit === '社' ? (latin ? ['企業', '会社'] : COMPANY_NOUNS.filter((noun) => q.includes(noun))) : [];
    // 「会員って何社」, "how many member companies": members counted, of whatever kind the report says
    // (「376の法人会員」).
    const members =
      stated.unit === '社' && (MEMBERS_COUNTED.test(q.slice(0, match.index)) || MEMBER_COMPANIES_EN.test(match[0]));
    const alternatives = [
      ...(counted.length ? [`${NUMBER}の(${counted.join('|')})`] : []),
      ...(members ? [`${NUMBER}の[^\\s、。の]{0,4}会員`] : []),
    ];
    // 「イタリア人デザイナーって何人呼んだ」: people the question names by nationality are what is counted,
    // not an answer (「イタリア人デザイナーを招聘」 gives no count).
    const base = stated.unit === '人' && NATIONALITY.test(q) ? { ...stated, pattern: new RegExp(HEAD_COUNT) } : stated;
    const figure = alternatives.length
      ? { ...base, pattern: new RegExp([base.pattern.source, ...alternatives].join('|')) }
      : base;
    // 「出版の費用を肩代わりしたのは何年のことか」「予算はいつまでついてたんだっけ」 ask when, not how
    // much: a question word that ends the question after the figure word decides.
    const after = q.slice(match.index + match[0].length);
    if (asked) return OTHER_QUESTION_WORD.test(after) || durationNotAmount(q) ? undefined : figure;
    return { ...figure, word: match[0] };
  }
  return undefined;
}

/**
 * "For how many years did the city keep funding it from its own budget", 「予算って何年間ついた」: how
 * long, not how much (unless an amount is asked as well: 「何年間でいくら」).
 */
function durationNotAmount(question: string): boolean {
  return asksDuration(question) && !/(いくら|何[億万千百]*円|金額|総額|\bhow much\b|\bamount\b)/.test(question);
}

/**
 * 「いつ」 as a question word: not the letters of 「どのくらいついてたの」 (くらい + ついて), which ask an amount.
 * A regex source, shared by every pattern that reads when.
 */
const ITSU = '(?<!ら)いつ';
/** A question asking when (its answer is a date): 「いつ」「何月」「年代」「時期」. */
const DATE_ASKED = new RegExp(`(${ITSU}|何月|年代|時期)`);

/** Question words that ask for something other than a count or an amount (not 「どこかに載ってる」: whether). */
const OTHER_QUESTION_WORD = new RegExp(
  `((${ITSU}|何年|誰|だれ|どこ(?!まで|か)|何と|なぜ|どうして|どうなる)[^、。？?]{0,12}|(何が|何を|どんな)[^、。？?]{0,12})[？?]?$`,
);

/**
 * What a Japanese count or amount question counts, when it says so as the topic of its clause:
 * 「海外からの出展企業は何社」 → 「海外からの出展企業」, 「応募は何件」 → 「応募」. A figure for the exhibitors
 * of all countries, or for the proposals adopted, does not answer it. The subject of another verb
 * (「北海道庁が何品目認定」) is not what is counted, and is left alone.
 */
export function countedTopic(question: string): { topic: string; counter: string } | undefined {
  const q = question.normalize('NFKC');
  const counter = COUNTERS.exec(q);
  const figure = counter ? undefined : FIGURES.find(({ asks }) => asks.test(q));
  const ask = counter ?? figure?.asks.exec(q);
  if (!ask) return undefined;
  // 「IIC（インダストリアル・インターネット・コンソーシアム）に参加してる日本企業」: a name's gloss in
  // brackets is not what is counted.
  const before = q.slice(0, ask.index).replace(/\([^()]*\)/g, '');
  const topic =
    /(?:^|[、,。?？!！\s])([^、,。?？!！\s]{2,30}?)(?:は|って)\s*(?:、)?\s*(?:(?:全部で|合計で|合わせて|だいたい|およそ|約|これまで(?:に)?|(?:今|いま)まで(?:に)?|実際に?|結局|累計で?)[、\s]*){0,2}$/.exec(
      before,
    );
  // 「海外企業とマッチングできた件数ってどのくらい」: the clause before 件数, ending with its verb, says what
  // is counted, as 「…マッチングできたのは何件」 does.
  const clause = !topic && /件数$/.test(ask[0]) ? /([^、,。?？!！\s]{2,40}(?:た|る))$/.exec(before) : null;
  if (clause && !QUESTION_WORD.test(clause[1]!)) return { topic: `${clause[1]!}の`, counter: '件' };
  // 「商談、最終的に何件成約したの」: the deed the count is of, after it (成約, not the 商談 held). Not after a
  // noun, which is what is counted (「商談何件ぐらい成立してる」 counts 商談), nor after the deed's subject
  // (「北海道庁が何品目認定」, left alone as above).
  const deed =
    !topic && counter && !TIME_COUNTER.test(counter[1]!) && !/([\p{Script=Han}\p{Script=Katakana}ー]|が)$/u.test(before)
      ? COUNTED_DEED.exec(q.slice(ask.index + ask[0].length))
      : null;
  if (deed) return { topic: deed[1]!, counter: counter![1]! };
  // 「アンケートって、いつやって何件」: a question word is no topic (the count is of 回答).
  if (!topic || QUESTION_WORD.test(topic[1]!)) return undefined;
  // 「2015年の時点で進出企業は何社」: the year is checked on its own (`yearsAsked`); the topic is what follows it.
  const counted = topic[1]!.replace(TIME_PREFIX, '');
  if (counted.length < 2) return undefined;
  return { topic: counted, counter: counter?.[1] ?? figure!.figure.unit };
}

/** A deed done so many times, after its count: 「何件成約した」「何社採択された」. */
const COUNTED_DEED = /^(?:くらい|ぐらい|ほど)?(\p{Script=Han}{2,4})(?:し|され|でき|に(?:なっ|至っ))/u;

/** Counters of time (何年間支援: 間支援 is no deed). */
const TIME_COUNTER = /^(世紀|時間|[年月日回歳度代])$/;

/** A question word, which names nothing counted. */
const QUESTION_WORD = /(いつ|どこ|何|なに|なん|誰|だれ|どう|なぜ)/;

/** A year or point in time opening a topic: 「2015年の時点で」「令和4年度末の」「当時の」「いままでに」. */
const TIME_PREFIX =
  /^(?:(?:(?:19|20)[0-9]{2}|(?:令和|平成|昭和)[0-9元]{1,2})年度?(?:末|初め|頃|ごろ)?(?:の)?(?:時点|当時)?|当時|現在|(?:これ|いま|今)まで|今)(?:で|に|では|の)?/;

/** Arabic or kanji numerals, as the reports and articles write counts. */
const NUMERAL = '[0-9０-９一二三四五六七八九十百千万億]+';
/** A place in a ranking: 「全国第10位」「世界一」「首位」. */
export const RANK = new RegExp(`${NUMERAL}\\s*位(?!一体)|(世界|日本|全国|国内)一|首位`);

/**
 * Counters a question asks for with 何 (何人, 何年, 何種類, 何PV, 何ha): the answer is a numeral with that counter.
 * 何度も, 何年も, 何人か say "many" or "some", they ask for no count (何年から, 何年かかった do); 何社会 is a society, 何個 is
 * often answered without its counter (「12の州」).
 */
const COUNTERS =
  /何(種類|世紀|時間|品目|拠点|団体|機関|施設|都市|地域|分野|プロジェクト|テーマ|店舗|議席|PV|MW|GW|kW|ha|km|[軒戸棟票]|基(?![一-龥])|[かカヶヵケ箇][国所月]|[人名年月日回歳倍度番位冊枚本件代隻機台頭匹羽点曲作話巻号条部室階校駅]|社(?!会)|者(?=くらい|ぐらい|程度|ほど|[がも]?(?:いる|入|参加|加盟|所属)))(?!も|か(?!ら|か|[。．？?\s]*$))/;

/**
 * 「何回」「何校」: the numeral-with-counter shape a question asks for, however a report writes the
 * counter (何か所 → 10カ所, 何回 → 2度, 何度 → 30℃, 何位 → 世界一); undefined for other questions.
 */
/**
 * "How many…?" of a noun with no counter of its own: a figure that is no year, or a kanji numeral
 * with a counter. Not a share (「シェアは50％」), an era's year (「令和２年」) or a model's number
 * (「N95マスク」「ハイラック350型」), nor a label's number (「例４」「図表5」): none counts anything.
 */
export const HOW_MANY_SHAPE =
  /(?<![0-9０-９.．\-－A-Za-zＡ-Ｚａ-ｚ]|(?:令和|平成|昭和|例|図表|図|表|注|第)\s*)(?!(?:19|20)[0-9]{2}(?![0-9]))[0-9０-９][0-9０-９,，]*(?![0-9０-９.．\-－]|\s*(?:[%％型号割倍]|[A-Za-zＡ-Ｚａ-ｚ]))|[一二三四五六七八九十百千万]+\s*(つ|[かカヶヵケ箇][国所]|[件社人名校機台回年])/;

export function askedCounter(question: string): RegExp | undefined {
  const q = question.normalize('NFKC');
  // "How many labs…?": a figure in digits that is neither a year nor a section number (2-1-1), or a
  // kanji numeral with a counter.
  const counted = HOW_MANY_COUNTED.exec(q);
  if (counted) {
    const noun = counted[1]!.toLowerCase();
    // "How many times did companies come asking": visits and inquiries are counted in 件 too
    // (「投資相談実績0件」); "how many times more expensive" asks a multiple, which no count gives.
    if (
      noun === 'times' &&
      !/^\s+(more|less|as|higher|lower|larger|bigger|greater|cheaper)\b/i.test(
        q.slice(counted.index + counted[0].length),
      )
    )
      return TIMES_COUNTED;
    const shape = COUNTED_NOUNS.find(([nouns]) => nouns.test(noun))?.[1];
    if (shape) return shape;
  }
  if (/\bhow many\b/i.test(q)) return HOW_MANY_SHAPE;
  // "What was Ibaraki's patent count", "what is the number of members": a count, as "how many".
  if (/\b(what|which)(?:'s|’s| is| was| were| are)?\b[^?]{0,50}\b(count|(?<!phone |contact |fax )number of)\b/i.test(q))
    return HOW_MANY_SHAPE;
  // 「どのくらいの企業が登録」「どれくらいの研究者が」: companies or people counted, as "how many companies";
  // not in a question asking two amounts (「どれくらいの企業が集まって経済効果はどのくらい」).
  const countedJa = (q.match(/(?:どの|どれ)(?:くらい|ぐらい|だけ)/g) ?? []).length === 1 && HOW_MANY_COUNTED_JA.exec(q);
  if (countedJa) return countedJa.groups?.companies ? COMPANIES_COUNTED : PEOPLE_COUNTED;
  // "What is Toyama's national ranking in…", "where does Shizuoka rank": a place in a ranking.
  if (/\b(what|which)(?:'s| is| was)?\b[^?]{0,40}\b(ranking|rank)\b|\bwhere does\b[^?]{0,40}\brank\b/i.test(q))
    return RANK;
  // 「海外オフィスいくつ持ってる」「研究所っていくつある」: sites counted by いくつ, with any counter of sites
  // (「7拠点」「211箇所」「66の研究所」), not another figure of the body (its staff, its budget).
  if (SITES_COUNTED_BY_IKUTSU.test(q)) return SITES_COUNTED;
  // 「坂城町って今事業所いくつある」: establishments counted (「22社43事業所」), not any figure of the town
  // (「工場はいくつの工程から」 counts the processes, below).
  if (ESTABLISHMENTS_BY_IKUTSU.test(q)) return ESTABLISHMENTS_COUNTED;
  // 「いくつの駅に入ったの」「いくつの国と」: that noun counted (「3駅」「26カ国」「12のクラスター」); not the
  // items of a list (「いくつのタイプに分けてる」), which the list answers.
  const ofNoun =
    /いくつの(?<noun>[\p{Script=Han}\p{Script=Katakana}ー]{1,6}?)(?=[にでとがをはへも]|まで|って|[、？?]|$)/u.exec(q)
      ?.groups?.noun;
  if (ofNoun && !ITEM_NOUN.test(ofNoun)) {
    if (/^(機関|団体|組織)$/.test(ofNoun)) return BODIES_COUNTED;
    // 「100前後の村」「この3つのどの通貨でも」: a word may stand between the count and the noun.
    return new RegExp(
      `${NUMERAL}\\s*((つ|個)の?[^、。\\s]{0,4}?|[かカヶヵケ箇]|(前後|余り|あまり|以上|程度|ほど|近く|超|強)?の?)${ofNoun}`,
    );
  }
  const counter = COUNTERS.exec(q)?.[1];
  if (!counter) return undefined;
  // 「世界第何位?」 → 世界一, 首位 (not 「三位一体の改革」).
  if (counter === '位') return RANK;
  // 何回 → 2度, in figures only: 「もう一度」「今一度」 count nothing.
  if (counter === '回') return new RegExp(`${NUMERAL}\\s*回|[0-9０-９]+\\s*度`);
  if (counter === '度') return new RegExp(`${NUMERAL}\\s*度|[0-9０-９]\\s*(℃|°)`);
  if (/^[かカヶヵケ箇][国所月]$/.test(counter)) return new RegExp(`${NUMERAL}\\s*[かカヶヵケ箇]${counter.slice(1)}`);
  // 「何種類」 → 「３つのパターン」「3類型」: kinds are counted as types and patterns too.
  if (counter === '種類') return new RegExp(`${NUMERAL}\\s*(種類?|類型|パターン|タイプ|つの(類型|パターン|タイプ|型))`);
  // 「何拠点」 → 211箇所: sites are counted with 箇所 as often as with 拠点.
  if (counter === '拠点') return new RegExp(`${NUMERAL}\\s*(拠点|${SITE_COUNTER})`);
  // 「参加してる企業とか機関、何団体くらい」 → 「174の企業・機関が参加」: bodies are counted by any of their kinds;
  // not a part of them (「参加機関のうち、大学って何機関」), which the whole's count does not give.
  // 「企業とか研究機関とか合わせて何者」 counts bodies too (者: parties).
  const bodies = counter === '団体' || counter === '機関' || (counter === '者' && /(企業|機関|団体|組織)/.test(q));
  if (bodies && askedPart(q) === undefined) return BODIES_COUNTED;
  // 「何テーマ採択」 → 「新たに8件採択」: projects and themes are counted in 件 as often as by name.
  if (counter === 'プロジェクト' || counter === 'テーマ') return new RegExp(`${NUMERAL}\\s*(${counter}|件)`);
  // 「何年に設立」「何年から」 ask for a point in time: a year of the calendar or an era, not a
  // duration (「設立50年を機に」); 「何年かかった」「何年続いた」 count years.
  if (counter === '年' && POINT_IN_TIME.test(q)) return CALENDAR_YEAR;
  // 「刑法第240b条」: a numbered article or issue may carry a letter.
  const suffix = /^[条号]$/.test(counter) ? '[a-zA-Z]?' : '';
  return new RegExp(`${NUMERAL}${suffix}\\s*${counter}`);
}

/**
 * "How many overseas offices…", "how many clusters…": the noun counted, right after "how many" (one
 * or two words between), when a report counts it with a counter of its own.
 */
const HOW_MANY_COUNTED =
  /\bhow many\s+(?:[a-z-]+\s+){0,3}?(offices|branches|sites|bases|locations|hubs|centres|centers|labs|laboratories|clusters|countries|nations|times|editions|rounds|companies|firms|businesses|enterprises|smes|jobs|employees|workers|staff|researchers|people)\b/i;
/**
 * "How many Japanese companies…": the kind of company an English count asks of, when words set it
 * apart from all companies (the Japanese ones), as the question writes it, lower case.
 * Undefined for a bare noun ("how many companies"), which every count of companies counts.
 */
export function countedKindEn(question: string): string | undefined {
  // "small and mid-sized companies" are SMEs, in a word.
  const normalized = question.normalize('NFKC').replace(SME_PHRASE, 'SMEs');
  // "What percentage of it's OWL's members are SMEs?": the share of them that is of that kind.
  const share = SHARE_OF_KIND.exec(normalized);
  if (share) return share[1]!.toLowerCase();
  const counted = HOW_MANY_COUNTED.exec(normalized);
  if (!counted) return undefined;
  // Of companies only: a kind of site or centre is as often its name ("Catapult centres": 30分野).
  if (!/^(companies|firms|businesses|enterprises|smes)$/i.test(counted[1]!)) return undefined;
  const phrase = counted[0].replace(/^how many\s+/i, '').toLowerCase();
  // "Of the organisations taking part, how many are SMEs?": the part of them counted is SMEs.
  const part = /^(?:are|were|of them are|of these are)\s+(.+)$/.exec(phrase);
  if (part) return part[1];
  return /\s/.test(phrase) ? phrase : undefined;
}

/** "Small and medium-sized enterprises", "small and mid-sized companies", "small & medium firms". */
const SME_PHRASE =
  /\bsmall(?:\s+and|\s*[&/])?\s*(?:mid|medium|middle)(?:-|\s)?(?:sized?)?\s+(?:companies|firms|businesses|enterprises)\b/gi;

/** "What percentage (share, proportion) of … are SMEs": a kind of company, as a share of a whole. */
const SHARE_OF_KIND =
  /\bwhat (?:percentage|share|proportion|fraction) of\b[^?]{0,80}\b(?:are|were)\s+(smes|small businesses|foreign companies|japanese companies|startups)\s*\??\s*$/i;

/** How reports spell the counters of sites (10カ所, 3か所, 211箇所) and of countries (26カ国). */
export const SITE_COUNTER = '[かカヶヵケ箇]所';

/** Nouns of the sites a body keeps: its offices, branches, laboratories. */
const SITE_NOUNS = 'オフィス|事務所|支所|支部|支店|店舗|窓口|研究所|センター';

/** A count of sites: 「7拠点」「211箇所」「66の研究所」. */
const SITES_COUNTED = new RegExp(`${NUMERAL}\\s*(の\\s*)?(${SITE_NOUNS}|拠点|${SITE_COUNTER})`);

/** Bodies counted by any of their kinds: 「174の企業・機関」「12団体」「30社」. */
const BODIES_COUNTED = new RegExp(`${NUMERAL}\\s*(団体|機関|社|者|法人|の(企業|団体|機関|組織|法人))`);

/** 「海外オフィスいくつ」「研究所って全部でいくつ」: sites counted by いくつ. */
const SITES_COUNTED_BY_IKUTSU = new RegExp(
  `(${SITE_NOUNS}|拠点)(は|を|が|って|の数は?)?[、\\s]*(全部で|合計で|全国で|国内で|県内で|世界で|今|現在|だいたい)?[、\\s]*(いくつ|何個|何か所|何カ所)`,
);
/** 「事業所いくつ」「工場って全部で何か所」: establishments counted by いくつ. */
const ESTABLISHMENTS_BY_IKUTSU = new RegExp(
  `(事業所|工場)(は|を|が|って|の数は?)?[、\\s]*(全部で|合計で|全国で|国内で|県内で|町内で|市内で|今|現在|だいたい)?[、\\s]*(いくつ(?!の)|何個|何か所|何カ所)`,
);
export const COUNTRY_COUNTER = '[かカヶヵケ]国';
/** A count written with one of `counters` (「12カ所」「12のクラスター」). */
const countWith = (counters: string) => new RegExp(`[0-9０-９][0-9０-９,，.]*\\s*の?(${counters})`);
/** Companies counted (1,514社, 「174の企業・機関」), not 投資相談実績0件. */
const COMPANIES_COUNTED = countWith('社|企業|事業所|法人');
/** Establishments counted: 「43事業所」「3工場」「事業所数 259」. */
const ESTABLISHMENTS_COUNTED =
  /[0-9０-９][0-9０-９,，.]*\s*の?(事業所|工場)|(事業所|工場)数\s*[:：は]?\s*(約)?[0-9０-９]/;
/** People counted (「6,500人の新規雇用」, 「スタッフ数 約1,250名」), not 360社 of companies. */
const PEOPLE_COUNTED = countWith('人|名');
/** Times something happened: 「2回」「3度」, and inquiries or visits, 「投資相談実績0件」. */
const TIMES_COUNTED = countWith('回|度|件');
/** The count shape a report writes for what an English question counts. */
const COUNTED_NOUNS: [RegExp, RegExp][] = [
  [
    /^(offices|branches|sites|bases|locations|hubs|centres|centers)$/,
    countWith(`${SITE_COUNTER}|拠点|事務所|オフィス`),
  ],
  // "How many IoT promotion labs": labs are counted as sites or by their own name (「ラボ」).
  [/^(labs|laboratories)$/, countWith(`ラボ|研究所|${SITE_COUNTER}|拠点|地域`)],
  [/^clusters$/, countWith(`クラスター|クラスタ|地域|${SITE_COUNTER}`)],
  [/^(countries|nations)$/, countWith(`${COUNTRY_COUNTER}|国`)],
  [/^(times|editions|rounds)$/, countWith('回|度')],
  [/^(companies|firms|businesses|enterprises|smes)$/, COMPANIES_COUNTED],
  // "How many new jobs": 「1,800の新規雇用を創出」 counts jobs without 人.
  [/^jobs$/, new RegExp(`${PEOPLE_COUNTED.source}|[0-9０-９][0-9０-９,，.]*\\s*(万|千)?\\s*の?(新規)?雇用`)],
  [/^(employees|workers|staff|researchers|people)$/, PEOPLE_COUNTED],
];

/** 「どのくらいの企業が」「どれくらい研究者が」: companies (the group `companies`) or people counted. */
const HOW_MANY_COUNTED_JA =
  /(?:どの|どれ)(?:くらい|ぐらい|だけ)の?(?:(?<companies>企業|会社|事業者)|研究者|社員|従業員|職員|人数|人)(?=[がをにとはやの]|って)/;

/** 「何年に」「何年から」「何年頃」「何年のこと」: the year asked for is a date. */
const POINT_IN_TIME = /何年(に|から|まで|頃|ごろ|の(こと|時|話))/;
/** A year of the calendar (1897年, 2015年度) or of an era (平成20年, 明治元年, H20, '03年). */
const CALENDAR_YEAR =
  /(?<![0-9０-９])[0-9０-９]{3,4}\s*年|(平成|昭和|令和|明治|大正|(?<![a-zA-Z])[HRS])\s*[0-9０-９元]{1,2}\s*年?|[''’][0-9０-９]{2}(?![0-9０-９])/;

/** 「何年に」, "in what year": the count asked for is a year. */
export function asksForYearCount(question: string): boolean {
  return COUNTERS.exec(question.normalize('NFKC'))?.[1] === '年' || asksForYear(question);
}

/** "In what year…?", 「何年に」: a year, in figures or an era (1983年, 平成20年, H20). */
export function asksForYear(question: string): boolean {
  const q = question.normalize('NFKC');
  // "which fiscal years did it run", "in what fiscal year": the year, however qualified.
  return /\b(what|which) ((fiscal|financial|calendar) )?years?\b/i.test(q) || POINT_IN_TIME.test(q);
}

/** The figure a 「何回」「何校」 or "in what year" question needs: a numeral with its counter, or a year. */
export function askedCount(question: string): RegExp | undefined {
  return askedCounter(question) ?? (asksForYear(question) ? YEAR : undefined);
}

const YEAR = /(?<![0-9])(19|20)[0-9]{2}(?![0-9])|(平成|昭和|令和|(?<![a-zA-Z])[HRS])[0-9０-９元]{1,2}\s*年/;

/** A country, as the reports and articles name them (「どこの国と交流したの？」 → スウェーデン). */
const COUNTRY = new RegExp(
  [
    '米国|アメリカ|英国|イギリス|ドイツ|独国|フランス|イタリア|スペイン|ポルトガル|オランダ|ベルギー|スイス|オーストリア',
    'スウェーデン|ノルウェー|フィンランド|デンマーク|アイスランド|アイルランド|ポーランド|チェコ|ハンガリー|ギリシャ',
    'ロシア|ウクライナ|トルコ|イスラエル|エジプト|南アフリカ|ケニア|ナイジェリア|中国|韓国|北朝鮮|台湾|香港|モンゴル',
    'インド|パキスタン|バングラデシュ|タイ|ベトナム|ラオス|カンボジア|ミャンマー|マレーシア|シンガポール|インドネシア',
    'フィリピン|オーストラリア|ニュージーランド|カナダ|メキシコ|ブラジル|アルゼンチン|チリ|ペルー|コロンビア|キューバ',
    'サウジアラビア|イラン|イラク|日本|わが国|我が国',
  ].join('|'),
);

/** Whether a text names a country (a ranking of countries names them: 「中国」「スウェーデン」). */
export function namesCountry(text: string): boolean {
  return COUNTRY.test(text.normalize('NFKC'));
}

/** 「イギリスのどこに置かれたの」: a site asked within a country named. */
const SITE_IN_COUNTRY = new RegExp(
  `(${COUNTRY.source})の(どこ|何処)に(置かれ|置いて|置く|設置|設け|開設|作られ|つくられ|ある|あっ|あり|立地|建て|建設|構え)`,
);
/** 「イギリスのどこにあるの」: a site within a country the question names. */
export function asksSiteInCountry(question: string): boolean {
  return SITE_IN_COUNTRY.test(question.normalize('NFKC'));
}
/**
 * 「松江のどこに置く予定」: a site within a place named in kanji (a body's own, not 「課題のどこにある」, nor
 * a place in a document: 「報告書のどこに置かれてる」).
 */
const SITE_IN_PLACE =
  /(?<!\p{Script=Han})\p{Script=Han}{2,3}(?<![書料表章節頁図])の(どこ|何処)に(置く|置か|置い|設置|設け|開設|作ら|つくら|立地|建て|建設|構え)/u;

/**
 * 「相手国別だとどこが一番多かった？」「業種別の内訳は出てる？」, "a breakdown by sector": figures broken
 * down by a dimension. What a line of such a breakdown starts with or says: a country, a region, a
 * prefecture, a sector, a year. Undefined when the question asks no breakdown (「部位別加工」 is a word).
 */
export function askedBreakdown(question: string): { dimension: string; said: RegExp; abroad: boolean } | undefined {
  const q = question.normalize('NFKC');
  const ja =
    /(相手国|国籍|国|海外地域|相手地域|都道府県|県|ブロック|経済産業局|経産局|地方局|局|地方|地域|エリア|業種|産業|分野|セクター|年度|年|規模)(?:別(?:に|の|だと|で|では|って|は|内訳|、)|(?:ごと|毎)の?内訳)/.exec(
      q,
    )?.[1] ??
    // 「どの地方から何件ずつ」「各県それぞれ何社」
    /(?:どの|各)(相手国|国|都道府県|県|ブロック|地方|地域|エリア|業種|産業|分野)(?:から|で|に|が|の|は)?[^。？?]{0,12}(?:ずつ|それぞれ)/.exec(
      q,
    )?.[1];
  const en =
    /\b(?:by|broken down by|breakdown by) (country|countries|nationality|region|prefecture|sector|industry|industries|field|year|size)\b(?![-\s]end)/i.exec(
      q,
    )?.[1];
  const dimension = ja ?? en?.toLowerCase();
  // A breakdown of counts or shares (「内訳」「どこが一番多い」「何件」), not 「都道府県別のDX施策」.
  if (!dimension || !BREAKDOWN_ASKED.test(q)) return undefined;
  const said = BREAKDOWN_LINES.find(([dimensions]) => dimensions.test(dimension))?.[1];
  return said ? { dimension, said, abroad: COUNTRY_DIMENSION.test(dimension) } : undefined;
}

const BREAKDOWN_ASKED =
  /(内訳|件数|社数|人数|回答数|企業数|数(?:って|は|が|を|も)|割合|シェア|多い|少ない|多かった|一番|いちばん|最も|たくさん|何件|何社|何人|何%|いくつ|どれくらい|どのくらい|\bhow (many|much)\b|\bbreakdown\b|\bbroken down\b|\bshare\b|\bnumbers?\b)/i;
/** A breakdown by country: its lines name countries abroad (and 中国 is the country). */
const COUNTRY_DIMENSION = /^(相手国|国籍|国|海外地域|相手地域|countr|nationality)/;
const BREAKDOWN_LINES: [RegExp, RegExp][] = [
  [COUNTRY_DIMENSION, new RegExp(`${COUNTRY.source}|欧州|北米|アジア|中南米|アフリカ|中東|国別`)],
  [/^(都道府県|県|prefecture)/, /北海道|東京都|大阪府|京都府|\p{Script=Han}{1,3}県/u],
  // A bureau (経済産業局) is named by its region.
  [
    /^(ブロック|地方|地域|エリア|経済産業局|経産局|地方局|局|region)/,
    /北海道|東北|関東|中部|北陸|近畿|関西|中国|四国|九州|沖縄|地域別|ブロック/,
  ],
  // A sector breakdown names its dimension or has a column of sectors (「合計	IT産業	バイオ…」).
  [/^(業種|産業|分野|セクター|sector|industr|field)/, /業種|分野別|産業別|セクター|\t[^\t]*産業/],
  // By year: two years or more in the line (「2,374億円(2000年)⇒6,937億円(2019年)」), not one year's figure.
  [
    /^(年度|年|year)/,
    /((19|20)[0-9]{2}\s*年|(平成|令和|昭和)[0-9元]{1,2}\s*年)[^。]*((19|20)[0-9]{2}\s*年|(平成|令和|昭和)[0-9元]{1,2}\s*年)/,
  ],
  [/^(規模|size)/, /規模|人以上|人未満|大企業|中小企業|中堅/],
];

/** What follows a country that is one side of a comparison: 「と比べ」「との違い」「の新竹サイエンスパークと比べ」. */
const COMPARED_AFTER = /^[^、。？?]{0,30}?(と|に|より|vs|や)[^、。？?]{0,20}?(比べ|比較|違|対比|差)|^(と|vs|対)/i;

/**
 * 「北上川流域を台湾の新竹サイエンスパークと比べたりしてる？」, "compared with South Korea's strategy": the
 * countries a comparison question names (in its words or, for an English question, their
 * translations), Japan aside. The report must discuss each for the comparison to be in it.
 */
export function comparedCountries(question: string, translations: Iterable<string> = []): string[] {
  const q = question.normalize('NFKC');
  if (!COMPARISON_ASKED.test(q)) return [];
  const latin = writtenInLatin(q);
  const words = latin ? [...translations] : [q];
  const found = new Set<string>();
  for (const word of words) {
    // A whole word: タイプ is no タイ, インドネシア no インド.
    const whole = new RegExp(`(?<![\\p{Script=Katakana}ー])(${COUNTRY.source})(?![\\p{Script=Katakana}ー])`, 'gu');
    for (const match of word.matchAll(whole)) {
      // In Japanese, a side of the comparison (「韓国と比べると」「日本とドイツの違い」「台湾の新竹と比べたり」),
      // not the setting of both (「NRWとAGITってどう違うの？ドイツ側の話で」).
      const after = word.slice(match.index + match[0].length);
      const before = word.slice(0, match.index);
      if (!latin && !COMPARED_AFTER.test(after) && !/(と|vs|対)\s*$/i.test(before)) continue;
      found.add(match[0]);
    }
  }
  for (const home of ['日本', 'わが国', '我が国']) found.delete(home);
  return [...found];
}

/** A comparison asked: 「比べて」「どう違う」「対比」, "compare", "differ", "vs". */
export const COMPARISON_ASKED = /(比べ|比較|違い|違う|対比|\bcompar|\bdiffer|\bversus\b|\bvs\b)/i;

/** A percentage or a share in 割. */
const PERCENT = /[0-9０-９][0-9０-９.．]*\s*(%|％|パーセント|割)/;

/**
 * 「日本円でいうといくら？」「円換算で」, "what is that in yen": an amount asked in yen, which a report
 * giving it in pounds or dollars does not answer (nor does kotae convert it).
 */
export function asksInYen(question: string): boolean {
  const q = question.normalize('NFKC');
  return (
    /(日本円|円(換算|建て|ベース)|円(で|に)(いう|言う|いえば|言えば|言うと|いうと|すると|したら|直す|直し|直すと|表すと|換算))/.test(
      q,
    ) || /\b(in|into|to) (japanese )?yen\b|\byen (equivalent|terms)\b/i.test(q)
  );
}

/**
 * 「年会費っていくら」「利用料かかるんだっけ」, "is there a fee": what a member or a user pays. Only a line
 * saying the fee (or that there is none) answers; a budget or a grant on the topic does not.
 */
export function asksFee(question: string): boolean {
  const q = question.normalize('NFKC');
  return (
    /(会費|参加費|利用料|使用料|手数料|登録料|入会金|入会費|受講料|加盟料)/.test(q) ||
    /\b(fees?|dues)\b|\b(membership|subscription|joining|registration|entry) (fees?|costs?|charges?)\b|\b(free of charge|charge (for|to))\b/i.test(
      q,
    )
  );
}

/**
 * 「どうやって登録すればいい」「応募資格とか必要書類ってある？」「申請方法」, "how do I apply": how to take part
 * (the steps, the forms, who may apply), not what the programme does.
 */
export function asksProcedure(question: string): boolean {
  const q = question.normalize('NFKC');
  return (
    /(どうやって|どうすれば|どうしたら|どのように|どうやったら)[^。？?]{0,8}((登録|申請|応募|加入|入会)(すれば|したら|できる|する)|(申し込|申込)(め|む|みを|みは|みたい|みする|みすれば))/.test(
      q,
    ) ||
    // 「どこにどう申し込めばいいの」: how, the verb right after.
    /どう[、\s]*(申し込|申込|登録(す|し)|申請(す|し)|応募(す|し))/.test(q) ||
    // 「登録ってどういう手続きが要るの」「申請ってどんな流れ」
    /(申請|応募|申込|申し込み|登録|入会|加入)(って|は|には|に|の)[、\s]*(どういう|どんな|どのような)(手続き?|方法|流れ)/.test(
      q,
    ) ||
    /(申請|応募|申込|申し込み|登録|入会|加入|参加)(の)?(方法|手続き?|の仕方|のやり方)|((応募|申請|参加|入会)(資格|条件|要件)|(必要|提出|申請|応募)書類)(って|は|とか|や|[？?]|$)/.test(
      q,
    ) ||
    /\bhow (do|can|should|would|does) (i|we|a [a-z]+|companies|firms|businesses|one)( [a-z]+){0,3} (apply|register|sign up|enrol+)\b|\bhow to (apply|register|sign up|enrol+)\b|\b(application|registration) (process|procedure|requirements?|forms?)\b|\beligib(le|ility)\b/i.test(
      q,
    )
  );
}

/**
 * 「大砂雅子さんって、ジェトロでどういう役職の人」「シーメンスにいた頃はどんな役職」, "what was her job title": a
 * person's title (部長, 教授, 議長), not what they did.
 */
export function asksTitle(question: string): boolean {
  // Not 「肩書はいつのもの」 (when the titles date from) nor 「…と邦訳される職名は」 (an occupation's name).
  return /((どんな|どういう|どのような|何の|なんの|どの)[^。？?]{0,4}(役職|肩書|職位|ポスト(?![\p{Script=Katakana}ー]))|(役職|肩書き?|職位)(は|って|が|とか|も)?[、\s]*(何|なに|なん|どう|[?？]|$)|\b(job title|official title|position held|what (was|is) (his|her|their) (title|position))\b)/iu.test(
    question.normalize('NFKC'),
  );
}

/**
 * A line giving a title (部長, 教授, 議長, 理事, CEO): the department someone belongs to (「ジェトロ
 * 産業技術部」) or an organisation's name is none.
 */
export const SAYS_TITLE =
  /(部長|課長|室長|局長|所長|院長|学長|校長|社長|会長|議長|座長|理事|取締役|監査役|代表|総裁|頭取|CEO|CTO|CFO|COO|教授|講師|研究員|主任|主幹|主査|参事|審議官|顧問|委員長?|知事|市長|町長|村長|大臣|長官|次長|係長|マネージャー|マネジャー|ディレクター|プロデューサー|コーディネーター|リーダー|(館|店|署|園|団|隊|船|艦|総|首|駅|支社|支店|工場|事務|編集|センター|グループ|チーム)長|(?<![\p{Script=Han}])長(?![\p{Script=Han}])|\b(director|manager|president|chair(man|person)?|head|professor|officer)\b)/iu;

/** A line saying how to take part: the steps, the forms, the office to apply to, who may apply. */
export const SAYS_PROCEDURE =
  /((申請|応募|申込|申し込み|登録|入会|加入|参加)(方法|手続|書|様式|要領|資格|条件|要件|窓口|受付|先)|手続き|必要書類|提出書類|公募要領|募集要項|応募要件|対象者は|を対象に(募集|公募)|ウェブサイト(から|で)(申|登録)|(申込|申し込み|登録|応募)フォーム)/;

/** A line saying a fee, or that there is none (「会費をもとに運営」「無償貸与」). */
export const SAYS_FEE = /(会費|参加費|利用料|使用料|手数料|登録料|入会金|入会費|受講料|加盟料|料金|有料|無料|無償)/;

/** Kinds of site a question may ask for by name: a campus, a building, a venue. */
const SITE_KIND = '(キャンパス|建物|ビル(?![ドダ])|会場|敷地|工業団地)';

/**
 * 「どのキャンパスに置く予定」「どこの会場でやってる」「どこ（キャンパスとか工業団地）」, "which
 * campus", "what venue": a site of a kind is asked for, which the town or region it is in does not
 * name. 「会場費」 is a cost.
 */
export function asksForSite(question: string): boolean {
  const q = question.normalize('NFKC');
  return (
    new RegExp(
      `(どの|どこの)\\s*${SITE_KIND}|${SITE_KIND}(は|って|が)?[、\\s]*(具体的に)?[、\\s]*(どこ|どれ)|(どこ|どれ)\\s*[(][^)]{0,12}${SITE_KIND}`,
    ).test(q) ||
    /\b(which|what) (campus|building|venue)\b|\bwhere\b[^?]{0,60}\b(on (which|what) campus|in (which|what) building)\b/i.test(
      q,
    )
  );
}

/**
 * A unit of measure a figure is asked in: 「面積って何ヘクタール」「kg当たりいくら」, "how many
 * hectares", "cost per kilogram". `said` matches a figure in that unit (「94.1ha」) or, for a rate, the
 * unit it is per (「円/kg」「1トン当たり」); undefined when the question names no unit of measure.
 */
export interface MeasureUnit {
  /** What the reply names (「ヘクタール」, "hectares"). */
  name: { ja: string; en: string };
  said: RegExp;
}

export function askedMeasureUnit(question: string): MeasureUnit | undefined {
  const q = question.normalize('NFKC');
  // 「197.7haって東京ドーム何個分？」, "how many Tokyo Domes": an area the reports would have to say so.
  const yardstick =
    /(東京ドーム|甲子園球場|甲子園|サッカー場|サッカーコート|野球場)\s*(何|なん)\s*(個|杯|面|倍)|\bhow many (tokyo domes|football (pitches|fields)|soccer fields)\b/i.exec(
      q,
    );
  if (yardstick) {
    const ja = yardstick[1] ?? (/dome/i.test(yardstick[4]!) ? '東京ドーム' : 'サッカー場');
    return {
      name: { ja, en: yardstick[4] ?? ja },
      said: new RegExp(`${ja}[^。]{0,8}[0-9]|[0-9][0-9,.]*\\s*(個|杯|面)分`),
    };
  }
  for (const unit of MEASURE_UNITS) {
    if (unit.askedPer.test(q)) return { name: unit.name, said: unit.saidPer };
    if (unit.askedIn.test(q)) return { name: unit.name, said: unit.saidIn };
  }
  return undefined;
}

/**
 * Units of land, length and weight, and currencies other than the yen (an amount asked in yen has its
 * own rule, `asksInYen`); `said` as the reports write them.
 */
const MEASURE_UNIT_WORDS = [
  { name: { ja: 'ヘクタール', en: 'hectares' }, ja: 'ヘクタール|ha', en: 'hectare', said: 'ha\\b|ヘクタール' },
  {
    name: { ja: '平方メートル', en: 'square metres' },
    ja: '平方メートル|平米|m2',
    en: 'square met(?:re|er)|sq\\.? ?m',
    said: 'm2|平方メートル|平米',
  },
  {
    name: { ja: 'キロメートル', en: 'kilometres' },
    ja: 'キロメートル|km',
    en: 'kilomet(?:re|er)|km',
    said: 'km|キロメートル',
  },
  {
    name: { ja: 'キログラム', en: 'kilograms' },
    ja: 'キログラム|キロ|kg',
    en: 'kilogram|kilo|kg',
    said: 'kg|キログラム|キロ',
  },
  { name: { ja: 'トン', en: 'tonnes' }, ja: 'トン', en: 'tonne|ton', said: 'トン|t\\b' },
  // 「坪に直すと」「坪単価」: the reports give areas in ha and m2.
  { name: { ja: '坪', en: 'tsubo' }, ja: '坪', en: 'tsubo', said: '坪' },
  // An amount asked in a currency the reports do not give it in (「約855億円」 asked in Canadian dollars):
  // Canadian dollars are no US dollars (「約70億ドル」 of the American institutes).
  {
    name: { ja: 'カナダドル', en: 'Canadian dollars' },
    ja: 'カナダドル',
    en: 'canadian dollar',
    said: 'カナダドル|cad|c\\$',
  },
  {
    name: { ja: 'ドル', en: 'dollars' },
    ja: '(?:カナダ|米|US|豪|香港|シンガポール)?ドル',
    en: '(?:canadian |us |american |australian )?dollar',
    said: 'ドル|\\$|usd|cad',
  },
  { name: { ja: 'ユーロ', en: 'euros' }, ja: 'ユーロ', en: 'euro', said: 'ユーロ|€|eur\\b' },
  { name: { ja: 'ポンド', en: 'pounds' }, ja: 'ポンド', en: 'pound|sterling', said: 'ポンド|£|gbp' },
  // 「人口10万人あたりに直すと」: a figure per head of population.
  {
    name: { ja: '人口当たりの数値', en: 'figures per head of population' },
    ja: '人口\\s*[0-9]*\\s*(?:万|千)?\\s*人?',
    en: 'capita|head of population|[0-9,]+ (?:people|inhabitants|residents)',
    said: '人口\\s*[0-9]*\\s*(?:万|千)?\\s*人?',
  },
];

/** Each unit's patterns, compiled once: asked per it or in it, and a figure said per it or in it. */
const MEASURE_UNITS = MEASURE_UNIT_WORDS.map((unit) => ({
  name: unit.name,
  askedPer: new RegExp(`(${unit.ja})\\s*(当たり|あたり|単価)|\\bper (${unit.en})\\b`, 'i'),
  // "how many hectares", "how large is it in hectares".
  // 「坪に直すと」「ドル換算で」, "expressed in Canadian dollars": converted into it.
  askedIn: new RegExp(
    `何\\s*(${unit.ja})|(${unit.ja})\\s*((に|で)\\s*(直す|直し|直した|換算|すると|言うと|いうと|表すと)|換算|建て)|\\bhow many (${unit.en})s?\\b|\\b(how (large|big|long|far|heavy|wide|much)|what(?:'s| is| was) the (size|area|length|weight))\\b[^?]*\\bin (${unit.en})s?\\b|\\b(expressed|converted|given|stated) in (${unit.en})s?\\b`,
    'i',
  ),
  saidPer: new RegExp(`(/|当たり|あたり|毎)\\s*(1\\s*)?(${unit.said})|(${unit.said})\\s*(当たり|あたり|単価)`, 'i'),
  saidIn: new RegExp(`[0-9][0-9,.]*\\s*(万|億|千)?\\s*(${unit.said})`, 'i'),
}));

/**
 * 「V-RESASって月にどのくらい見られてるの」, "how many visitors a month": a figure per month, which a
 * year's figure (「1,010万PV（2020年度）」) does not give.
 */
export function asksPerMonth(question: string): boolean {
  return /((?<![何0-9])月|1か月|ひと月|一か月)(に|で|あたり|当たり)[、\s]*(だいたい|平均)?[、\s]*(どのくらい|どれくらい|どれだけ|何|いくつ)|毎月(どのくらい|どれくらい|何)|\bper month\b|\b(a|each) month\b|\bmonthly (figure|number|total|visits|views|users|average)/i.test(
    question.normalize('NFKC'),
  );
}

/** A figure said per month: 「月間」「毎月」「月平均」「/月」. */
export const SAYS_PER_MONTH =
  /(月間|毎月|月平均|[/／]\s*月|月あたり|月当たり|1か月|ひと月|一か月|(?<![0-9０-９])月\s*[0-9０-９一二三四五六七八九十]|\bper month\b|\bmonthly\b)/i;

/** 「外国語版があるらしいけど何語に対応してる」, "which languages": the languages themselves. */
export function asksLanguage(question: string): boolean {
  return /(何語|何か国語|何カ国語|どの言語|どこの言語|\b(which|what) languages?\b)/i.test(question.normalize('NFKC'));
}

/** A language named (英語, アイヌ語, 繁体字…; not 「多言語」「外国語」「用語」, which name none). */
export function saysLanguage(text: string): boolean {
  return (
    [...text.normalize('NFKC').matchAll(LANGUAGE_NAME)].some((match) => !NO_LANGUAGE.test(match[0])) ||
    /(繁体字|簡体字|ハングル|\b(English|Chinese|Korean|Russian|Thai|Vietnamese|Spanish|French|German|Portuguese)\b)/.test(
      text,
    )
  );
}
const LANGUAGE_NAME = /[\p{Script=Han}\p{Script=Katakana}ー]{1,8}語/gu;
/** Words ending in 語 that name no language (用語, 専門用語, 外国語, 同義語…). */
const NO_LANGUAGE = /(用|言|単|物|標|略|造|新|熟|漢|和|口|文|季|主|述|原|訳|敬|母|外国|多言|専門|義|独)語$/u;

/** An amount in yen: 「1.2兆円」「約3,700億円」「75万円」. */
export const SAYS_YEN = /[0-9０-９][0-9０-９,，.．]*\s*(兆|億|万|千|百)?\s*円/;

/**
 * 「2位はどこの県？」「2番目に多いのは」, "which ranks second": a rank below the first. A report
 * answers it by naming that rank, or by figures a reader can compare; 「全国1位」 does not.
 */
export function askedRank(question: string): RegExp | undefined {
  const q = question.normalize('NFKC');
  const ja = /(?<![0-9])([1-9][0-9]|[2-9]|[二三四五六七八九])\s*(位|番目)/.exec(q);
  const en =
    /\b(?:(second|third|fourth|fifth)[- ](?:largest|biggest|highest|most|place|ranked)|ranks? (second|third|fourth|fifth))\b/i.exec(
      q,
    );
  if (!ja && !en) return undefined;
  const n = ja
    ? /[0-9]/.test(ja[1]!)
      ? Number(ja[1])
      : KANJI_DIGITS.indexOf(ja[1]!)
    : ['second', 'third', 'fourth', 'fifth'].indexOf((en![1] ?? en![2]!).toLowerCase()) + 2;
  const kanji = n < 10 ? `|${KANJI_DIGITS[n]}` : '';
  return new RegExp(`((?<![0-9])${n}(?![0-9])${kanji})\\s*(位|番目)|次いで|に次ぐ`);
}

/**
 * 「ドイツは44%だったけど、日本の中小企業だとその割合は何%？」: a figure asked of one country while the
 * question names another. The country the figure is asked of (日本), when the question names two
 * and sets one apart (「日本だと」「日本では」「日本の場合」); its figure must be said of it.
 */
export function figureAskedOfCountry(
  question: string,
): { country: string; others: string[]; shape: RegExp } | undefined {
  const q = question.normalize('NFKC');
  if (writtenInLatin(q)) return figureAskedOfCountryEn(q);
  const named = new Set([...q.matchAll(COUNTRIES_NAMED)].map((m) => HOME_NAMES[m[0]] ?? m[0]));
  // 「日本の中小企業だと何％？」: answerShape reads 「何％」 as no shape of its own (askedFigure does); 「その割合
  // どのくらい」 is a share, which askedFigure tells from any number (「第2に」) answerShape would take.
  const shape = askedFigure(q)?.pattern ?? answerShape(q);
  if (named.size < 2 || !shape) return undefined;
  // 「ドイツだと44%って話だったけど、日本の中小企業だとその割合どれくらい？」: what the asker already knows
  // comes before けど; the country asked of is set apart after it.
  const asked = CONTRAST_BREAK.exec(q);
  const apart = (asked && COUNTRY_SET_APART.exec(q.slice(asked.index))) ?? COUNTRY_SET_APART.exec(q);
  if (!apart) return undefined;
  const country = HOME_NAMES[apart[1]!] ?? apart[1]!;
  return { country, others: [...named].filter((name) => name !== country), shape };
}
const HOME_NAMES: Record<string, string> = { わが国: '日本', 我が国: '日本' };

/**
 * "…how many German SMEs had never heard of it — what's the comparable share for Japanese SMEs?": the
 * English question names two countries and asks the figure of the one after "for", "in" or "among"
 * in a clause comparing (comparable, equivalent, what about).
 */
function figureAskedOfCountryEn(q: string): { country: string; others: string[]; shape: RegExp } | undefined {
  const countryOf = (word: string) => COUNTRIES_EN.find(([pattern]) => pattern.test(word))?.[1];
  const named = new Set(
    [...q.matchAll(COUNTRY_WORD_EN)].map((m) => countryOf(m[0])).filter((c): c is string => c !== undefined),
  );
  if (named.size < 2) return undefined;
  const apart =
    /\b(comparable|equivalent|corresponding|same|similar)\b[^?]*?\b(for|in|among|of)\s+(the\s+)?([A-Za-z]+)/i.exec(q) ??
    /\b(what|how) about\s+(the\s+)?([A-Za-z]+)/i.exec(q);
  const word = apart?.at(-1);
  const country = word && COUNTRY_WORD_EN_EXACT.test(word) ? countryOf(word) : undefined;
  if (!country) return undefined;
  const shape =
    answerShape(q) ??
    askedFigure(q)?.pattern ??
    (/\b(share|percentage|proportion|rate|ratio)\b/i.test(q) ? /[0-9０-９]\s*(%|％|割|パーセント)/ : HOW_MUCH);
  return { country, others: [...named].filter((name) => name !== country), shape };
}
/** Countries as English names them, nouns and adjectives, with the name the reports use. */
const COUNTRIES_EN: readonly (readonly [RegExp, string])[] = [
  [/^(japan|japanese)$/i, '日本'],
  [/^(germany|german)$/i, 'ドイツ'],
  [/^(us|usa|america|american)$/i, 'アメリカ'],
  [/^(uk|britain|british|england|english)$/i, 'イギリス'],
  [/^(france|french)$/i, 'フランス'],
  [/^(italy|italian)$/i, 'イタリア'],
  [/^(china|chinese)$/i, '中国'],
  [/^(korea|korean)$/i, '韓国'],
  [/^(canada|canadian)$/i, 'カナダ'],
];
/** Case matters: "US" and "UK" are countries, "us" is not. */
const COUNTRY_WORD_EN =
  /\b([Jj]apan(ese)?|[Gg]erman(y)?|US|USA|[Aa]merica(n)?|UK|[Bb]ritain|[Bb]ritish|[Ff]rance|[Ff]rench|[Ii]taly|[Ii]talian|[Cc]hina|[Cc]hinese|[Kk]orea(n)?|[Cc]anad(a|ian))\b/g;
const COUNTRY_WORD_EN_EXACT = new RegExp(`^${COUNTRY_WORD_EN.source}$`);
// The EU is one side of a comparison as a country is (「EUの…拠点、日本ではもう何か所」).
const COUNTRIES_NAMED = new RegExp(`${COUNTRY.source}|EU|欧州`, 'g');
/** 「…って話だったけど、」「…だが、」 (the last of them): a clause the asker knows, then the question. */
export const CONTRAST_BREAK = /(けど|けれど|だが|ですが)[、\s]*(?!.*(けど|けれど|だが|ですが))/;
/** 「日本だと」「日本の中小企業では」「日本の場合」「ドイツ国内には」: the country a figure is asked of. */
const COUNTRY_SET_APART = new RegExp(
  `(${COUNTRY.source})(の[^、。？?]{0,12}?|国内)?(だと|では|の場合|については|国内には)`,
);

/**
 * A fiscal year written as its two calendar years: 「2015-16年度」「2014/15」「2014-2015」. Groups: the
 * first year, and the second as written (two digits or four).
 */
/** What joins a fiscal year's two calendar years (「2015-16」「2014/15」「2015〜16」; NFKC keeps 〜). */
const YEAR_PAIR_JOINER = '[-‐–~～〜/]';
export const FISCAL_YEAR = new RegExp(
  `(?<![0-9])((?:19|20)[0-9]{2})\\s*${YEAR_PAIR_JOINER}\\s*([0-9]{2}|(?:19|20)[0-9]{2})(?![0-9])`,
  'g',
);

/** A date: a year, month, day or century in figures, or an era name. */
const DATE = /[0-9０-９]+\s*(年|月|日|世紀)|(明治|大正|昭和|平成|令和)[0-9元]/;

/**
 * The answer to 「どれくらい」「いくら」: a figure — not a date alone (「2019年7月に専用Webページを開設」 says
 * when, not how much); a span of years (「10年間」) is a figure.
 */
export const HOW_MUCH =
  /(?<![0-9０-９,，.．])(?!(?:[1１][9９]|[2２][0０])[0-9０-９]{2}\s*年(?!間)|[0-9０-９]{1,2}\s*[月日])[0-9０-９]/;

/** 「どこの国」「相手国ってどこ」, "which country": the answer names a country (or the partner country). */
export function asksForCountry(question: string): boolean {
  return /(どこの国|(?<!な)どの国|何という国|何処の国|相手国|相手の国|(?<!全)国(は|って|が)?[、\s]*(どこ|何処)(?!まで|から|でも|が)|which countr|what countr)/i.test(
    question,
  );
}

/** 「いちばん多い都道府県ってどこ」「どの県」, "which prefecture": the answer names a prefecture. */
export function asksForPrefecture(question: string): boolean {
  return /(都道府県|どの県|どこの県|何県|\b(which|what) prefectures?\b)/i.test(question.normalize('NFKC'));
}

/** The text names one of the 47 prefectures (「静岡県」「北海道」「京都」). */
export function namesPrefecture(text: string): boolean {
  return JAPANESE_PREFECTURE.test(text.normalize('NFKC'));
}

/**
 * What the answer to a question looks like, when its question word says so: 「何人」 → a numeral
 * with 人, 「いつ」 → a date, 「どのくらい」 → a figure. Undefined for other questions.
 */
export function answerShape(question: string): RegExp | undefined {
  const q = question.normalize('NFKC');
  // 「何年度から何年度まで」: a range of dates, not any year.
  if (asksForPeriod(q)) return DATE_RANGE;
  if (/(どこの国|どの国|何という国|何処の国|which countr|what countr)/i.test(q)) return COUNTRY;
  const count = askedCount(q);
  if (count) return count;
  if (/人数/.test(q)) return new RegExp(`${NUMERAL}\\s*[人名]`);
  // 「有効回答率は？」「割合は？」: a percentage (not 有効回答数＝718社 beside it).
  if (/(率|割合|比率|シェア)(は|って|を|が|[?？]|$)/.test(q)) return PERCENT;
  // 「一番広いのってどこ？面積も」「何ヘクタール」, "its area": an area (「197.7ha」), not any figure.
  if (AREA_ASKED.test(q)) return AREA_FIGURE;
  // 「梅雨のような時期は秋にもあるが、これを何というか」: a name asked, of a season.
  if (DATE_ASKED.test(q) && !TERM_ASKED.test(q)) return DATE;
  if (/(どのくらい|どれくらい|どのぐらい|どれぐらい|どれほど|どの程度|いくら)/.test(q) || GROWN_TO.test(q))
    return HOW_MUCH;
  return undefined;
}
/** A figure growing or reaching (「伸びた」「増えた」「達した」), after 「どこまで」 (not 「進んでる」, progress). */
export const GROWTH_VERB = '(伸び|のび|増え|ふえ|拡大|成長|上が|あが|膨ら|達し|いっ|行っ)';
/** 「2020年度はどこまで伸びた」: how far a figure grew, a figure asked. */
const GROWN_TO = new RegExp(`どこまで[、\\s]*${GROWTH_VERB}`);

/** 「何というか」「何と呼ぶ」「なんて言う」: the name of something asked. */
const TERM_ASKED = /(何|なん)(と|て)(いう|言う|いい|言い|呼|よ[ばびぶ])/;

/**
 * An area asked: its word, its unit, or which is widest (「一番広い」「どっちが広い」; not 「広い敷地は何のため」);
 * in English by its unit or "land area" ("which area" asks a region).
 */
const AREA_ASKED =
  /(面積|広さ|(一番|いちばん|最も|もっとも|どっちが|どちらが)広い|ヘクタール|\b(hectares?|acreage|(land|floor|site|total) area|what(?:'s| is| was) (its|their|the) area|square (met(re|er)s|kilomet(re|er)s))\b)/i;
/** An area as the reports write it: 「197.7ha」「3,000㎡」「1万平方メートル」. */
export const AREA_FIGURE =
  /[0-9０-９][0-9０-９,，.．]*\s*(万|千)?\s*(ha|ヘクタール|㎡|m2|m²|平方(メートル|キロ)|km2|km²|坪)/i;

/** Counters of the items a report lists: 「5つ」「8つのポイント」「3本柱」「4類型」「7分野」「8項目」. */
const ITEM_COUNTER = 'つ|点|項目|分野|領域|類型|タイプ|パターン|本柱|本の柱|要素|ポイント|段階|ステップ|視点|観点';
/** A counter of items alone (「タイプ」「分野」): 「いくつのタイプ」 asks for the list. */
const ITEM_NOUN = new RegExp(`^(${ITEM_COUNTER})$`);
const ITEMS_STATED_JA = new RegExp(`(?<![0-9.])([1-9]|1[0-2]|[一二三四五六七八九十])\\s*(?:${ITEM_COUNTER})(?!目)`);
/** Number words at their value's index. */
export const EN_NUMBERS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** Kanji numerals at their value's index. */
const KANJI_NUMBERS = '〇一二三四五六七八九十';
/** "the seven fields", "three main constraints", "4 priority recommendations": a count of items stated. */
const ITEMS_STATED_EN =
  /\b(two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+(?:[a-z-]+\s+){0,2}?(?:fields|areas|points|pillars|types|kinds|categories|elements|factors|steps|stages|phases|priorities|recommendations|proposals|constraints|challenges|issues|measures|sectors|perspectives|principles|themes|components|ways|things)\b/i;

/**
 * 「組み合わせる要素って5つあったよね。何だっけ」「8つのポイント、全部挙げて」, "which seven fields were
 * chosen": the question states how many items there are and asks for them. The passage that lists
 * them says so with the same count (「…という5つを提示」「成功の8つのポイント」「7分野が選定」), in any
 * width or in kanji, with any item counter (the question's 8項目 is the report's 8つのポイント).
 */
export function statedItemCount(question: string): RegExp | undefined {
  const q = question.normalize('NFKC');
  const ja = ITEMS_STATED_JA.exec(q)?.[1];
  const en = ja ? undefined : ITEMS_STATED_EN.exec(q)?.[1]?.toLowerCase();
  const n = ja
    ? /[0-9]/.test(ja)
      ? Number(ja)
      : KANJI_NUMBERS.indexOf(ja)
    : en
      ? /[0-9]/.test(en)
        ? Number(en)
        : EN_NUMBERS.indexOf(en)
      : 0;
  if (n < 2 || n > 12) return undefined;
  const kanji = n <= 10 ? `|${KANJI_NUMBERS[n]}` : '';
  const wide = String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  return new RegExp(`(?<![0-9０-９.．])(${n}|${wide}${kanji})\\s*(?:${ITEM_COUNTER})(?!目)`);
}

/**
 * The question asks where: 「相手地域ってどこ」「どの国と」, "which city", "where is". Its answer
 * names a place; 「実施主体ってどこ」 asks for an organisation and does not count.
 */
export function asksForPlace(question: string): boolean {
  const q = question.normalize('NFKC');
  return (
    // 「国はどこまで支援するの？」 asks how far, 「どの国際機関」 which organisation.
    // 「全国どこからでも」「国はどこが窓口」 ask for no place.
    /(地域|(?<!全)国|都市|州|県|市|町|(?<!商店)街|村)(は|って|が|を)?[、\s]*(どこ|何処)(?!まで|から|でも|が)/.test(q) ||
    /(どこ|何処)の(国(?!際)|地域|都市|州|都道府県|県|市|町|街|会場|キャンパス|産地|地区|エリア|駅|自治体)/.test(q) ||
    /どの(国(?!際)|地域|都市|州|都道府県|県|市(?!場)|町|自治体|街|会場|キャンパス|産地|地区|エリア|駅)/.test(q) ||
    asksForStation(q) ||
    // 「英国のどこに置かれるの」「県内のどこでやってる」「県内のどこ（島とか町）でやってる」: a place within
    // the one named.
    /(?<!全)(国|県|州|市|町|内)の(どこ|何処)(\([^()]{1,12}\))?(に|で|へ)/.test(q) ||
    // 「イギリスのどこに置かれたの」「イギリスのどこにあるの」: a site within a country named; 「松江のどこに置く」
    // within a city.
    SITE_IN_COUNTRY.test(q) ||
    SITE_IN_PLACE.test(q) ||
    // 「ICCって、どこ（何市）にあるの？」「東京の何区」: which city, ward, town or village, by its counter word.
    /何(市|区|町|村)(?!\p{Script=Han})/u.test(q) ||
    // 「事務局ってどこにあるの」「県内のどこに拠点があるの」: where a body's office is (not 「強みはどこにある」).
    asksWhereOffice(q) ||
    // 「毎年どこの会場でやってるの」「どのキャンパスに作る想定」: a venue or a campus is a place too.
    /(会場|キャンパス|開催地|開催場所)(は|って|が)?[、\s]*(どこ|何処)/.test(q) ||
    PLACE_NAME_ASKED.test(q) ||
    // 「先進技術センター、場所どこ？」「本社の所在地は？」
    /(場所|所在地)(は|って|が)?[、\s]*(どこ|何処|[?？]$)/.test(q) ||
    // 「統合窓口って、どこ（どの施設）に置く計画」: where something is to be set up (not 「重点をどこに置く」, what
    // matters most, nor 「報告書のどこに置かれてる」, a place in a document).
    /(?<!((重点|力点|軸足|主眼|焦点|比重|ウェイト|重き|軸)(を|は)?|[書料表章節頁図]の|ページの|スライドの)[、\s]*)(どこ|何処)(\([^()]{1,12}\))?に(置く|置か|置い|設置|設け|開設)/.test(
      q,
    ) ||
    // 「田口電機工業って、どこにある会社？」: where a company is (not 「どこの会社」, which asks which one).
    /(どこ|何処)に(ある|あった)(会社|企業|メーカー|組織|団体|法人)/.test(q) ||
    /\b(which|what)( [a-z]+){0,2} (city|cities|country|countries|region|regions|town|towns|municipality|municipalities|village|villages)\b/i.test(
      q,
    ) ||
    /\bwhich ([a-z]+ )?(state|states)\b|\b(which|what) prefectures?\b|^where\b|\bwhere (is|are|was|were|did|do|does|has|have)\b/i.test(
      q,
    )
  );
}

/** 「事務局ってどこにあるの」「県内のどこに拠点があるの」: where a body's office or site is. */
export function asksWhereOffice(question: string): boolean {
  return OFFICE_WHERE.test(question.normalize('NFKC'));
}

/** A body's office or site, whose whereabouts a report gives by a place name. */
const OFFICE = '事務局|拠点|オフィス|事務所|支所|支部|工場|研究所|施設|センター|展示場|ショールーム';

/**
 * Whose office a where-question asks about, as the question writes it: 「島根県鐵工会の事務局ってどこ」 →
 * 島根県鐵工会, 「NEXTAって、県内のどこに拠点が」 → NEXTA, 「…支援センターってどこにあるの」 → 支援センター's
 * name. Undefined when the question asks no office or names no holder before it.
 */
export function officeHolder(question: string): string | undefined {
  const q = question.normalize('NFKC');
  // "Which cities are AGIT's China and Korea offices located in?": a Latin name's office.
  // Not a country's letters ("the US manufacturing innovation institute for…" names no body).
  const located = LOCATED_EN.exec(q)?.[1];
  const english = asksForPlace(q)
    ? (OFFICE_OF_EN.exec(q)?.[1] ??
      OFFICE_RUN_EN.exec(q)?.[1] ??
      (located && !COUNTRY_LETTERS.test(located) ? located : undefined))
    : undefined;
  if (english) return english;
  const before =
    OFFICE_OF.exec(q) ??
    TOPIC_BEFORE_WHERE_OFFICE.exec(q) ??
    OFFICE_ABROAD.exec(q) ??
    SET_UP_WHERE.exec(q) ??
    (asksForPlace(q) ? OFFICE_PLACED.exec(q) : null);
  // 「研究所ってどこ」「3Dプリント担当の研究所」 name no holder: a name ends in Latin letters or katakana
  // (NEXTA, フラウンホーファー), or as a body's name does (島根県鐵工会, 医療機器開発支援センター).
  // 「NRW.Global Businessの海外オフィス」: a Latin name runs over its spaces.
  // 「経済開発機関AGIT」: the name is the Latin letters after its description.
  const run = before?.[1]?.replace(DESCRIBED_LATIN_NAME, '$1');
  const holder =
    run && /^[A-Za-z]/.test(run) ? `${LATIN_WORDS_BEFORE.exec(q.slice(0, before!.index))?.[0] ?? ''}${run}` : run;
  const name = holder?.replace(OFFICE_SUFFIX, '');
  return holder && name && name.length >= 2 && !isPrefectureName(name) && BODY_NAME.test(holder) ? holder : undefined;
}
/** A description in kanji or katakana, then a name in Latin capitals (「経済開発機関AGIT」). */
const DESCRIBED_LATIN_NAME = /^[\p{Script=Han}\p{Script=Katakana}ー・]{2,}([A-Z][A-Za-z0-9.'’&]*[A-Z0-9])$/u;
/** Latin words and their spaces that end where a name's run begins (「NRW.Global 」 of 「NRW.Global Business」). */
const LATIN_WORDS_BEFORE = /(?:[A-Za-z0-9.'’&-]+\s+)+$/;
/** A name's letters: kanji, katakana, Latin letters and digits (「島根県鐵工会」「NEXTA」「it's OWL」). */
const NAME_RUN = "[\\p{Script=Han}\\p{Script=Katakana}ーA-Za-z0-9.'’&・]+";
const OFFICE_SUFFIX = new RegExp(`(${OFFICE})$`);
const BODY_NAME = new RegExp(
  `([A-Za-z0-9\\p{Script=Katakana}ー]|会|機構|公社|組合|財団|法人|大学|庁|局|社|機関|窓口|${OFFICE})$`,
  'u',
);
/** 「県内の」「神戸の」「松江市内の」 between an office and どこ: where within a place the question names. */
const WITHIN_PLACE = '(?:\\p{Script=Han}{1,4}内?の)?';
/** Words before どこ that ask no more than it: 「メーカーって、具体的にどこ」「実際にはどの都市」. */
const JUST_WORDS = '具体的に(?:は)?|実際(?:に(?:は)?|は)?|結局';
/** The same before an office's where-word, and 「それぞれ」 (「AGITの中国と韓国のオフィスって、それぞれどこの都市」). */
const WHERE_ADVERB = `(?:(?:それぞれ|${JUST_WORDS})[、\\s]*)?`;
/**
 * 「島根県鐵工会の事務局ってどこ」, 「AGITの中国オフィスってどの都市に」, 「AGITの中国と韓国のオフィスって、
 * それぞれどこの都市に」「…オフィスって、具体的にどの都市に」: the holder named before the office, a few words of
 * where between.
 */
const OFFICE_OF = new RegExp(
  `(${NAME_RUN})の(?:[^、。？?\\s]{1,10}?の|[\\p{Script=Han}\\p{Script=Katakana}ー]{1,4})?(?:${OFFICE})(?:は|って|が|の場所)?[、\\s]*${WHERE_ADVERB}${WITHIN_PLACE}(?:どこ|何処|どの(?:都市|市|町|国|地域|州))`,
  'u',
);
/**
 * "AGIT's China and Korea offices", "NRW.Global Business's office": a capitalised name's office, with
 * only places and kinds of office between (not "Aachen's AGIT run overseas sales offices": AGIT's).
 */
const OFFICE_OF_EN =
  /\b([A-Z][A-Za-z0-9.&-]*(?:\s+[A-Z][A-Za-z0-9.&-]*)*)['’]s\s+(?:(?:[A-Z][a-z]+|and|overseas|foreign|local|regional|sales|main|liaison)\s+){0,4}?(?:offices?|headquarters|branch(?:es)?|sites?|bases?)\b/;
/** "AGIT in Aachen runs sales offices in China and Korea — which cities…": the body running the offices. */
/** The words of a site in English: "located", "based", "headquartered". */
const LOCATED_WORD_EN = '(?:located|based|headquartered|situated|sited)';
const OFFICE_RUN_EN =
  /\b([A-Z][A-Za-z0-9.&-]*(?:\s+[A-Z][A-Za-z0-9.&-]*)*)(?:\s+in\s+[A-Z][a-z]+)?\s+(?:runs|operates|has|maintains|opened|set up)\s+(?:[a-z]+\s+){0,2}(?:offices|branches|bases)\b/;
/**
 * "Where is the Medicines Technologies Catapult, announced in 2015, located?", "Where is WMG based?": a
 * capitalised name's site.
 */
const LOCATED_EN = new RegExp(
  `\\b[Ww]here (?:is|was|are|were|did|does|will) (?:the )?([A-Z][A-Za-z0-9.&-]*(?:\\s+[A-Z][A-Za-z0-9.&-]*)*)\\b[^?]{0,80}?\\b${LOCATED_WORD_EN}\\b`,
);
/** "Where is the UK's cell therapy Catapult located?": a site asked, whatever names it. */
const SITE_ASKED_EN = new RegExp(`\\bwhere (?:is|are|was|were)\\b[^?]{0,80}\\b${LOCATED_WORD_EN}\\b`, 'i');

/** Whether an English question asks where something is located, based or situated (its site). */
export function asksWhereLocated(question: string): boolean {
  return SITE_ASKED_EN.test(question.normalize('NFKC'));
}
/** The kind of place 「どこの地域にある」「どのエリアにある」 asks a body's site by. */
const AREA_KIND = '地域|都市|町|市|場所|エリア|地区|国';
/** A country's letters, which name no body: "the US manufacturing institute". */
const COUNTRY_LETTERS = /^(US|USA|UK|EU|U\.S\.|U\.K\.)$/;
const TOPIC_BEFORE_WHERE_OFFICE = new RegExp(
  `(${NAME_RUN}(?:${OFFICE})?)(?:って|は)[、\\s]*[^?？。]{0,12}?(?:(?:どこ|何処)(?:の(?:${AREA_KIND}))?|どの(?:${AREA_KIND}))(?:に(?:[^、。？?\\s]{1,6}の)?(?:${OFFICE})|にある|に(?:置かれ|設置され|設けられ|開設され)(?:た|る|てる|ている))`,
  'u',
);

const OFFICE_WHERE = new RegExp(
  `(${OFFICE})[」』)]?(は|って|が|の場所)?[、\\s]*${WHERE_ADVERB}${WITHIN_PLACE}(どこ|何処)(?!まで|から|でも|が|の)|(どこ|何処)に(${OFFICE})`,
  'u',
);

/** 「どこの駅に設置」「駅はどこ」, "at which stations": a station, which a report names 「…駅」. */
export function asksForStation(question: string): boolean {
  const q = question.normalize('NFKC');
  // "Has it been installed at any stations yet? Which ones?": which, asked of the stations just said.
  // 「もうどこかの駅で実際に使われてる？」: whether, and at which station.
  return /((どこ|何処)か?の|どの)駅|駅(は|って|が)?[、\s]*(どこ|何処)|\b(which|what) (railway |train )?stations?\b|\bany (railway |train )?stations?\b[^?]{0,40}\?\s*which( ones?)?\b/i.test(
    q,
  );
}

/**
 * 「一番予算が大きいのはどこ」「ダントツに多いの」, "which ranks first": a superlative. A report answers
 * it by saying so (最大, 最も, 首位) or by figures a reader can compare (a table, a list of figures).
 */
/**
 * 「it's OWLとAllianz Industrie 4.0、参加企業数はどっちが多い？」, "which has more members": which of two
 * is more or larger, by a figure of each.
 */
export function asksWhichOfTwo(question: string): boolean {
  // Either order: 「どっちが多い」 or 「多いのはどっち」.
  // 「雇用をたくさん生んだのはどっち」: more of something, said with たくさん or 多く.
  // "Which holds more patents, Fraunhofer or AIST?", "whether the Catapults or the IMIs have created more jobs",
  // "Between A and B, which one generated more new projects?".
  // 「どっちのほうが規模でかいの」: the measure may come between, and でかい is 大きい.
  return /((どっち|どちら)(の方|のほう)?が[、\s]*((規模|人数|予算|金額|数|面積)(が|は)?[、\s]*)?(多|大き|でか|デカ|少な|小さ|高|低|上|長|短|広|安|早|速|遅)|(比べ|比較)[^。？?]{0,8}(どれ|どの)(くらい|ぐらい|だけ)(の)?差|と(比べ|比較し)(て|ると|たら)[、\s]*(長|短|多|少な|高|低|大き|小さ)い(の|ん)?[？?、\s]*(それとも)?[、\s]*(長|短|多|少な|高|低|大き|小さ)い|と[^。？?]{0,40}(どれ|どの)(くらい|ぐらい|だけ)(の)?差(が|は|って)?[、\s]*(ある|あんの|つい)|(多|大き|少な|小さ|高|低|長|短|広|安|早|速|遅)い(方)?の(は|って)(どっち|どちら)|(たくさん|多く)[^、。？?]{0,8}の(は|って)(どっち|どちら)|\bwhich (one )?((has|had|is|was|did|does)( [a-z]+ly)?( (attracted|created|drawn|generated|brought in|received|won|produced|employed|raised|spent))?|(attracted|created|drew|generated|brought in|received|won|produced|employed|raised|spent)) (the )?(more|fewer|larger|bigger|smaller|higher|lower|faster|slower|greater)\b(?! than)|\bwhich\b[^?]{0,40}\b(more|fewer|less|larger|bigger|higher|lower|greater)\b[^?]{0,60}[:,]\s*[^?]+\bor\b|\bwhether\b[^?]{0,80}\bor\b[^?]{0,60}\b(more|fewer|larger|bigger|higher|lower|greater)\b|^\s*(did|does|do|has|have|is|was)\b[^?]{0,40}\b(more|less|fewer)\b[^?]{0,60}\bor\b[^?]*\?\s*$)/i.test(
    question.normalize('NFKC'),
  );
}

/**
 * 「ドイツのフラウンホーファーと日本の産総研って、規模はどれくらい違うの」: the two things a Japanese
 * question compares, each by its last word (フラウンホーファー, 産総研), or undefined. A passage on both
 * (a table with a column for each) compares them; one on either alone does not.
 */
export function comparedPair(question: string): [string, string] | undefined {
  const q = question.normalize('NFKC');
  const pair = COMPARED_PAIR.exec(q);
  if (!pair) return undefined;
  // 「アーヘン側」: the side, not the word for it.
  const last = (side: string) =>
    SIDE_WORD.exec(side.replace(/[(（][^)）]*[)）]/g, '').replace(/(側|のほう|の方)$/, ''))?.[0]?.trim();
  const a = last(pair[1]!);
  // 「北上と四日市の工業団地」: what follows の is the topic of both when the first side has none.
  const b = last(pair[1]!.includes('の') ? pair[2]! : pair[2]!.split('の')[0]!);
  return a && b && a !== b ? [a, b] : undefined;
}
/**
 * "How does Fraunhofer's staff size compare with AIST's?", "how do X and Y compare": the two sides of an
 * English comparison, each by its last word (Fraunhofer, AIST), lower-cased as the index writes Latin.
 */
export function comparedPairEn(question: string): [string, string] | undefined {
  const q = question.normalize('NFKC');
  const pair = COMPARED_PAIR_EN.exec(q) ?? COMPARED_BOTH_EN.exec(q);
  if (!pair) return undefined;
  const side = (text: string) => /([A-Za-z][A-Za-z0-9-]{2,})(?:['’]s)?\s*$/.exec(text.trim())?.[1]?.toLowerCase();
  const a = side(pair[1]!);
  const b = side(pair[2]!);
  return a && b && a !== b ? [a, b] : undefined;
}
/** "how does X's staff size compare with Y's": X before its possessive, Y after with/to. */
const COMPARED_PAIR_EN =
  /\bhow (?:does|do|did)\s+(?:the\s+)?([A-Za-z][\w-]*(?:\s+[A-Z][\w-]*){0,2})['’]s\s+[^?]{2,40}?\bcompare\s+(?:with|to)\s+(?:the\s+)?([A-Za-z][\w-]*(?:\s+[A-Z][\w-]*){0,2})/;
/** "how do X and Y compare", "compare X and Y". */
const COMPARED_BOTH_EN =
  /\b(?:[Hh]ow (?:do|did)|[Cc]ompare)\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+(?:and|with)\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})/;

/** 「AとBって、…違うの」「AとB、…どのくらい差がある」「AとBで比べると」 (と not after a verb: 「見ると」). */
const COMPARED_PAIR =
  /(?:^|[、。])\s*([^、。？?]{2,30}?)(?<![るたい])と([^、。？?]{2,30}?)(?:って|は|では|だと|で(?![きす])|の(?=(?:差|違い|比較))|、|,)[^。？?]{0,30}?(違う|違い|異な|差|比べ|比較|どっち|どちら)/;
/** The last word of a side: kanji, katakana or Latin letters (「日本の産総研」 → 産総研). */
const SIDE_WORD = /[\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9・.'’& -]{2,}$/u;

export function asksSuperlative(question: string): boolean {
  const q = question.normalize('NFKC');
  // 「資料にある一番新しい数字で」 asks for the latest figure, as "most recent" does: not a ranking.
  // 「まず一番先に手を付けるべきって言ってるのは何」 asks the first step of a plan (its 優先順位), not a ranking.
  if (FIRST_STEP.test(q)) return false;
  // "Who put up most of the money" asks who bore the bulk (a majority), not which ranks first.
  return /((一番|いちばん|最も|もっとも)(?!新しい(数字|数値|データ|値|統計))|ダントツ|首位|(?<![0-9０-９])[1１]位|第一位|\bmost\b(?! recent| of (the|its|their|it|them)\b)|\b(largest|biggest|highest|lowest|smallest|fewest)\b|\branks? (first|top|highest)\b|\b(came|comes|come|coming) out (on )?top\b|\btop[- ]ranked\b|\bnumber one\b)/.test(
    q,
  );
}

/** 「一番先に手を付ける」「いちばん最初に取り組むべき」: the first step to take. */
const FIRST_STEP =
  /(一番|いちばん|最も)(先|最初|初め)に[^。？?]{0,10}(手を付け|手をつけ|着手|取り組|取りかか|取り掛か|やる|進め|実施|始め)/;

/**
 * A sentence that says which ranks first: 最も, 最大, 首位, 一番, 1位, トップ (not ニッチトップ), 随一, 一義的,
 * 「その中でもアメリカ合衆国は約70パーセントを占めていた」 (not 「人口減少が進む中でも」, even while).
 */
export const SAYS_SUPERLATIVE =
  /(最も|もっとも|最大|最多|最高|最長|最小|最少|最低|最重要|一番|いちばん|首位|(?<![\p{Script=Katakana}ー])トップ(?![\p{Script=Katakana}ー])|(?<![0-9])1位|第一位|随一|一義的|ダントツ|圧倒的|(?:^|[、。\s]|その|この)(?:中|なか)でも)/u;

/** 「何年までに達成する目標なの」「いつまでに」, "by what year": the date a target is set for. */
export function asksDeadline(question: string): boolean {
  const q = question.normalize('NFKC');
  // A target or a plan, not when something past ended (「いつまで続いたか」「いつまでに退社したか」).
  return (
    /((何年度?|いつ|何月)(頃|ごろ)?まで(に|続|やる|実施|の予定|予定|の計画|の目標)|\b(by|until|till) (when|(what|which) (fiscal )?year)\b|\btarget (year|date)\b)/i.test(
      q,
    ) &&
    /(目標|予定|計画|達成|目指|めど|目途|見込|実現|\b(target|plan|aim|goal|scheduled|expect|due)(s|ed|ing)?\b)/i.test(q)
  );
}

/**
 * 「受講期間どれくらい」「1社あたり何年くらい続けてくれるの」「何年間受けられる」, "how long is the
 * training programme": a length of time (`DURATION`, or a range of dates), which no other figure
 * answers (「2012年より９期にわたって」「168名」). Not how long something has gone on (「何年続いてる」,
 * "how long has it existed"), which its start answers, nor an application period (`asksApplicationDeadline`).
 */
export function asksDuration(question: string): boolean {
  const q = question.normalize('NFKC');
  if (asksApplicationDeadline(q) || /続いて|経っ|経過し/.test(q)) return false;
  return (
    // 「何年コース」「何年制」: the length of a programme.
    /何(年間|か年|カ年|ヶ年|か月|カ月|ヶ月|ヵ月|ケ月|箇月|週間|日間|年コース|年制)/.test(q) ||
    // 「派遣する期間って1社あたりどのくらい」: per what may stand between.
    /(期間|任期|年数)(は|って|が|を)?[、\s]*([^\s、。？?]{1,6}(あたり|当たり)[、\s]*)?(どれ|どの|何|いかほど)|(どれ|どの)(くらい|ぐらい|ほど)の(期間|年数)/.test(
      q,
    ) ||
    // 「組んでから、製品化までどれくらいかかった」: the time up to an event (not 「導入コストってどのくらいかかった」).
    /まで(に)?(は|って)?[、\s]*(どれ|どの)(くらい|ぐらい|ほど)(の(期間|時間|年数))?[、\s]*(かか|要し)/.test(q) ||
    // 「何年くらい自前で予算つけてたの」: money given for years is a length of time too.
    /何年(?!度|代|に)(くらい|ぐらい|ほど|間)?[^、。？?]{0,10}(予算|補助|支援|助成|資金)[^、。？?]{0,3}(つけ|付け|つい|付い|出し|出て|手当)/.test(
      q,
    ) ||
    // 「1テーマあたり最長で何年まで支援を受けられる」: the longest a thing may last.
    /(最長|最大|上限)(で|は|って)?[、\s]*何(年|か月|カ月|ヶ月|ヵ月|週)/.test(q) ||
    // 「何年くらい補助が続く想定」: what goes on may stand between.
    /何年(くらい|ぐらい|ほど)?(も|の間)?[、\s]*([^\s、。？?]{1,6}?が)?(続け|続く|継続|かか|受け|支援し|実施|運営|在籍|派遣|務め|通)/.test(
      q,
    ) ||
    // "What's the longest period a theme can get support for?", "for how many years at most".
    /\b(longest|shortest|maximum|minimum|max) (support |funding |subsidy )?(period|duration|term|length of time)\b|\bhow many (years|months|weeks)\b[^?]{0,40}\bat most\b/i.test(
      q,
    ) ||
    /\bhow long (is|was|are|were|does|did|do|will|would)\b|\bfor how long\b|\bhow many (more |additional |extra )?(years|months|weeks) (does|did|do|can|could|will|is|was|are|were)\b|\b(maximum|max|minimum|total) (number of )?(years|months|weeks)\b/i.test(
      q,
    )
  );
}

/**
 * A length of time: 「３年間」「６か月」「10年の用地無償貸与」「2年を経過した時点」「40日から50日前後」,
 * "three years"; not a year of the calendar or an era (2012年, 平成20年, '05年), a decade (80年代), a
 * fiscal year, a day of a month (10月1日から) or a year written short (「11年に特区指定」: 2011).
 */
export const DURATION =
  /(?<![0-9.])(?:[0-9]{1,3}|[一二三四五六七八九十数]+|半)\s*(?:年間|か年|カ年|ヶ年|ヵ年|か月|カ月|ヶ月|ヵ月|ケ月|箇月|週間|日間|年半)|(?<![0-9.A-Za-z'’]|平成|令和|昭和|明治|大正)(?:[0-9]{1,2}|[一二三四五六七八九十数]+)\s*年(?!度|代|[0-9]|\s*[0-9]{1,2}\s*月|\s*に(?!わた|亘|及|[1一]\s*[度回]))|(?<![0-9.月])[0-9]{1,3}\s*日(?=\s*(から|前後|程度|ほど|以上|以内|余り|くらい|ぐらい))|\b([0-9]+|one|two|three|four|five|six|seven|eight|nine|ten)[- ](years?|months?|weeks?)\b/i;

/** 「締切と申請方法ってどうなってる？」, "what's the application deadline": when applications close. */
export function asksApplicationDeadline(question: string): boolean {
  return /(締切|締め切|〆切|(応募|申請|募集|申込み?)(の)?(期限|期間|期日)|\bdeadlines?\b)/i.test(
    question.normalize('NFKC'),
  );
}

/**
 * 「今度は何社集積を目標にしてるの」「年何回くらいに増やす目標」「何カ所つくる計画」「いくつまで増やすつもり」,
 * "how many … does it plan to": a figure set as a target or a plan, not what was achieved
 * (「実際には何社」) nor a date
 * (「何年までに」 is `asksDeadline`'s).
 */
export function asksTargetFigure(question: string): boolean {
  const q = question.normalize('NFKC');
  // Not what was achieved, nor how far a plan got or who took part (「計画はどのくらい進んでる」).
  if (/(実際|達成し|クリアし|結果|参加|進ん|進捗)/.test(q)) return false;
  return TARGET_AMOUNT_THEN_PLAN.test(q) || PLAN_THEN_TARGET_AMOUNT.test(q) || TARGET_FIGURE_EN.test(q);
}

/** An amount asked: 何 before a counter (何社, 何回, 何カ所, 何テーマ; 「何計画」 asks a name), いくつ, どれくらい. */
const TARGET_AMOUNT =
  '(何(?=[社回件人名箇カヶケ割%倍億万千百ヵ拠団校機施]|か(?=所|国|月)|\\p{Script=Katakana}[\\p{Script=Katakana}ー])|いくつ|いくら|どれ(くらい|ぐらい|だけ)|どの(くらい|ぐらい))';
const TARGET_AMOUNT_THEN_PLAN = new RegExp(`${TARGET_AMOUNT}[^。？?]{0,14}(目標|計画|予定|見込|目指|つもり)`, 'u');
const PLAN_THEN_TARGET_AMOUNT = new RegExp(`(目標|計画|見込み?)(値|数)?(は|って|を)?${TARGET_AMOUNT}`, 'u');
const TARGET_FIGURE_EN =
  /\bhow (many|much)\b[^?]{0,60}\b(target|goal|plann?(ed|ing|s)? to|aim(s|ed)? (to|for)|expect(s|ed)? to)\b|\bwhat ((numeric(al)?|specific|quantitative|page-view|sales|visitor|revenue|export|output|headcount|employment) )?(target|goal)s?( (number|figure|level))?\b|\bwhat (is|was) (the|its|their) ([a-z-]+ )?target (for|of)\b/i;

/**
 * A sentence stating a target, a plan or a forecast: 「目標」「計画」「見込まれる」「予測」 (not までに:
 * 「2021年２月末までに133回開催」 says what was done).
 */
export const SAYS_PLAN = /(目標|目指|計画|予定|見込|予測|試算|想定|めど|目途)/;

/**
 * 「it's OWLで新しく設立された企業って、実際のところ何社になった？」, "how many … actually … so far": a
 * figure that came about, asked as such. A target (「新規設立企業50社という目標」) does not answer it.
 * Checked by the near-miss rule `actualFigure` on the count that best matches the question.
 */
export function asksActualFigure(question: string): boolean {
  const q = question.normalize('NFKC');
  // 「雇用の目標立ててたと思うけど、実際どれくらい」 knows of the target: the reports' sentence giving the
  // target often gives the result beside it, and may outrank the one that does.
  // One that states the target's figure ("against its target of 50", 「目標50社に対して」) asks for
  // another figure: a sentence giving only the target's does not answer it.
  if (asksTargetFigure(q) || (/(目標|ゴール|\b(target|goal)s?\b)/i.test(q) && !STATES_TARGET_FIGURE.test(q)))
    return false;
  const amount = new RegExp(TARGET_AMOUNT, 'u').test(q) || /\bhow (many|much)\b/i.test(q);
  return (
    amount &&
    /(実際(のところ|に|は|の)?|これまで(に|で)|今まで(に|で)|現在まで|最終的に|\b(actually|so far|to date|in practice|in reality|in the end)\b)/i.test(
      q,
    )
  );
}

/** A target stated with its figure: "its target of 50", "a goal of 10,000", 「目標50社」「50社の目標」. */
const STATES_TARGET_FIGURE =
  /\b(target|goal)s? of (about |around |some )?[0-9]|目標(値|数)?[はの:：]?\s*[0-9]|[0-9][0-9,.]*\s*[^\s0-9。、？?]{0,4}(が|という|って|の)目標/i;

/** A sentence giving a figure as it came about: not only a target or a plan (「…という目標を掲げている」). */
export function saysActualFigure(text: string): boolean {
  const normalized = text.normalize('NFKC');
  return !SAYS_PLAN.test(normalized) || SAYS_ACHIEVED.test(normalized) || /(実績|結果)/.test(normalized);
}

/**
 * 「これから海外に直営店を出す計画ってある？」, "are there any plans to": whether a plan is said, not a
 * figure or a date of it.
 */
export function asksPlan(question: string): boolean {
  const q = question.normalize('NFKC');
  return (
    /(計画|予定|構想|方針)(って|は|とか|も|が)?[、\s]*(ある|あり|出て|載って|決まって|立って|示されて)/.test(q) ||
    /\b(any|are there|is there an?y?) plans?\b|\b(plan|plans|planning) to\b/i.test(q)
  );
}

/**
 * "When will RESAS release the new menu?", "when is the third meeting being held?", 「いつ始める予定」,
 * 「目標年はいつ」: when something still to come will happen. A date the reports give for what has happened does not
 * answer it; a sentence on the topic saying what is planned does.
 */
export function asksWhenFuture(question: string): boolean {
  const q = question.normalize('NFKC');
  return (
    /\bwhen (exactly |precisely )?(will|shall|would)\b|\bwhen (exactly |precisely )?(is|are)\b[^?]{0,120}\b(being held|scheduled|due|expected|planned|set to|going to|to be)\b/i.test(
      q,
    ) ||
    /いつ[^、。？?]{0,20}(予定|見込み|見通し|計画)/.test(q) ||
    // 「医薬品一兆円産業、目標年はいつ？」「いつまでに実現する目標」: when a target is to be met.
    /目標(年|年度|時期|期限)[^、。？?]{0,6}(いつ|何年)|いつまでに[^、。？?]{0,12}(達成|実現|目指)|(いつ|何年)(まで)?(を|が)目標/.test(
      q,
    )
  );
}

/** A sentence saying what is planned or to come: SAYS_PLAN, 今後, 方針, 検討, 構想, これから. */
export const SAYS_FUTURE = new RegExp(`${SAYS_PLAN.source}|今後|方針|検討|構想|これから|将来`);

/**
 * 「50社って目標、実際に達成できたの？」, "did the UK reach its goal of 30 fields?": whether a target was
 * met — not how far it got (「いまどこまで達成してる？」, answered by the figures so far).
 */
export function asksAchieved(question: string): boolean {
  const q = question.normalize('NFKC');
  // Of a target (「商談が何件実現したの」 asks a count).
  return (
    (/(目標|ゴール|計画)/.test(q) && /(達成|実現|クリア)(でき|し)(た|てる|ている)(の|か|ん)?\s*[？?]/.test(q)) ||
    /\b(did|has|have)\b[^?]{0,60}\b(reach|achieve|meet|hit|attain)\b[^?]{0,40}\b(goal|target)s?\b/i.test(q)
  );
}

/** Words of a question asking which, what, when, how: it is not a yes/no question. */
const WH_WORD = /(何|なに|なん|どこ|どう|どんな|どの|いつ|誰|だれ|なぜ|どれ|いくら|いくつ)/;

/**
 * 「乳がんチェッカー、結局EUで販売までいけた？」「販売承認って下りたの？」「販売承認（CEマーク）とれたの？」
 * 「目標、ちゃんと達成できたの？」: a yes/no
 * question whether an act happened. Returns the act (販売, 販売承認, 達成), or undefined.
 */
export function askedHappening(question: string): string | string[] | undefined {
  // 「…結局EUで販売までいったの？いつ発売？」: a yes/no sentence asks it, whatever the next one asks.
  const sentences = question.normalize('NFKC').match(/[^?。]+[?。]?/g) ?? [];
  for (const sentence of sentences) {
    const act = happeningAsked(sentence.trim());
    if (!act) continue;
    // 「生まれた」「始まった」: a verb of one kanji is in too many words alone (生産, 学生); it is said by the
    // verb with its kana (生まれ) or by the Sino-Japanese words for it (誕生, 開始).
    const kanji = act[0]!;
    return /^\p{Script=Han}\p{Script=Hiragana}+$/u.test(act) ? [act, ...(KANGO_OF[kanji] ?? [])] : act;
  }
  return undefined;
}

/** Sino-Japanese words that say what a verb of one kanji says: 始まる → 開始, 生まれる → 誕生, 創出. */
const KANGO_OF: Readonly<Record<string, readonly string[]>> = {
  始: ['開始'],
  生: ['誕生', '創出'],
  増: ['増加', '拡大'],
  減: ['減少', '縮小'],
  終: ['終了'],
  決: ['決定'],
  使: ['使用', '利用', '活用', '導入'],
  建: ['建設'],
  売: ['販売'],
  変: ['変更'],
};

/** Words for whatever came of something: 成果, 結果, 効果, 実績. */
const OUTCOME_NOUN = /^(成果|結果|効果|実績|影響|変化|展開|こと|もの)$/;

function happeningAsked(q: string): string | undefined {
  // 「労働4.0の議論、最終的にどんな制度整備につながったの」: what it came to, asked of a named act (制度
  // 整備), which a line saying it as planned (「制度整備に繋げる予定」) does not say it came to.
  const ledTo =
    /(最終的に|結局|実際に)[^？?]{0,20}?(どんな|どういう|どのような|何の)(?<act>[\p{Script=Han}\p{Script=Katakana}ー]{2,8})(に|へ)(つなが|繋が|結び付|結びつ)/u.exec(
      q,
    );
  // 「最終的にどんな成果につながったの」 asks what came of it (`asksOutcome`), no named act.
  if (ledTo && !OUTCOME_NOUN.test(ledTo.groups!.act!)) return ledTo.groups!.act;
  if (WH_WORD.test(q)) return undefined;
  const match =
    /(?<act>[\p{Script=Han}\p{Script=Katakana}ー]{2,8})(?:[（(][^（()）]{1,20}[)）])?(まで|って|が|は|を|に|も)?\s*(こぎつけ|漕ぎ着け|いけ|行け|いっ|行っ|してもらえ|させてもらえ|(?:でき|す|され)るようになっ|でき|下り|降り|おり|され|至っ|成功し|実現し|なっ|取れ|とれ|取得でき|もらえ|得られ|通っ|し)た(の|ん|んだ|か)?(かな|っけ|だっけ)?\s*[？?]$/u.exec(
      q,
    );
  if (match) return match.groups?.act;
  // 「IoTパワード義足、もう発売されてる？」「実用化してるの？」: whether it is done by now.
  const state =
    /(?<act>[\p{Script=Han}\p{Script=Katakana}ー]{2,8})(まで|って|が|は|を|も)?\s*(され|し|でき)て(る|いる|ます)(の|ん|んだ|か)?(かな|っけ|だっけ)?\s*[？?]$/u.exec(
      q,
    );
  if (state) return state.groups?.act;
  // 「段差解消機って、もう実際の駅で使われ始めてるの？」: whether it has begun (its verb; one kanji with its
  // kana: 使われ).
  const begun =
    /(?<stem>\p{Script=Han}{1,8})(?<kana>\p{Script=Hiragana}{0,3}?)(始め|始まっ)て(る|いる|ます)(の|ん|んだ|か)?(かな|っけ|だっけ)?\s*[？?]$/u.exec(
      q,
    );
  if (begun) return begun.groups!.stem!.length === 1 ? begun.groups!.stem! + begun.groups!.kana! : begun.groups!.stem;
  // 「5年の補助が切れた後に追加支援って決まってるんだっけ？」: whether an act was decided.
  const decided =
    /(?<act>[\p{Script=Han}\p{Script=Katakana}ー]{2,8})(まで|って|が|は|も)?\s*(決まっ|決定し|確定し)(た|てる|ている)(の|ん|んだ|か)?(かな|っけ|だっけ)?\s*[？?]$/u.exec(
      q,
    );
  if (decided) return decided.groups?.act;
  // 「その後ちゃんと製品になって売れたの？」「EUで売り出すところまでいけた？」: a plain verb for the act the
  // reports name (販売, 製品化).
  const plain = PLAIN_ACT.exec(q);
  if (plain) return plain.groups!.sold || plain.groups!.launched ? '販売' : `${plain.groups!.made}化`;
  // 「NRW Global Connectって、結局もう立ち上がったの？」: a verb after もう, 結局, 実際に — its stem to
  // its last kanji (立ち上, which 「立ち上げ」 also says). 「実際に雇用は1,800人生まれたの？」: a figure the
  // question states may stand before the verb (whether that figure came about).
  const verb =
    /(もう|既に|すでに|結局|実際に|実際|ちゃんと)[、\s]*(?:[^、。？?\s]{0,12}?[0-9][0-9,.]*\p{Script=Han}?)?(?<stem>\p{Script=Han}[\p{Script=Han}\p{Script=Hiragana}]{0,4}?)(?<ending>っ|し|い|ち|れ|け|め|え|り|き)?た(の|ん|んだ|か)?(かな|っけ|だっけ)?\s*[？?]$/u.exec(
      q,
    );
  const written = verb?.groups?.stem;
  const kanji = written?.replace(/\p{Script=Hiragana}+$/u, '');
  // 「実際に生まれたの？」: one kanji keeps its kana (生まれ; see `askedHappening`).
  const stem = kanji?.length === 1 ? `${written}${verb?.groups?.ending ?? ''}` : kanji;
  // 「ちゃんと成果出た？」 asks what came of it (the outcome check), not whether a named act took place.
  return stem && !OUTCOME_WORD.test(stem) ? stem : undefined;
}

const OUTCOME_WORD = /^(成果|結果|効果|実績)/;

/** 「売れたの？」「売れるようになったの？」「製品になったの？」 at the end of a yes/no question: sold, made into a product. */
const PLAIN_ACT =
  /(?:(?<sold>売れ)(?:た|てる|ている|るように(?:なっ)(?:た|てる|ている))|(?<launched>売り出|発売|販売)(?:す|する)?ところまで(?:いけ|行け|いっ|行っ|こぎつけ|漕ぎ着け|でき|至っ)(?:た)|(?<made>製品|商品)(?:に|と)(?:なっ)(?:た|てる|ている))(?:の|ん|んだ|か)?(?:かな|っけ|だっけ)?\s*[？?]$/u;

/**
 * "Did the breast cancer checker actually go on sale in the EU?": an English yes/no question whether
 * an act happened. Returns the Japanese words the reports would say it with (販売, 発売), or undefined.
 */
export function askedHappeningEn(question: string): string[] | undefined {
  const q = question.normalize('NFKC');
  const yesNo = /(?:^|[.:!?—–]\s*)(did|has|have|had|was|were)\s+([^?]*)/i.exec(q);
  if (!yesNo) return undefined;
  // "Did the deal end up producing a commercial product?" asks about the product, not the deal.
  const outcome = /\b(?:end(?:ed)? up|result(?:ed)? in|le(?:ad|d) to)\b(.*)/i.exec(yesNo[2]!)?.[1];
  const asked = outcome && ACTS_EN.some(([pattern]) => pattern.test(outcome)) ? outcome : yesNo[2]!;
  const acts = ACTS_EN.filter(([pattern]) => pattern.test(asked)).flatMap(([, words]) => words);
  return acts.length > 0 ? acts : undefined;
}

/** English acts a yes/no question asks about, and how the reports say each was done. */
const ACTS_EN: readonly (readonly [RegExp, readonly string[]])[] = [
  [/\b(go|goes|went|gone) on sale\b|\b(sold|sell|selling)\b|\bon the market\b/i, ['販売', '発売']],
  [/\bapprov(e|ed|al)\b|\bcertified\b/i, ['承認', '認可', '認証']],
  [/\blaunch(ed)?\b.*\b(product|sale|market)/i, ['発売', '販売']],
  [/\bcommerciali[sz](e|ed|ation)\b|\b(commercial|marketable) products?\b/i, ['事業化', '商品化', '実用化', '製品化']],
  [/\b(business )?deals?\b|\bcontracts?\b/i, ['商談', '取引', '成約', '契約']],
  [/\bjoint ventures?\b/i, ['合弁', '共同事業']],
  [/\b(extended|extension|renewed|renewal)\b/i, ['延長', '継続', '更新']],
  // "Did the expansion actually create the projected 1,800 new jobs?"
  [/\b(creat|generat|add)(e|es|ed|ing)\b[^?]{0,40}\bjobs?\b/i, ['雇用']],
];

/**
 * What follows an act said as an aim, a plan or a review, not as done: 「販売するため」「達成しよう」
 * 「支援継続にかかる審査」「導入を検討」.
 */
export const AS_INTENT =
  /^(する|させる|させ|し|を|が|に|の|へ|げる|げ|がる)?(ため|よう|目指|予定|計画|向け|目標|審査|にかかる|かかる|検討|可能|見込|申請|ことで|ことに|提言|提案|要望|要請|構想)|^(に|へ)(つなげ|繋げ|結びつけ|結び付け)る(予定|計画|方針|ため|よう|見込|こと(を目指|が期待))/;

/** A sentence saying whether a target was met: 「目標を達成」「未達」「上回った」. */
export const SAYS_ACHIEVED = /(達成|未達|実現し|クリア|届か|届い|上回|下回|超え)/;

/**
 * 「フラウンホーファーの本部ってどこ」「事務局ってどこの市」「所在地わかる？」, "where is it headquartered":
 * where a body has its head office, secretariat or address.
 */
export function asksHeadquarters(question: string): boolean {
  return /((本部|本社|本拠地?|本所)(は|って|が|の(場所|所在地))?[、\s]*([^、。？?\s]{1,12}の)?(どこ|何処|(どっち|どちら)の(都市|市|町|街|国|県|州)|どの(都市|市|町|街|国|県|州))|所在地(は|って|が|を)?[、\s]*(どこ|何処|わかる|分かる|教えて|[？?]|$)|(どこ|何処)に(本部|本社|本拠)|事務局(は|って|が|の(場所|所在地|住所))?[、\s]*(住所|場所)?(は|って)?[、\s]*(どこ|何処|どの(都市|市|町|国))|\bheadquartered\b|\b(which|what) (city|town|country|state)\b[^?]{0,40}\b(headquarters|head office|secretariat)\b|\bwhere\b[^?]{0,60}\b(headquarters|head office|secretariat)\b)/i.test(
    question.normalize('NFKC'),
  );
}

/**
 * 「2021年度からは何て事業に衣替えしたの？」, "what programme replaced it": what took over from a
 * programme or body, or what it was renamed.
 */
export function asksSuccessor(question: string): boolean {
  // 「報告書を引き継いだんだけど」: the asker took the report over, no body its successor.
  return /(衣替え|後継|後身|引き継いだ(?!ん|ばかり|ところ|ので|から|けど)|改称|改名|名前が変わ|名称が変わ|名称変更|(何て|何という|なんて|どんな)(事業|制度|名前|名称|組織)に(なっ|変わ)|\b(replaced|succeeded|superseded)\b|\bsuccessor\b|\btook over from\b|\brenamed\b)/i.test(
    question.normalize('NFKC'),
  );
}

/**
 * "Who took over from Korder?", 「後任って誰？」: the person who succeeded a person. A passage on the
 * body's successor (「（現America Makes）」, 前身, 移行) does not say it.
 */
export function asksPersonSuccessor(question: string): boolean {
  return /\bwho (took over from|succeeded|replaced|came after)\b|(後任|後継者)(は|って|が)?[、\s]*(誰|だれ)|(誰|だれ)が(後任|後を継|跡を継|引き継)/i.test(
    question.normalize('NFKC'),
  );
}

/** A sentence saying who took over from whom: 後任, 交代, 後を継ぐ (not 「委員に就任」). */
export const SAYS_PERSON_SUCCESSION = /(後任|後継|交代|後を継|跡を継|引き継)/;

/**
 * A sentence saying what succeeded what: 後継, 引き継ぐ, 移行, 改称, 「（現America Makes）」「（旧…）」,
 * 「NAMII、現America Makes」; not 「、現地調査」「、現在」「、旧来の」.
 */
export const SAYS_SUCCESSION =
  /(後継|後身|引き継|引継|継承|移行|衣替え|改称|名称変更|改名|に改め|再編|統合され|前身|発展的|[（(](現|旧)\s*[^）)\s、]|[、,](現|旧)\s*[A-Za-zァ-ヺ])/;

/** A sentence saying where a body has its head office: 「1949年(本部ミュンヘン)」「本社を置く」. */
export const SAYS_HEADQUARTERS = /(本部|本社|本拠|本所|所在地|に拠点を置|事務局)/;

/** 「石狩市長って、どんなコメントしてる？」, "what did he say": what a person said. */
export function asksWhatSaid(question: string): boolean {
  // Not 「報告書は何て言ってる」「…すべきだと言ってる？」, nor "what does the NRI study say": that asks
  // what a report says.
  const q = question.normalize('NFKC');
  return (
    /((どんな|どういう|何て|なんて)(コメント|発言)|コメント(して|(は|って)?(載って|出て|ある))|\bwhat (did|does|has) [^?]{0,40}\b(say|said|comment)|\bcomment(s|ed)? on\b)/i.test(
      q,
    ) &&
    !/\bwhat (did|does|has) (the |this |that |its |their )?([a-z'’-]+ ){0,3}(study|studies|report|reports|paper|papers|survey|surveys|material|materials|deck|slides?|document|documents|analysis|review|research|data|table|figure|chart)\b[^?]{0,20}\b(say|said)\b/i.test(
      q,
    )
  );
}

/** A sentence quoting or reporting speech: 「…」と述べ, によれば, 語った, コメント. */
export const SAYS_SPEECH =
  /(と述べ|と語|と話|と発言|と指摘|と強調|と説明|と言|によれば|によると|のコメント|コメントし|発言し|[」』]と)/;

/**
 * 「174の企業・機関のうち、大学とか研究機関っていくつ」「70社79拠点、そのうち外資系はどれくらい」: a part
 * of a total the question states, asked how many. The words naming the part (大学とか研究機関).
 */
export function askedPart(question: string): string | undefined {
  // 「相手国が中国（国内の中国地方じゃなくて国のほう）の案件って何割」: an aside in brackets is not the part.
  const q = question.normalize('NFKC').replace(/\([^()]*\)/g, '');
  // 「愛知県だけで見ると何プロジェクト」「大学に限ると何機関」: the part is the one the question singles out.
  const only =
    /(?:^|[、,\s])([^、,。？?\s]{2,14}?)(?:だけ|のみ|単独|に限ると|に限れば|に絞ると|に絞れば)(?:で見ると|でみると|だと|では|で言うと|でいうと|で)?[、\s]*(?:いくつ|何(?:社|人|名|件|機関|団体|校|拠点|か所|カ所|箇所|割|%|パーセント|プロジェクト|テーマ)|どれ(?:くらい|ぐらい|だけ)|どの(?:くらい|ぐらい|程度))/.exec(
      q,
    );
  if (only && !/^(これ|それ|あれ|ここ|そこ|この|その|あの|今回|今年)/.test(only[1]!)) return only[1];
  const at = /(のうち|そのうち|うち|の中で)[、,\s]*/.exec(q);
  if (!at) return undefined;
  // 「販売店を出したメーカーって、約100社のうち何社？」: the part is named before the total.
  const before =
    /([^、。？?]{2,30}?)(って|は)[、\s]*(約|およそ)?[0-9][0-9,]*\s*[^\s、。]{0,4}(のうち|うち|の中で)[、\s]*(いくつ|いくら|何(社|人|名|件|機関|団体|校|拠点|か所|カ所|箇所|割|%|パーセント)|どれ(くらい|ぐらい|だけ)|どの(くらい|ぐらい|程度))/.exec(
      q,
    );
  if (before) return before[1];
  // The total is a count the question states (174の, 70社), not a year (2010年の収入のうち), or a
  // group it names (「参加機関のうち、大学って何機関」).
  const total = /[0-9]+(?![0-9]*\s*年)/.test(q.slice(0, at.index));
  const after = q.slice(at.index + at[0].length);
  const part =
    /^(.{2,24}?)(って|は|が|の数|で)[、\s]*(いくつ|いくら|何(社|人|名|件|機関|団体|校|拠点|か所|カ所|箇所|割|%|パーセント|つ|個|種類)|どれ(くらい|ぐらい|だけ)|どの(くらい|ぐらい|程度))/.exec(
      after,
    )?.[1] ?? SHARE_OF_PART_ASKED.exec(after)?.[1];
  // 「OIMSで生まれた商談、そのうち実際に成約までいったのは何件」: a part reached by a verb, of a whole the
  // question names without a count, is named by its nouns (成約).
  const reached = !total && part !== undefined && VERB_PART.test(part) ? partNouns(part) : undefined;
  if (reached) return reached;
  // 「参加企業のうち、中小企業って何割」: a share of a group the question names is a part of it too.
  if (
    !total &&
    !/^.{2,24}?(って|は|が)[、\s]*何(機関|団体|校|拠点|か所|カ所|箇所|割|%|パーセント)/.test(after) &&
    !SHARE_OF_PART_ASKED.test(after)
  )
    return undefined;
  return part;
}

/**
 * 「そのうち医療機器が占める割合どのくらい」「県外から誘致してきた企業ってどのくらいの割合」: the share of a
 * part, its words first.
 */
const SHARE_OF_PART_ASKED =
  /^(.{2,24}?)(?:って|は|が|の)?[、\s]*(?:(?:が|の)?占める)?(?:(?:割合|比率)(?:は|って)?[、\s]*(?:どのくらい|どれくらい|どれぐらい|どのぐらい|何割|何%|何パーセント)|(?:どのくらい|どれくらい|どれぐらい|どのぐらい)の(?:割合|比率))/;

/** A part said by what it did (「成約までいったの」「商品化できたの」), ending with a verb. */
const VERB_PART = /(った|んだ|きた|した|れた|いた|なった|てる|ている|できた)の?$/;

/** The nouns of a part said by a verb (「実際に成約までいった」 → 成約), joined. */
function partNouns(part: string): string | undefined {
  const nouns = nounsOfPart(part);
  return nouns.length > 0 ? nouns.join('・') : undefined;
}

/**
 * The nouns (two or more kanji or katakana) of a part said by a verb: 「新しい事業を始めた割合」 → 事業,
 * without adverbs and words that name no part (実際, 結局, 割合).
 */
export function nounsOfPart(phrase: string): string[] {
  return (phrase.match(/[\p{Script=Han}\p{Script=Katakana}ー]{2,}/gu) ?? []).filter(
    (word) => !/^(実際|結局|本当|最終|具体|全部|全体|最後|最近|割合|比率)$/.test(word),
  );
}

/**
 * "Of the 174 companies and institutions in it's OWL, how many are universities?", "how many of the
 * IIC's member companies are Japanese?": a part of a total, in English. The words naming the part
 * (universities, Japanese), for the lexicon to translate.
 */
export function askedPartEn(question: string): string | undefined {
  const q = question.normalize('NFKC').toLowerCase();
  const part =
    /\b(?:of|out of|among) (?:the |its |their |those )?[^?]{0,40}?\b[0-9][0-9,]*\b[^?]{0,80}?,? how many (?:of them |of those )?(?:are|were) ([a-z][a-z -]{2,60}?)\s*\?/.exec(
      q,
    ) ??
    /\bhow many of (?:the |its |their |those |these )[^?]{3,80}? (?:are|were) ([a-z][a-z -]{2,60}?)\s*\?/.exec(q) ??
    // "…1,515 companies. How many of those were SMEs?"
    /\b[0-9][0-9,]*\b[^?]{0,80}?\. how many of (?:them|those|these) (?:are|were) ([a-z][a-z -]{2,60}?)\s*\?/.exec(q) ??
    // "Of the roughly 360 firms in Kobe's cluster, what percentage are foreign-owned?": a share of the part.
    /\b(?:of|out of|among) (?:the |its |their |those )?[^?]{0,40}?\b[0-9][0-9,]*\b[^?]{0,80}?,? what (?:percentage|share|proportion|fraction|per ?cent) (?:of them |of those )?(?:are|were|is|was) ([a-z][a-z -]{2,60}?)\s*\?/.exec(
      q,
    ) ??
    // "What share of the 174 organisations taking part in it's OWL are SMEs?"
    /\bwhat (?:percentage|share|proportion|fraction|per ?cent) of (?:the |its |their |those )?[^?]{0,40}?\b[0-9][0-9,]*\b[^?]{0,80}? (?:are|were) ([a-z][a-z -]{2,60}?)\s*\?/.exec(
      q,
    ) ??
    // "Of the 46 projects, how many have been completed so far?": the part is what they came to (completed).
    /\b(?:of|out of|among) (?:the |its |their |those )?[^?]{0,40}?\b[0-9][0-9,]*\b[^?]{0,80}?,? how many (?:of them |of those )?(?:have |has |had )?(?:been |already |actually )*(completed|finished|commercialised|commercialized|implemented|realised|realized)\b/.exec(
      q,
    ) ??
    // "Of the business meetings arranged through OIMS, how many ended in signed contracts?": the part is
    // what they ended in (its head noun: contracts).
    /\b(?:of|out of|among) (?:the |its |their |those |all )?[^?,]{3,80}, how many (?:of them |of those )?(?:actually |eventually |finally )?(?:ended|resulted|led|turned|went on|converted) (?:up )?(?:in|into|to) (?:a |an )?(?:[a-z-]+ )?([a-z-]{3,})\s*\?/.exec(
      q,
    );
  // "how many are in Germany", "how many are based in Kansai": the part is the place.
  return part?.[1]?.replace(/^(?:(?:based|located) )?(?:in|from) /, '').trim();
}

/**
 * 「練馬区とフランスの交流って、結局どんな成果が出たの？」「受注とか取れたの？」, "what came of it": the
 * outcome of a case. A report answers it by saying what came of it (`SAYS_OUTCOME`).
 */
export function asksOutcome(question: string): boolean {
  const q = question.normalize('NFKC');
  return (
    OUTCOME_ASKED_FINALLY.test(q) ||
    // 「結局収量とか売上って上がったの？」: whether a measure rose, asked yes or no (by how much is `changeAsFigure`'s).
    (ROSE_ASKED.test(q) && !/(どれ|どの)(くらい|ぐらい|だけ)|何\s*(%|割|倍|パーセント)/.test(q)) ||
    /((どんな|どういう|どのような)(成果|結果|効果)|成果(は|って)|(どんな|どういう)[^。？?]{0,20}成果(が|は)?[、\s]*(出た|出て|あった|上がった)|結局どう(なった|いう結果)|その後[^、。？?]{0,12}どう(なった|なって)|(売上|売り上げ|業績|収益)(は|って|が)?[、\s]*どう(なった|なって|変わった)|(どれ|どの)(くらい|ぐらい|だけ)売れ(た|て)|効果(は|って)(あった|出た)|(受注|販売|商品化|実用化|契約)(まで)?(とか)?(は)?(取れた|とれた|こぎつけた|できた|いった|結びついた)|(結局|実際)?[、\s]*(うまく|上手く)(いった|いって|行った)(の|か|ん)|\bwhat (came of|were the (results|outcomes))|\bwhat ([a-z]+ ){0,3}(came|resulted|emerged) (out of|of|from)\b|\bwhat ([a-z]+ ){0,2}(results|outcomes|deals|achievements)\b[^?]{0,80}\b(did|has|have)\b|\b(did|has) [^?]{0,80}\b(produce|produced|lead to|led to|result in|resulted in|yield|yielded)\b|\b(did|has) [^?]{0,60}\b(work out|succeed|pay off)\b|\bwhat did [^?]{0,60}\bachieve\b)/i.test(
      q,
    )
  );
}

/**
 * 「最終的にどんな商談がまとまったの」「議論って、最終的にどういう結論になった」「実際に商談はまとまったの」
 * 「議論って、最終的にどんな制度ができたの」
 * 「結局EUで販売承認とれて売り出せたんだっけ」, "what conclusions did … eventually publish": what a case,
 * a talk or a debate came to in the end.
 */
const OUTCOME_ASKED_FINALLY =
  /((最終的に|結局)[^。？?]{0,20}(どんな|どういう|どのような)[^。？?]{0,8}(結論|成果|結果|商談|契約|合意)|(最終的に|結局)[^。？?]{0,20}(どんな|どういう|どのような)(制度|仕組み|法律|ルール)(が|は)?[、\s]*(でき|作られ|生まれ)|(商談|契約|取引|合意)(は|が|って|とか)?[、\s]*(まとまった|まとまって|成立した|成約した|結べた|決まった)|(どんな|どういう|どのような)結論|結論(は|って)[、\s]*(どう|出た|出て)|(売り出せた|売り出された|発売できた|発売された|販売でき(た|る)|承認[^。？?]{0,4}(とれ|取れ|下り|おり|得られ))|\bwhat (conclusions?|findings?|recommendations?) did\b|\b(eventually|finally|ultimately|in the end) (publish|published|conclude|concluded|decide|decided|agree|agreed)\b|\bdid [^?]{0,60}\b(get|obtain|win|receive|gain) [^?]{0,30}\b(approval|certification|clearance|contracts?|orders?)\b)/i;

/** 「売上って上がったの」「収量とか伸びたの？」: whether sales, earnings or output went up. */
const ROSE_ASKED =
  /(売上|売り上げ|業績|収益|収量|生産量|販売量|出荷量)[^。？?]{0,8}(上がった|伸びた|増えた|上向いた)(の|ん|か)/;

/** A sentence saying what came of something: an achievement, a deal, growth, a launch, or a failure. */
export const SAYS_OUTCOME =
  /(成果|結論|結果[、,]|確認され|取りまとめ|とりまとめ|公表|白書|提言|承認|成約|合意|発売|実現|成功|達成|締結|設立|増加|増大|向上|改善|受注|販売|商品化|製品化|実用化|採用|拡大|獲得|削減|創出|誕生|進出|展開|契約|開発|倍|増え|伸び|つながった|結びつ|問題が発生|失敗|低迷|伸び悩|減少|悪化|頓挫|未達)/;

/** An event a question dates, and the words reports write for it. */
interface DatedEvent {
  ja: RegExp;
  en: RegExp;
  said: RegExp;
  /** Its date only orders the quotes (`askedDating`); no passage must say the event (`askedWhenEvent`). */
  leadOnly?: boolean;
}

/**
 * Events whose date a question asks for (「いつ廃止されたの」「何年に設立」, "when was it founded"),
 * each with the words reports write for it (a body founded may be 設立, 創設, 発足 or 開設).
 */
const DATED_EVENTS: (DatedEvent & { jaAll: RegExp })[] = (
  [
    {
      // 「何年度で終わったの」: a programme that ended (not 「梅雨が終わるのはいつ」, a season).
      ja: /(解散|廃止|撤廃|閉鎖|撤退|中止|休止|打ち切|終了|終わった|終わって|終えた)/,
      en: /\b(dissolv|disband|abolish|clos|shut|discontinu|scrap|withdr|terminat|wound up|wind(ing)? down|(?<!the )end(s|ed)?\b(?! up))/i,
      said: /(解散|廃止|撤廃|閉鎖|撤退|中止|休止|終了|打ち切|解消|終え)/,
    },
    {
      // 「いつオープンした」「何年にできた団体」「いつ頃立ち上げる予定」: an opening or a founding too.
      // 「専門大学の中に置かれたのって何年」: a body set up.
      // 「理研のセンターができたのって何年」: a body that came to be.
      // 「諏訪大連会っていつできた団体」「企業立地課を作ったのって何年」「…を置いたのっていつ」: a body that came to
      // be or was made.
      // 「鍋屋バイテックっていつ創業した会社」: a company founded.
      // 「manordaいわてって、いつ作られた」: made, asked right after the question word.
      ja: /(?<=(?:いつ|何年に?|頃|ごろ))(?:作|つく)(?:った|られ)|(設立|創設|創立|創業|発足|結成|開設|開所|開業|開館|開院|オープン|立ち上(?:が|げ)|(?<=(?:に|年|いつ|頃|ごろ))でき(?:た|る)|(?<=が)できた(?=の(?:って|は))|(?<=(?:課|室|部|局|センター|機構|協議会|団体|組織)を?)(?:作|つく)(?:った|られ)|(?<=(?:課|室|部|局|センター|機構|協議会|組織|窓口|事務局)を?)置(?:いた|いて|く)|設置|置かれ)/,
      en: /\b(found|establish|set up|launch|open)/i,
      said: /(設立|創設|創立|創業|設置|新設|発足|結成|開設|開所|開業|開館|開院|オープン|立ち上げ|設け|置か|(?<=(?:課|室|部|局|センター|機構|協議会|組織|窓口|事務局)を?)置い)/,
    },
    // 「分譲が全部埋まったのは何年ごろ」: a site sold out is completed too.
    // 「造成が完了したのって何年」: a work finished.
    {
      ja: /(完成|竣工|落成|完了|完売|埋ま)/,
      en: /\b(complet|finish|sold out)/i,
      said: /(完成|竣工|落成|完了|完売|埋ま)/,
    },
    // 「ハイテク・ミニ企業団地、造成されたのって何年」: land developed (a park's 造成, 整備 said of it).
    {
      ja: /造成/,
      en: /\b(developed|built) the (site|park|estate|land)\b/i,
      said: /(造成|整備|完成|分譲)/,
    },
    // 「キャラ「くすりん」って、いつ誕生した」: the date of a birth or a debut, said with it (「くすりん」を活用 gives none).
    {
      ja: /(誕生|デビュー)/,
      en: /\b(born|debut(ed)?|came into being)\b/i,
      said: /(誕生|生まれ|デビュー|登場|作成|制作|考案)/,
    },
    // 「労働組合が正式に加わったのって何年」: the date of joining, said with it (「労働組合も参加している」 gives none).
    {
      ja: /(加わ|加入|加盟|参加し|参画し)/,
      en: /\b(join(ed)?|became a member)\b/i,
      said: /(加わ|加入|加盟|参加|参画)/,
    },
    // 「クラスター・ボードの議長になったのは何年から」「いつからその役に就いてるの」: the date someone took a post.
    {
      // 「いつから責任者やってるの」: a post held since a date.
      ja: /(就任|着任|就[いき]|(?:長|議長|代表|理事|責任者|トップ|リーダー)になっ|(?:長|責任者|代表|理事|トップ|リーダー)(?:を|として)?(?:やって|務めて|務め始))/,
      en: /\b(appointed|(took|take|taken) (office|over|charge)|(took|take) up (the |his |her )?(post|role|position)|became (the )?(head|chair|director|president))\b/i,
      // A post taken is said with the post (「議長になった」「書記長（後に委員長）となり」), not any 「…となった」.
      said: /(就任|(?:長|議長|代表|理事|責任者|トップ|リーダー|委員|役員)(?:[（(][^）)]{0,12}[）)])?(?:に|と)な[っり]|選出|任命|就[いき])/,
    },
    // 「臨床試験っていつから始まったの」, "when did the clinical trial start": a trial dated where it is said
    // (「…臨床実験開始」 under a case's 《03～06年度》 dates the exchange, not the trial).
    { ja: /(試験|実験|治験)/, en: /\b(trials?|tests?|experiments?)\b/i, said: /(試験|実験|治験)/ },
    // 「乳がんチェッカー、EUでいつ発売になったの」「新機能っていつリリースされる予定」: a release.
    {
      ja: /(発売|リリース|売り出|販売開始|提供開始|販売[^。？?]{0,8}始ま)/,
      en: /\b(released?|(go|went|gone) on sale|on the market)\b/i,
      said: /(発売|リリース|売り出|販売|提供|公開|運用|開始)/,
    },
    // 「北上市産業ビジョンって何年に策定」: the date a plan or a vision was drawn up. Not 制定: a law's
    // date is written with its number (「昭和26年政令第319号」), without the word (JSQuAD: 2 refused).
    {
      ja: /(策定|取りまとめ|取り纏め)/,
      en: /\b(drawn up|drew up|draft(ed)?|formulat)/i,
      said: /(策定|制定|取りまとめ|とりまとめ|まとめ)/,
    },
    // 「NAMIIっていつAmerica Makesに改称したの」: the date of a new name (「NAMII、現America Makes」
    // gives the name, not when it changed).
    { ja: /(改称|改名|名称変更|名前が変わ|名称が変わ)/, en: /\brenam/i, said: /(改称|改名|名称変更|名称を変更)/ },
    // 「共通業務プラットフォーム、導入されたのっていつから」「いつから駅で使われ始めるの」: the date a system was
    // brought in or put to use; 「装置、実際に駅に入ったのっていつ」: installed where it is used.
    {
      ja: /(導入|使われ始|使い始|実用化|(?<=(?:駅|現場|工場|店舗|病院|学校|施設)に)入っ)/,
      en: /\b(introduc|roll(ed)? out|deploy)/i,
      said: /(導入|開始|運用|稼働|実用化|設置)/,
    },
    // 「開発契約を結んだのっていつ」: the date of a signing.
    {
      // 「連携協定っていつ結ぶ予定」: the verb may come after the question word.
      ja: /(締結|契約を?結|調印|協定を?結|(?<=(協定|契約)[^。？?]{0,10})結[ぶびんば])/,
      en: /\b(sign(ed)?|contract|agreement)\b/i,
      said: /(締結|契約|調印|協定)/,
    },
    // 「データセンター、実際に稼働し始めたのは何年」: the start of operations, said as such (not a plan's year);
    // "when did the factory start production": of production too (not the year its deal was signed).
    {
      // 「データセンター、実際に動き出したのっていつ」: a facility that began to run.
      ja: /(稼働|操業|運転開始|(生産|量産|製造)(を?開始|を始め|が始ま)|(実際に|センター|施設|工場|設備|プラント)[^。？?]{0,12}動き(出|始))/,
      en: /\b(go(es)? live|went live|(came|come|went) online|(start|began|begin)\w* (operating|operations|production|producing|manufacturing)|into (operation|production))\b/i,
      said: /(稼働|操業|運転|運用|(生産|量産|製造)(を?開始|を始め|が始ま))/,
    },
    // Lead only: a start, a target met, a selection, an announcement (「いつ始まった」 is answered by
    // 「1996年度～2006年度」 too, so the date need not be said with the word).
    {
      ja: /(始ま|始め|開始|スタート|立ち上が|立ち上げ)/,
      en: /\b(start|began|begin|kick(ed)? off)/i,
      said: /(開始|始ま|始め|スタート|発足|着手|立ち上げ|(?<!に)より|(?<!と)から|以降)/,
      leadOnly: true,
    },
    { ja: /(達成|クリア)/, en: /\b(achiev|reach(ed)?|hit)\b/i, said: /(達成|クリア|突破)/, leadOnly: true },
    {
      ja: /(選ばれ|選定|採択|指定|認定)/,
      en: /\b(selected|chosen|picked|designated|won)\b/i,
      said: /(選ばれ|選定|採択|指定|認定|選出)/,
      leadOnly: true,
    },
    { ja: /(発表|公表)/, en: /\b(announc|publish)/i, said: /(発表|公表)/, leadOnly: true },
  ] satisfies DatedEvent[]
).map((event) => ({ ...event, jaAll: new RegExp(event.ja.source, 'g') }));
/** The events whose date must be said of them (`askedWhenEvent`). */
const CHECKED_EVENTS = DATED_EVENTS.filter((event) => !event.leadOnly);
/** The lead-only ones, which `askedDating` reads before the checked ones. */
const LEAD_EVENTS = DATED_EVENTS.filter((event) => event.leadOnly);

/**
 * A question word asking when; 「開設日ってもう決まってる？」: the day of an event is asked as its date.
 * 「何年くらい市のお金で続けてた」「何年間」 ask how long, not when.
 */
const WHEN = new RegExp(
  // 「生命は、いつ、どこで、いかにして誕生したのか」: question words listed in a clause quote a question.
  `(${ITSU}(?![、,]\\s*(どこ|誰|だれ|何|なに|いかに|どう|どの))|何年(?!\\s*(くらい|ぐらい|程度|間|ほど|も))|何月|何日|時期|(?<=(設立|開設|開所|開業|完成|締結|廃止|解散|終了))(日|年月日|時期))`,
);
/** Whether a question asks when: 「いつ」「何年に」「何月」「時期」 (not 「何年間」, how long). */
export function asksWhen(question: string): boolean {
  return WHEN.test(question.normalize('NFKC'));
}

/** The words around the question word, where the event it dates is named. */
const NEAR_WHEN = new RegExp(`.{0,14}${WHEN.source}.{0,12}`);

/**
 * 「亀山市の条例っていつ廃止されたの」「AMRCの新施設っていつ完成する予定」: the date of an event the
 * question names. The words a report writes for the event, so that the reply can check that the
 * date it quotes is said of that event (「2003年に条例を策定」 dates the enactment, not the repeal).
 */
export function askedWhenEvent(question: string): RegExp | undefined {
  const q = question.normalize('NFKC');
  const latin = writtenInLatin(q);
  if (!(latin ? /\b(when|(what|which) (year|date|month))\b/i : WHEN).test(q)) return undefined;
  // The event is what the question dates (「…が解散したのはいつ」「何年に設立」), not a word of a clause
  // about something else (「…が結成したグループが集会を共にする機会が増えてきたのは、何年代」).
  const near = latin ? q : (NEAR_WHEN.exec(q)?.[0] ?? q);
  if (latin) return CHECKED_EVENTS.find((event) => event.en.test(near))?.said;
  // The event nearest the question word: 「説明会が終わった後、いつ設立されたの」 dates the founding.
  const asked = WHEN.exec(near)?.index ?? 0;
  let nearest: { said: RegExp; distance: number } | undefined;
  for (const event of CHECKED_EVENTS) {
    for (const match of near.matchAll(event.jaAll)) {
      const distance = Math.abs(match.index - asked);
      if (!nearest || distance < nearest.distance) nearest = { said: event.said, distance };
    }
  }
  return nearest?.said;
}

/**
 * What a when-question asks of its date, beyond being one: 「何年度から何年度まで」「実施期間」 a period
 * (a range of dates), 「いつまで」 an end, 「いつから」 a start, 「目標を達成したのって何年」 the date of
 * that event (「2010年、…の目標を達成」, not 「2005年、…構想を策定」 beside it), else the event
 * `askedWhenEvent` reads. A sentence with a date that also says this leads the answer (the near-miss
 * rule checks only `askedWhenEvent`'s events). Tested on NFKC-normalized text.
 */
export function askedDating(question: string): RegExp | undefined {
  const q = question.normalize('NFKC');
  if (asksForPeriod(q)) return DATE_RANGE;
  const latin = writtenInLatin(q);
  if (latin) {
    if (!/\b(when|(what|which) (year|date|month))\b/i.test(q)) return undefined;
    if (/\b(until when|by when)\b/i.test(q)) return DATE_UNTIL;
    return LEAD_EVENTS.find((event) => event.en.test(q))?.said ?? askedWhenEvent(q);
  }
  if (!WHEN.test(q) && !POINT_IN_TIME.test(q)) return undefined;
  if (/(いつまで|何年度?まで)/.test(q)) return DATE_UNTIL;
  if (/(いつから|何年度?から)/.test(q)) return DATE_SINCE;
  const near = NEAR_WHEN.exec(q)?.[0] ?? q;
  return LEAD_EVENTS.find((event) => event.ja.test(near))?.said ?? askedWhenEvent(q);
}

/**
 * 「何年度から何年度まで」「いつからいつまで」「実施期間は」, "from when to when", "which years did it
 * run": a period, answered by a range of dates (`DATE_RANGE`).
 */
export function asksForPeriod(question: string): boolean {
  const q = question.normalize('NFKC');
  return (
    asksPeriodByItsEnds(q) ||
    // 「支援期間が終わったあと」 speaks of the period's end, it does not ask the period.
    /(期間(は|って|を|[?？]|$)|期間が(?!終わ|明け|過ぎ|切れ))/.test(q) ||
    /\b(what period|how long did)\b|\bwhen did [^?]{0,60}\b(run|last)\b/i.test(q)
  );
}

/**
 * 「いつからいつまで」「何年度から何年度まで」, "which fiscal years did it run": a period asked by its two
 * ends (not 「期間は？」, which a length or an age range may answer).
 */
export function asksPeriodByItsEnds(question: string): boolean {
  return /何年度?から何年度?まで|いつからいつまで|\bfrom when\b|\b(which|what) (fiscal )?years\b[^?]{0,60}\b(run|ran|last|operat)/i.test(
    question.normalize('NFKC'),
  );
}

/** A range of dates: 「1996年度～2006年度」「《98～02年度》」「2001～2005年度」「2014-2015」「2001年度から2005年度まで」. */
export const DATE_RANGE =
  /[0-9０-９]{4}\s*(年度?|年[0-9０-９]{1,2}月)?\s*[~〜～\-－–—]\s*[0-9０-９]{2,4}(?![0-9０-９%％])|[0-9０-９]{2}\s*[~〜～\-－–—]\s*[0-9０-９]{2}\s*年|[0-9０-９]{2,4}\s*年度?から[^。]{0,6}?[0-9０-９]{2,4}\s*年度?まで/;
/** An end: 「2009年度まで」「(～2007年)」「2006年度に終了」. */
const DATE_UNTIL = /[0-9]{1,4}\s*(年度?|月|日)[^。、]{0,4}?まで|[~〜\-–—]\s*[0-9]{2,4}|(終了|終え|廃止|打ち切)/;
/** A start: 「2001年度より開始」「1996年 LL事業スタート」「2020年6月から」. */
const DATE_SINCE =
  /[0-9]{1,4}\s*(年度?|月|日)[^。、]{0,4}?(から|より|以降)|[0-9]{2,4}\s*(年度?)?\s*[~〜\-–—]|(開始|スタート|始ま|発足|運用|提供)/;

/** A date: a year, month or day, an era, a century. */
export const STATES_DATE = DATE;

/** 「なんで」「どうして」, "why", "what led to": a question asking for a reason, however casually. */
export function asksWhy(question: string): boolean {
  // 「工場を呼び込めた決め手って何」: the deciding reason.
  return /(なぜ|なんで|何で|どうして|何故|理由|原因|決め手|\bwhy\b|\bwhat (led|caused)\b)/i.test(
    question.normalize('NFKC'),
  );
}

/**
 * 「なんで解散しちゃったの」「スウェーデンを選んだ理由」, "why was it dissolved": why something ended or
 * was chosen. The words reports write for such an event, so that the reply can check that the
 * passage saying it happened says why.
 */
export function askedWhyEvent(question: string): RegExp | undefined {
  const q = question.normalize('NFKC');
  if (!asksWhy(q)) return undefined;
  // An ending, or a choice (「スウェーデンを選んだ理由」「瀋陽だけに絞ったのはなんで」): the sentence saying
  // it happened must say why.
  const event =
    /(解散|廃止|撤退|中止|終了|閉鎖|休止|打ち切|解消|離脱|撤廃|凍結|選定|選ん|選ば|絞っ|絞ら|(?<!歯)止[まめ]|(?<!あ)(?:やめ|辞め)(?=た(?!ほう|方)|ちゃ|ちま|まし|られ|て(?!お))|終わっ|終え|切り替わ)/u.exec(
      q,
    )?.[1];
  if (event?.startsWith('選')) return CHOSEN;
  if (event?.startsWith('絞')) return NARROWED;
  // 「活動が止まっちゃったのはなぜ」「共同研究が止まる原因」: reports say an activity stopped as it ending
  // or stalling (終了, 休止, 停滞要因).
  // 「なんでやめちゃったの」 (not 「やめとけ」, advice).
  if (event?.startsWith('止') || event === 'やめ' || event === '辞め') return STOPPED;
  // 「2006年度で終わってRIT事業に切り替わった理由」: reports say a programme ended (終了), not 終わった,
  // and a switch as a move (移行) or a handover.
  if (event?.startsWith('終')) return ENDED;
  if (event?.startsWith('切')) return SWITCHED;
  if (event) return new RegExp(event);
  // 「2011年に自動車メーカーの工場再編があったのってなぜ」, "why was the plant reorganised": a
  // reorganisation, a merger or a move, which the sentence saying it must explain.
  if (/(再編|統合|移転|移管)/.test(q) || /\b(reorgani[sz]|restructur|merg(e|ed|er)\b|relocat)/i.test(q))
    return REORGANISED;
  // 「77まで減ったのはなんで」「勢いが落ちた理由」, "why did it decline": a fall, which the sentence saying
  // so must explain.
  if (
    /(減っ|減ら|減少|落ち|低下|縮小|下が|鈍化|停滞)/.test(q) ||
    /\b(declin|decreas|dropp?(ed|s)?\b|fell\b|fall(en|ing)?\b|shr[ai]nk|shrunk)/i.test(q)
  )
    return DECLINED;
  // "Why did the Mie–China RIT project narrow its focus to Shenyang only?", "why was Sweden chosen".
  if (/\b(narrow(ed|ing|s)?|limit(ed|ing|s)?|restrict(ed|ing|s)?)\b/i.test(q)) return NARROWED;
  if (/\b(chose|chosen|choose|choosing|pick(ed|ing)?|select(ed|ing)?)\b/i.test(q)) return CHOSEN;
  // "what gap were they supposed to close" closes no body.
  return /\b(dissolv|disband|abolish|closed|closure|closing|close (down|the|its|their|a|an|this|that)\b(?! gaps?\b)|shut|discontinu|scrap|withdr|terminat|wound (up|down)|wind(ing)? down|ended\b|stop(s|ped)?\b|ceased?\b)/i.test(
    q,
  )
    ? ENDED
    : undefined;
}

/**
 * Why something ended or fell (not why it was chosen or narrowed): a report that gives the reason
 * says that it ended or fell, so a question whose event no passage on the topic says (「2015年頃に止まっ
 * ちゃったのはなぜ」 of a cluster listed only by name) asks what the reports do not give.
 */
export function asksWhyEndedOrFell(question: string): boolean {
  const event = askedWhyEvent(question);
  return event !== undefined && endsOrFalls(event);
}

/** Whether an event `askedWhyEvent` read is an ending or a fall (not a choice, a narrowing or a switch). */
export function endsOrFalls(event: RegExp): boolean {
  return event !== CHOSEN && event !== NARROWED && event !== SWITCHED;
}

const ENDED = /(解散|廃止|撤退|中止|終了|閉鎖|休止|打ち切|解消|撤廃|停止)/;
const REORGANISED = /(再編|統合|移転|移管|集約)/;
const STOPPED = new RegExp(`${ENDED.source}|(停滞|中断|途絶|止ま|止め)`);
/** How reports say a figure or an activity fell (減少, 半減, 低下, 縮小, 落ち込). */
const DECLINED = /(減|低下|縮小|落ち|下が|鈍化|停滞)/;
/** How reports say one programme or plan gave way to another (移行, 切り替え, 引き継ぎ). */
const SWITCHED = /(移行|切り替|切替|引き継|継承|終了)/;
/** How reports say something was chosen (選定, 選んだ) or narrowed down (絞った, 瀋陽のみ). */
const CHOSEN = /(選定|選ん|選ば|選択|選び|選出)/;
const NARROWED = /(絞|限定|のみ|だけ)/;

/** What separates the kinds a question names together: 「大学とか研究機関」「大学・研究機関」「大学や研究機関」. */
export const KIND_SEPARATOR = /とか|や|・|、|及び|および|または|と/;

/**
 * 「なんでわざわざ大崎上島に建てたの」, "Why was the IMI placed in Rochester": why something is where it
 * is. The lines saying where it is (a table's 所在地, 「ヤングスタウンに…が設立された」) do not say why.
 */
export function asksWhySited(question: string): boolean {
  const q = question.normalize('NFKC');
  return (
    asksWhy(q) &&
    // 「工場を呼び込めた決め手」「工場出したのって、決め手は」: a plant brought to a place.
    // 「産業立地政策の報告書って何のための調査」「産業立地の調査って何が目的」: a policy's or a field's name,
    // not a site chosen.
    (/(選ば|選ん|選定|選び|建て|建設|置か|置い|置く|設置|(?<!産業)立地(?!政策)|構え|移し|移転|移設|誘致先|呼び込|工場を?出し)/.test(
      q,
    ) ||
      /\b(placed|located|sited|chose|chosen|picked|selected|built|based)\b/i.test(q)) &&
    // 「なんで自動車を呼び込む方向に切り替えたの」「…呼び込む方向に変えたの」: why a course changed, not why a place.
    !/(切り替え|切り換え|切りかえ|方向転換|転換し|舵を切|(方向|方針|路線)(に|を)?(変え|変更|シフト))/.test(q) &&
    // 「埼玉に研究の拠点を新しく建てたのってなんで」: why a new one was built, unless the place was chosen.
    (!/(新しく|新たに|新しい)/.test(q) || /(わざわざ|選)/.test(q))
  );
}

/** A sentence saying where something was put or decided (「移設決定」「…に設立」「立地」). */
export const SAYS_SITING = /(決定|決め|選定|選ん|選ば|選択|設立|設置|立地|建設|建て|開設|開校|移設|移転)/;

/** A sentence giving a cause or a reason: 「…のため」「…により」「…を受けて」「背景には」. */
export const CAUSE =
  /(ため|ことから|ことにより|により|によって|を受け|に伴い|に伴う|を機に|を契機|背景|理由|原因|要因|きっかけ|契機|ので|から[、,]|結果|影響|目的|狙い|判断)/;

/**
 * 「問い合わせ先のメアドか電話番号」「住所」「URL」, "contact details", "web address": the answer is a
 * way to reach someone (`CONTACT`), not a passage about them.
 */
export function asksForContact(question: string): boolean {
  const q = question.normalize('NFKC');
  // Not 電話 or メール alone (「電話を発明したのは誰か」 asks about the telephone), nor a URL that is
  // the topic (「URL型の値が指定されているプロパティ」).
  return (
    /(電話番号|メアド|メールアドレス|連絡先|住所(って|は|とか|、|を|が)?[^。？?]{0,6}(どこ|載って|わか|分か|教え|知りた|出て|書いて)|住所(は|って)?([?？]|$)|問い?合わ?せ(先|窓口|の窓口)|URL\s*(は|って|を|とか|や|か|、|\?|$|教え|わか|分か|知り|載って|ある|貼|送|共有)|(ウェブ|web|ホーム)(サイト|ページ)の(アドレス|URL))/i.test(
      q,
    ) ||
    // An English question, though it may quote a Japanese name ("the JETRO 産業技術部 contact").
    (latinLetters(q) > japaneseLetters(q) &&
      (/\b(contact (details|information|info|person|address)|(tele)?phone number|e-?mail address|(web ?site |web )address|url|website|homepage|web ?page|(postal|office|mailing|street) address)\b/i.test(
        q,
      ) ||
        // "I need the address for a visit": the noun asked for, not the verb ("how did they address the
        // shortage") nor a speech ("the governor gave an address").
        /\b(need|want|know|find|give me|send me|what(?:'s| is)) (the|its|their) (full |exact )?address\b|\b(the|its|their) address (of|for)\b/i.test(
          q,
        )))
  );
}

function latinLetters(text: string): number {
  return text.match(/[A-Za-z]/g)?.length ?? 0;
}
function japaneseLetters(text: string): number {
  return text.match(/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/gu)?.length ?? 0;
}

/** A way to reach someone: a phone number, an e-mail, a web address or a postal address. */
export const CONTACT =
  /0[0-9]{1,4}[-－‐(（][0-9]{1,4}[-－‐)）][0-9]{3,4}|[\w.+-]+@[\w-]+\.[\w.]+|https?:\/\/|www\.|\b[a-z0-9-]+\.(go\.jp|or\.jp|co\.jp|ac\.jp|lg\.jp|jp|com|org|net|gov|de|uk|eu)\b|〒\s*[0-9]{3}-?[0-9]{4}|[^、。\s]{1,8}[市区町村][^、。\s]{0,10}[0-9０-９一二三四五六七八九十]+(丁目|番地?|-)|[0-9０-９一二三四五六七八九十]+丁目/i;

/**
 * The place asked for is a city or town (「中国のどの都市」, "which city"): a country (韓国) does
 * not name it.
 */
export function asksForCity(question: string): boolean {
  const q = question.normalize('NFKC');
  return (
    // 「どこの市場」 is a market.
    /(どこの|どの|何処の)(都市|市(?!場)|町|街)|(都市|市|町|(?<!商店)街)(は|って|が|を)?[、\s]*(どこ|何処)(?!まで)|何(市|町)(?!\p{Script=Han})/u.test(
      q,
    ) || /\b(which|what)( [a-z]+){0,2} (city|cities|town|towns|municipality|municipalities|village|villages)\b/i.test(q)
  );
}

/**
 * 「中国のどの都市に置いてるの？」, "which Russian city", "which city in Switzerland": the country the
 * place asked for lies in (ロシア), in the question's words or, for an English adjective or name, the
 * first Japanese word `translate` gives for it.
 */
export function placeWithinCountry(
  question: string,
  translate: (word: string) => readonly string[],
): string | undefined {
  const q = question.normalize('NFKC');
  const placed = OFFICE_PLACED.exec(q) ?? OFFICE_ABROAD.exec(q);
  const ja =
    PLACE_IN_COUNTRY_JA.exec(q)?.[1] ??
    regionAbroadJa(q) ??
    (placed && /(どの|どこの|何処の)(都市|市|町|州)/.test(q) ? placed[2] : undefined);
  if (ja && !HOME.test(ja)) return ja;
  const en =
    PLACE_IN_COUNTRY_EN.exec(q)?.[1] ??
    PLACE_IN_COUNTRY_EN_AFTER.exec(q)?.[1] ??
    OFFICE_IN_COUNTRY_EN.exec(q)?.[1] ??
    OFFICES_IN_COUNTRY_EN.exec(q)?.[1];
  const country = en ? translate(en.toLowerCase())[0] : undefined;
  // Japan's places are named without 日本 (「富山県－スイス」): only a foreign country bounds them, or a
  // region abroad the reports write in katakana ("which Texas city": テキサス).
  return country && !HOME.test(country) && (WHOLE_COUNTRY.test(country) || FOREIGN_REGION.test(country))
    ? country
    : undefined;
}

/**
 * 「ブルゴーニュのどの街」: a region abroad, written in katakana, that a town is asked within, as "which Texas
 * city" (not a country: 「ドイツのどの街」 may be answered by a city alone).
 */
function regionAbroadJa(q: string): string | undefined {
  const region = CITY_IN_REGION_JA.exec(q)?.[1];
  return region && !WHOLE_COUNTRY.test(region) ? region : undefined;
}

/**
 * 「富山のどこの市」「富山県薬事総合研究開発センターってどこの市」: the question names a prefecture and no
 * country abroad (「富山県が組んだイタリアの都市」 asks for an Italian one), so the city it asks for is in
 * Japan.
 */
export function namesPrefectureOnly(question: string): boolean {
  const q = question.normalize('NFKC');
  return JAPANESE_PREFECTURE.test(q) && ![...q.matchAll(COUNTRIES_ANYWHERE)].some((match) => !HOME.test(match[0]));
}
const COUNTRIES_ANYWHERE = new RegExp(COUNTRY.source, 'g');

/** 「島根」「島根県」「京都府」: a name that is a prefecture, not a body. */
export function isPrefectureName(name: string): boolean {
  return WHOLE_PREFECTURE.test(name.normalize('NFKC'));
}
/** The 47 prefectures, with their names in hiragana as bodies write them (ひろしま, いわて). */
const PREFECTURE_KANA = new Map(
  (
    '北海道:ほっかいどう 青森:あおもり 岩手:いわて 宮城:みやぎ 秋田:あきた 山形:やまがた 福島:ふくしま ' +
    '茨城:いばらき 栃木:とちぎ 群馬:ぐんま 埼玉:さいたま 千葉:ちば 東京:とうきょう 神奈川:かながわ ' +
    '新潟:にいがた 富山:とやま 石川:いしかわ 福井:ふくい 山梨:やまなし 長野:ながの 岐阜:ぎふ 静岡:しずおか ' +
    '愛知:あいち 三重:みえ 滋賀:しが 京都:きょうと 大阪:おおさか 兵庫:ひょうご 奈良:なら 和歌山:わかやま ' +
    '鳥取:とっとり 島根:しまね 岡山:おかやま 広島:ひろしま 山口:やまぐち 徳島:とくしま 香川:かがわ ' +
    '愛媛:えひめ 高知:こうち 福岡:ふくおか 佐賀:さが 長崎:ながさき 熊本:くまもと 大分:おおいた ' +
    '宮崎:みやざき 鹿児島:かごしま 沖縄:おきなわ'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** 「広島」「広島県」 → ひろしま: a prefecture's name in hiragana; undefined for any other name. */
export function prefectureKana(name: string): string | undefined {
  return PREFECTURE_KANA.get(name.replace(/[県府都]$/, ''));
}

/** The run of kanji and katakana a phrase ends in (「政府からの補助」 → 補助, 「IICに入ってる日本企業」 → 日本企業). */
export const TRAILING_NOUN = /[\p{Script=Han}\p{Script=Katakana}ー]+$/u;

/** A prefecture's name in Latin letters, lower-cased as index text is (沖縄 → okinawa: 「OKINAWA型…」). */
export function prefectureRomaji(name: string): string | undefined {
  const kana = prefectureKana(name);
  if (!kana) return undefined;
  // Hiragana to katakana, then Hepburn with long vowels folded (とうきょう → tokyo).
  return foldRomaji(romanize(Array.from(kana, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60)).join('')));
}

/** The 47 prefectures, as a question names one. */
const JAPANESE_PREFECTURE = new RegExp(`(${[...PREFECTURE_KANA.keys()].join('|')})`);

const WHOLE_PREFECTURE = new RegExp(`^${JAPANESE_PREFECTURE.source}[県府都]?$`);

const PLACE_IN_COUNTRY_JA = new RegExp(
  // 「中国のどの都市」, and an office there asked of (「AGITの中国オフィスってどの都市に」「…韓国のオフィスって、
  // 具体的にどの都市に」).
  // 「英国のどこに置かれる」: a place within the country, whatever its kind.
  `(${COUNTRY.source})(?:の|国内の|国内で|で)?(?:${OFFICE})?(?:って|は)?[、\\s]*${WHERE_ADVERB}(?:(?:どの|どこの|何処の)(?:都市|市|町|州|地域|地方)|(?<=の)(?:どこ|何処)(?=に|で|へ))`,
);
/** 「AGITが中国に置いてるオフィス」: a body's office in a country (the body, then the country). */
/** 「JETRO島根と県の統合窓口って、どこ（どの施設）に置く計画」: the office or desk, then where it is to be set up. */
const SET_UP_WHERE = new RegExp(
  `(${NAME_RUN}(?:窓口|${OFFICE}))(?:って|は)[、\\s]*[^?？。]{0,12}?(?:どこ|何処)(?:\\([^()]{1,12}\\))?に(?:置く|置か|置い|設置|設け|開設)`,
  'u',
);
/**
 * 「AGITって中国と韓国に事務所あるみたいだけど、具体的にどの都市？」: the body, the (first) country of its offices,
 * then where.
 */
const OFFICE_ABROAD = new RegExp(
  `(${NAME_RUN})(?:って|は|が)[、\\s]*(${COUNTRY.source})(?:(?:と|や|・)(?:${COUNTRY.source}))*に(?:${OFFICE})(?:が|を)?(?:ある|あり|置いて|構えて|持って)[^？?。]{0,24}?(?:どこ|何処|どの(?:都市|市|町|地域|州))`,
  'u',
);
const OFFICE_PLACED = new RegExp(
  `(${NAME_RUN})(?:が|は|って)(${COUNTRY.source})に(?:置いて(?:る|いる|た)|置く|持って(?:る|いる)|構えて(?:る|いる)|ある)(?:${OFFICE})`,
  'u',
);
const PLACES_EN = '(?:city|cities|town|towns|region|regions|state|states|province|provinces|canton|cantons)';
const PLACE_IN_COUNTRY_EN = new RegExp(`\\b[Ww]hich ([A-Z][a-z]+) ${PLACES_EN}\\b`);
/** "Which cities are AGIT's China and Korea offices located in?": the offices' country bounds the cities. */
const OFFICE_IN_COUNTRY_EN = new RegExp(
  `\\b[Ww]hich ${PLACES_EN}\\b[^?]{0,60}?\\b([A-Z][a-z]+)(?: and [A-Z][a-z]+)? (?:offices?|branch(?:es)?)\\b`,
);
/** "AGIT runs sales offices in China and Korea — which cities are those offices in?" */
const OFFICES_IN_COUNTRY_EN = new RegExp(
  `\\b(?:offices|branches)\\s+in\\s+([A-Z][a-z]+)(?:\\s+and\\s+[A-Z][a-z]+)?\\b[^?]{0,40}?\\b[Ww]hich ${PLACES_EN}\\b`,
);
const PLACE_IN_COUNTRY_EN_AFTER = new RegExp(`\\b[Ww]hich ${PLACES_EN}(?: or [a-z]+)? in ([A-Z][a-z]+)\\b`);
const WHOLE_COUNTRY = new RegExp(`^(${COUNTRY.source})$`);
/** A region abroad, as the reports write it: in katakana (テキサス, バイエルン). */
const FOREIGN_REGION = /^[\p{Script=Katakana}ー・]{2,}$/u;
/** 「ブルゴーニュのどの街」「テキサスのどの都市」: a town asked within a place written in katakana. */
const CITY_IN_REGION_JA = /([\p{Script=Katakana}ー・]{2,})の(?:どの|どこの|何処の)(?:都市|市|町|街)/u;
const HOME = /^(日本|わが国|我が国)$/;

/** Things a report names when it says which: a product, an event, a technique. */
const THING = '(?<thing>商品|製品|試作品|展示会|見本市|イベント|技術|サービス|ブランド|ソフト)(?!的)';
const THING_ASKED = [
  new RegExp(`具体的に(は)?[、\\s]*(何の|なんの|どんな|どういう|どの)${THING}`),
  new RegExp(`具体的な${THING}(って|は)[、\\s]*(何|なに|なん)`),
  new RegExp(`(何て|なんて|何という|なんという|何ていう|なんていう)${THING}`),
  // 「輸入しようとしてた商品って具体的に何」「どこから何の商品を輸入」
  new RegExp(`${THING}(って|は)[、\\s]*具体的に(は)?[、\\s]*(何|なに|なん)`),
  new RegExp(`(何|なん)の${THING}(を|が|に|で|[?？])`),
  // 「韓国の展示会って何て名前？」「その製品の名前は？」
  new RegExp(
    `${THING}(って|は|の)[、\\s]*((何て|なんて|何という|なんという|何ていう|なんていう)(名前|名称)|(名前|名称)(は|って)[、\\s]*(何|なに|なん|[?？]|$))`,
  ),
];

/**
 * The question asks which thing, by name: 「具体的に何の商品」「具体的な商品って何」「なんていう展示会」「商品って
 * 具体的に何」「何の商品を」「展示会って何て名前」.
 * Undefined otherwise (「具体的にどんな成果」 asks what happened, not a name).
 */
export function askedThing(question: string): string | undefined {
  const q = question.normalize('NFKC');
  for (const pattern of THING_ASKED) {
    const thing = pattern.exec(q)?.groups?.thing;
    if (thing) return thing;
  }
  return undefined;
}

/**
 * 「どこの金融機関」「どの銀行」, "which bank": the organisation asked for is a bank, which a report names
 * as one (岩手銀行, 日本政策投資銀行), not by its kind (「大手金融機関」).
 */
export function asksForBank(question: string): boolean {
  return /(金融機関|銀行|地銀|信用金庫|信金|\bbanks?\b|\blenders?\b)/i.test(question.normalize('NFKC'));
}

/**
 * 「臨床試験ってどこの病院でやったの」「病院の名前は」, "which hospital": a hospital asked for (not a company
 * asked of 「病院と組んだ会社」).
 */
export function asksForHospital(question: string): boolean {
  return /((どこ|何処)の|どの|何て|なんて|何という|なんという)(病院|クリニック)|(病院|クリニック)(の名前|名)?(は|って|が)?[、\s]*(どこ|何処|何て|なんて|何という)|\b(which|what) ([a-z-]+ ){0,2}(hospitals?|clinics?)\b|\b(hospital|clinic)'s name\b/i.test(
    question.normalize('NFKC'),
  );
}

/** A hospital named: 「神戸市立医療センター中央市民病院」, not 「市立病院」「大学病院」 nor 「病院や大学」. */
export function namesHospital(text: string): boolean {
  return [...text.normalize('NFKC').matchAll(HOSPITAL_NAME)].some((match) => !GENERIC_HOSPITAL.test(match[1]!));
}
const HOSPITAL_NAME =
  /([\p{Script=Han}\p{Script=Katakana}ーA-Za-z]{2,16})(病院|クリニック)|\b[A-Z][A-Za-z]+( [A-Z][A-Za-z]+)* (Hospital|Clinic)\b/gu;
const GENERIC_HOSPITAL =
  /^(市立|県立|国立|公立|私立|町立|大学|総合|地域|地元|民間|各|主要|大|協力|提携|中核|拠点|基幹|一般|専門)$/;

/** A bank named: 「岩手銀行」「三菱東京UFJ銀行」「北洋銀行」, not 「地方銀行」「国策銀行」 nor 「銀行や中小企業団体」. */
export function namesBank(text: string): boolean {
  return [...text.normalize('NFKC').matchAll(BANK_NAME)].some((match) => !GENERIC_BANK.test(match[1]!));
}
const BANK_NAME =
  /([\p{Script=Han}\p{Script=Katakana}ーA-Za-z]{2,12})(銀行|信用金庫|信金)|\b[A-Z][A-Za-z]+ Bank\b|\bKfW\b/gu;
const GENERIC_BANK =
  /^(地方|国策|中央|民間|地元|地域|都市|商業|大手|政府系|外資系|各|主要|取引|メイン|投資|開発|政策)$/;

/** 「国のどの省庁が認定」「何省の事業」, "which ministry": a ministry or an agency of government, by name. */
export function asksForMinistry(question: string): boolean {
  return /((どの|どこの)(省庁|官庁|省|庁)|何省|省庁(は|って|が)?[、\s]*(どこ|何)|\bwhich (ministry|ministries|government (department|agency))\b)/i.test(
    question.normalize('NFKC'),
  );
}

/** A ministry named: 「経済産業省」「復興庁」「内閣府」, not 「関係省庁」「各省」. */
export function namesMinistry(text: string): boolean {
  // 「関係省庁」: 省庁 is ministries in general, no name.
  return [...text.normalize('NFKC').matchAll(MINISTRY_NAME)].some(
    (match) => !GENERIC_MINISTRY.test(match[1] ?? '') && !/省$/.test(match[1] ?? ''),
  );
}
const MINISTRY_NAME = /(\p{Script=Han}{1,8})(省|庁)(?!\p{Script=Han})|内閣府|\bMinistry of [A-Z]|\bMETI\b/gu;
const GENERIC_MINISTRY = /^(各|関係|中央|所管|担当|関連|監督|主務|他|官|中央官)$/;

/** Nouns for an organisation asked for by name (「実施主体ってどこ」「どこの会社」「何て企業」). */
const ORGANISATION_NOUN =
  '(?:病院|医療機関|金融機関|地銀|信用金庫|信金|会社|企業|メーカー|ベンダー|機関|研究機関|団体|組織|大学|研究所|事業者|実施主体|運営主体|主体|窓口|ベンチャー|スタートアップ|銀行|財団|コンサル|シンクタンク|委託先|コンビニ(?:チェーン)?|チェーン|商社|百貨店|スーパー|小売(?:店)?|量販店)';

/**
 * What a name question asks for: a person, an organisation, a company (not a university), or
 * either a person or an organisation (「主導したのは誰？」).
 */
export type AskedName = 'person' | 'organisation' | 'company' | 'anyone';

/**
 * The question asks for the name of a person (「誰のこと」「なんて人」, "who chaired"), of an
 * organisation (「実施主体ってどこ」, "which body") or of a company (「どこの会社」「メーカーってどこ」,
 * "which company"). 「誰が言い出したの？」 asks who in general — 「岩手大学の若手研究者」「A社」 answer
 * it — and does not count.
 */
export function askedName(question: string): AskedName | undefined {
  // "Who's the CEO" is "who is the CEO".
  // 「会長ってどなた」 is the polite 「会長って誰」.
  const q = question
    .normalize('NFKC')
    .replace(/\bwho['’]s\b/gi, 'who is')
    .replace(/どなた(様|さま)?/g, '誰');
  // 「進出企業ってどこの国から」 asks for a place: the place rule answers it.
  if (asksForPlace(q)) return undefined;
  if (
    // 「なんて方式」「何という方法」 ask for a method, not a person.
    /(誰|だれ)のこと|(何|なん)(て|ていう|という|っていう)(人物|人|方)(?!\p{Script=Han})|(人物|人)の(名前|氏名)/u.test(
      q,
    ) ||
    // 「院長って、なんていう先生？」
    CALLED_ROLE.test(q) ||
    // 「名前なんていう人？」「誰が入ってるの？」「誰と誰？」「具体的に誰だったの？」: the names of the members.
    /(名前|氏名)(は|って)?[、\s]*(何|なん)(て|ていう|という|っていう)?(人|方)|(誰|だれ)が(入って|いる|選ばれ|就任|務めて|メンバー)|(誰|だれ)と(誰|だれ)|具体的に(は)?[、\s]*(誰|だれ)/.test(
      q,
    ) ||
    // 「教授、名前わかる？」: the role says a person.
    ROLE_NAME.test(q) ||
    ROLE_THERE.test(q) ||
    // 「あれ誰？名前知りたい」: who, then the name asked for.
    /(誰|だれ)[？?、。\s]*(その|あの)?[、\s]*(人の)?(名前|氏名)(を|が|は)?[、\s]*(知りたい|教えて|わかる|分かる)/.test(
      q,
    ) ||
    // 「先生って誰？」「デザイナーって誰だったっけ」: a person, by the role the question names.
    ROLE_WHO.test(q) ||
    ROLE_TAKEN.test(q) ||
    // 「覚書、旭川側で署名したのって誰」, "who signed it on behalf of the city": a signature is a person's,
    // as a design is (「ブランドマーク、デザインしたのって誰」).
    /(署名|サイン|デザイン|考案|執筆)し(た|て)[^。？?]{0,8}(誰|だれ)|\bwho (signed|designed)\b/i.test(q) ||
    /\bwho (?:currently |now |then |first |actually )?(chaired|chairs|heads|headed|became|becomes|(is|was) the ([a-z-]+ ){0,3}(head|chair|chairman|chairperson|president|director|leader|founder|ceo|governor|mayor|minister|professor|doctor|physician|researcher|scientist|engineer|designer|official|officer|manager|executive|representative|author|writer)|(is|was|were) (appointed|named|elected|chosen))\b|\b(person|professor|doctor)'s name\b|\bwhat(?: i|')s (his|her) name\b|\bnames? of (the|its|their) ([a-z-]+ ){0,2}(ceo|president|chair|chairman|director|head|founder|leader|governor|mayor)\b|\b(need|want|know) (his|her) (full )?name\b/i.test(
      q,
    ) ||
    NAMED_ROLE.test(q) ||
    /\bwhat(?: is| was|'s|’s) the name of the ([a-z-]+ ){0,2}(person|professor|designer|researcher|president|chair|chairman|director|head|ceo|founder|leader|manager|governor|mayor|minister|physician|doctor|scientist|engineer|official|expert|author)\b/i.test(
      q,
    )
  ) {
    return 'person';
  }
  // 「主導したのは誰？」 may be answered by an organisation (フラウンホーファー研究所) as well as a person.
  if (ANY_WHO.test(q)) return 'anyone';
  if (
    WHICH_ORGANISATION.test(q) ||
    // 「どの企業」 may ask for a kind (中小企業); 「どの大学」 names one.
    /どの(会社|メーカー|大学|研究所|研究機関|銀行|財団)/.test(q) ||
    asksForMinistry(q) ||
    ORGANISATION_WHERE.test(q) ||
    /(何|なん)(て|という|っていう)名前の(会社|企業|メーカー|組織|機関|団体)/.test(q) ||
    // 「鋳造の会社って、なんて名前？」: the noun, then its name asked.
    /(会社|企業|メーカー|組織|機関|団体|法人|病院)(は|って)?[、\s]*(何|なん)(て|という|っていう|ていう)?(名前|名称)/.test(
      q,
    ) ||
    // 「A社って、実名わかる？」, "what's the actual name of 'Company A'".
    /実名|本当の(名前|社名)|\b(actual|real|true) name\b/i.test(q) ||
    // 「社名なんだっけ」「運営してる会社の名前は？」「鋳造の会社、名前なんだっけ」「社名だとどこ」, not 「社名変更の理由」.
    /((会社|企業|社|組織|機関|団体)名|(会社|企業|メーカー|組織|機関|団体)(の|[、\s]+)(名前|名称))(は|って|を|が|だと|で言うと|でいうと)?[、\s]*(何|なに|なん|どこ|教え|わか|分か|知りたい|出て|載って|[？?]|$)/.test(
      q,
    ) ||
    WHICH_ORGANISATION_EN.test(q) ||
    /\bwhat(?: is|'s| was) the name of the ([a-z-]+ ){0,2}(company|firm|manufacturer|maker|organi[sz]ation|university|institute|body|agency|spin-?off|start-?up|venture)\b|\bwho (led|leads|founded|runs|ran|operates|operated|manages|managed|was the [a-z ]{0,30}bod(y|ies)|is the [a-z ]{0,30}bod(y|ies))\b/i.test(
      q,
    )
  ) {
    return COMPANY_ASKED.test(q) ? 'company' : 'organisation';
  }
  return undefined;
}

/** English nouns for companies ("which chipmaker", "what firms"): a regex source. */
const EN_COMPANY_NOUNS = 'compan(y|ies)|firms?|manufacturers?|(auto|car|chip)?makers?|vendors?|suppliers?';

/** "Which company", "which chipmaker", "which universities": an organisation asked in English. */
const WHICH_ORGANISATION_EN = new RegExp(
  `\\bwhich (?!kinds?\\b|types?\\b|sorts?\\b)([a-z-]+ ){0,2}(organi[sz]ations?|universit(y|ies)|institutes?|institutions?|bod(y|ies)|agenc(y|ies)|${EN_COMPANY_NOUNS}|retailers?|chains?|supermarkets?|banks?|lenders?|utilit(y|ies)|operators?|insurers?)\\b`,
  'i',
);

/** Words between a noun and どこ that ask for no more than it: 「メーカーって、具体的にどこ」. */
const JUST = `(?:${JUST_WORDS})?`;

/**
 * 「どこの会社」「機体メーカーってどこ」「何て企業」「社名」, "which company": a company is asked for. A
 * university or a council (徳島大学, 活性化協議会) does not answer it.
 */
const COMPANY_ASKED = new RegExp(
  `(どこの|何て|なんて|何という|なんという|何ていう|なんていう)(名前の)?(会社|企業|メーカー|ベンダー|ベンチャー)|(会社|企業|メーカー|ベンダー|ベンチャー)(は|って|が|を)?[、\\s]*${JUST}[、\\s]*(どこ|何処)|社名|(会社|企業|メーカー)の(名前|名称)|(会社|企業|メーカー)(は|って)?[、\\s]*(何|なん)(て|という|っていう|ていう)?(名前|名称)|\\b(which|what|name of the) ([a-z-]+ ){0,2}(${EN_COMPANY_NOUNS})\\b`,
  'i',
);

/** Roles that name a person (「先生って誰」); 「主導したのは誰」 names none. */
const PERSON_ROLE =
  '(?:先生|教授|博士|研究者|科学者|学者|トップ|(?:お)?医者(?:さん)?|医師|ドクター|知事|市長|町長|村長|首長|大臣|デザイナー|専門家|人物|(?<!\\p{Script=Han})人|方|社長|所長|会長|理事長|学長|委員長|センター長|機構長|本部長|事務局長|局長|部長|院長|館長|塾長|校長|責任者|リーダー|キーマン|キーパーソン|権威|創業者|創設者|代表者|代表|担当者|著者|執筆者|筆者|議長|座長|総裁|CEO|COO|CTO)';
/**
 * "Who is the director of …", "who founded …": the role an English question asks a person of, as the
 * reports write it (所長, センター長; 創業, 設立). A person named in a line saying no such role (a list
 * of clusters, another body's professor) holds some other post. Undefined when no role is asked.
 */
export function askedRoleEn(question: string): RegExp | undefined {
  const role = ENGLISH_ROLE_ASKED.exec(question.normalize('NFKC'))?.[1]?.toLowerCase();
  if (!role) return undefined;
  return ENGLISH_ROLES.find(([words]) => words.test(role))?.[1];
}
/**
 * "Who chairs the scientific advisory board of it's OWL?": the words that tell apart the body whose
 * head is asked (scientific, advisory), not its kind (board). A person chairing another board of the
 * same cluster (「クラスター・ボードの議長」) holds another post. Undefined when the question names no such body.
 */
export function askedRoleBodyEn(question: string): string[] | undefined {
  const body = ROLE_BODY_EN.exec(question.normalize('NFKC'))?.[1];
  if (!body) return undefined;
  const words = body
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word.length >= 4 && !/^(this|that|their|main|current)$/.test(word));
  return words.length > 0 ? words : undefined;
}
const ROLE_BODY_EN =
  /\bwho\b[^?]{0,30}?\b(?:chairs?|chaired|heads?|headed|directs?|directed|leads?|led|runs?|ran|(?:is|was) the (?:chair|chairman|chairperson|head|director|president|leader) of)\s+(?:the\s+)?((?:[a-z-]+\s+){1,3})(?:board|committee|council|panel|commission|team|division|department|secretariat)\b/i;

const ENGLISH_ROLE_ASKED =
  /\bwho\b[^?]{0,40}?\b(director|head|chair|chairman|chairperson|chairwoman|president|founder|founded|ceo|governor|mayor|minister|professor|author|writer)s?\b/i;
/** 「所長」「センター長」「理事長」: a head's title (長 alone is also 長野's). */
const HEAD_TITLE = '(所|院|局|部|館|室|課|社|学|会|センター|機構|本部|事務局|理事|委員|施設)長|理事|総裁';
const ENGLISH_ROLES: [RegExp, RegExp][] = [
  [/^director$/, new RegExp(`${HEAD_TITLE}|ディレクター|director`, 'i')],
  [/^head$/, new RegExp(`${HEAD_TITLE}|代表|トップ|責任者|head`, 'i')],
  [/^chair/, /会長|議長|委員長|座長|理事長|代表|chair/i],
  [/^president$/, /社長|学長|会長|総裁|大統領|理事長|代表|president/i],
  [/^(founder|founded)$/, /創業|創設|設立|創立|創始|立ち上げ|founder/i],
  [/^ceo$/, /社長|CEO|最高経営責任者|代表/i],
  [/^governor$/, /知事|総裁|governor/i],
  [/^mayor$/, /市長|町長|村長|首長|mayor/i],
  [/^minister$/, /大臣|minister/i],
  [/^professor$/, /教授|professor/i],
  // "Who is the named author of the study": a report's author is said as its writer (著者, 執筆).
  [/^(author|writer)$/, /著者|執筆|筆者|author/i],
];
/** The end of a question that asks 「…は誰？」 (not 「誰が言い出したの」); 「誰になってる」 asks it too. */
const WHO_ENDS = '(?=\\s*([？?。!！]|$|なの|なん|ですか|でしょう|でした|だっ|だろ|かな|か[？?]?\\s*$))';
/** A role glossed in brackets: 「トップ（CEO）って誰」. */
const ROLE_GLOSS = '[（(][A-Za-z\\p{Script=Han}\\p{Script=Katakana}ー・]{1,12}[）)]';
/** 「…って、報告書だと誰」「…は資料では誰」: where the asker looks, between the topic and 誰. */
const IN_THE_REPORT = '((報告書|レポート|資料|調査)(だと|では|で|上は?|の中では?)[、\\s]*)?';
const ROLE_WHO = new RegExp(
  `${PERSON_ROLE}(さん|様)?[）)」』]?(${ROLE_GLOSS})?((を)?(やって|務めて|して)(る|いる)の)?(って|は)[、\\s]*${IN_THE_REPORT}(誰|だれ)(${WHO_ENDS}|が(やって|務め|担当|就いて|就任|なっ|選ばれ)|に(なって|なっ))`,
  'u',
);
/** 「初代社長に就いたのって誰」「会長になったのは誰」: a person, by the role they took. */
const ROLE_TAKEN = new RegExp(
  `${PERSON_ROLE}(に|として)(就いた|就任した|就いてた|なった|選ばれた)の(って|は)[、\\s]*(誰|だれ)`,
  'u',
);
const ANY_WHO = new RegExp(`(って|は)[、\\s]*${IN_THE_REPORT}(誰|だれ)(${WHO_ENDS}|に(なって|なっ))`);
const WHICH_ORGANISATION = new RegExp(
  `(どこの|何て|なんて|何という|なんという|何ていう|なんていう)${ORGANISATION_NOUN}`,
);
// 「どこから探す」「どこで」「どこまで」 ask from or in what place, or how far.
// 「メーカーって、具体的にどこ？」
const ORGANISATION_WHERE = new RegExp(
  `${ORGANISATION_NOUN}(は|って|が|を)?[、\\s]*${JUST}[、\\s]*(どこ|何処)(?!まで|から|で|に|へ)`,
);
/** 「教授、名前わかる？」「先生の名前教えて」「先生、名前なんていうんだっけ」: a person, by the role the question names. */
const ROLE_NAME = new RegExp(
  `${PERSON_ROLE}(さん|様)?[）)」』]?(の|って|は)?[、\\s]*([^。？?]{0,8}(に|で))?(名前|氏名|名)(って|は|を|が)?[、\\s]*(わかる|分かる|知って|教えて|出て|載って|書いて|(何|なん)(て|ていう|という|っていう|だっけ|だった|でしたっけ))`,
  'u',
);
/** 「有名なお医者さんがいたらしいけど、名前わかる？」: a person said to be there, then their name asked. */
const ROLE_THERE = new RegExp(
  `${PERSON_ROLE}(さん|様)?(が|も)(いた|いる|い(ら)?っしゃ)[^。？?]{0,12}[、。\\s]*(その人の|その方の|その)?[、\\s]*(名前|氏名)(って|は|を|が)?[、\\s]*(わかる|分かる|知って|教えて|出て|載って|(何|なん)(て|ていう|という|っていう|だっけ))`,
  'u',
);
/** 「なんていう先生」「何という教授」: a person, by the role. */
const CALLED_ROLE = new RegExp(`(何|なん)(て|ていう|という|っていう)${PERSON_ROLE}(?!\\p{Script=Han})`, 'u');
/** 「なんて名前の人」「何という名前の先生」. */
const NAMED_ROLE = new RegExp(`(何|なん)(て|ていう|という|っていう)名前の${PERSON_ROLE}`, 'u');
/**
 * The years a question asks about (「2018年度」, "FY2019"), each as the ways a report writes it:
 * 2008 → 2008, 平成20, H20 (and 令和 for 2019 on).
 */
export function askedYears(question: string): { year: number; pattern: RegExp; decade?: boolean }[] {
  // A year is followed by 年 (2018年度) or follows "in", "by", "as of", "FY", "fiscal"; 「ハイテク戦略2020」 is a name.
  const q = question.normalize('NFKC');
  const western = [
    ...q.matchAll(
      /(?<![0-9])((?:19|20)[0-9]{2})(?=\s*年)|\b(?:in|by|since|from|during|until|to|and|between|fy|fiscal|year|as of|end of)\s*((?:19|20)[0-9]{2})\b/gi,
    ),
  ].map((match) => Number(match[1] ?? match[2]!));
  // 「2015-16年度」「2014/15」: a fiscal year written as its two calendar years is the first; the
  // report's column 「2014-2015」 is the year before, not 2015.
  const fiscal = [...q.matchAll(FISCAL_YEAR)].map((match) => Number(match[1]));
  // 「平成30年度」「H20年度」「令和元年」 in the question.
  const eras = [...q.matchAll(/(平成|令和|昭和|(?<![a-zA-Z])[HRS])\s*([0-9]{1,2}|元)\s*年/g)].map((match) =>
    eraYear(match[1]!, match[2]!),
  );
  // 「2021年度は何プロジェクト」: a fiscal year, which 「2021年2月」 (fiscal 2020) does not state.
  const fiscalYears = new Set(
    [...q.matchAll(/(?<![0-9])((?:19|20)[0-9]{2})\s*年度/g)].map((match) => Number(match[1])),
  );
  const decades = askedDecades(q);
  return [...new Set([...western, ...fiscal, ...eras])].map((year) => {
    if (decades.has(year)) return { year, pattern: new RegExp(decadeForms(year).join('|'), 'i'), decade: true };
    // Digits that are a year, not part of another number (「120,180千円」 is written 120180 once normalized),
    // nor the second year of a fiscal year's pair when a fiscal year was asked.
    const notSecond = fiscal.includes(year) ? `(?<![0-9]\\s?${YEAR_PAIR_JOINER}\\s?)` : '';
    const notEarlyMonth = fiscalYears.has(year) ? '(?!\\s*年\\s*0?[1-3]\\s*月)' : '';
    const forms = [`${notSecond}(?<![0-9])${year}(?![0-9])${notEarlyMonth}`];
    forms.push(...eraForms(year));
    return { year, pattern: new RegExp(forms.join('|'), 'i') };
  });
}

/**
 * 「飯塚市のLL、国の支援が終わったあとどうなったの」「なんで途中で切り替えたの」, "how did it turn out": the
 * question asks how a case went, what was done or why (not "how many", "how much").
 */
export function asksCourse(question: string): boolean {
  return COURSE_ASKED.test(question.normalize('NFKC'));
}
const COURSE_ASKED =
  /(どう(なった|なって|なる|した|して|やって|いう(展開|経緯|流れ))|何を(し|やっ)|なんで|なぜ|どうして|原因|理由|\bhow\b(?!\s+(many|much|long|big|large|often|far|old|soon)\b)|\bwhy\b|\bwhat (happened|did|came)\b)/i;

/** 「2020年代」: the decades a question asks about, by their first year (2020). */
export function askedDecades(question: string): Set<number> {
  return new Set(
    [...question.normalize('NFKC').matchAll(/(?<![0-9])((?:19|20)[0-9]0)\s*年代/g)].map((m) => Number(m[1])),
  );
}

/** How a report mentions a decade: any of its years, in figures or an era (2020s: 2023, 令和5). */
export function decadeForms(decade: number): string[] {
  const years = Array.from({ length: 10 }, (_, i) => decade + i);
  return [`(?<![0-9])${decade / 10}[0-9](?![0-9])`, ...years.flatMap(eraForms)];
}

/** The calendar year of a year of an era: 平成20 → 2008, 令和元 → 2019, H20 → 2008, 昭和58 → 1983. */
export function eraYear(era: string, n: string): number {
  return (n === '元' ? 1 : Number(n)) + (/^(平成|H)$/.test(era) ? 1988 : /^(令和|R)$/.test(era) ? 2018 : 1925);
}

/**
 * The ways a report writes a calendar year in an era, as patterns over index text (lower case):
 * 2022 → 令和4 or R4, 2008 → 平成20 or H20, 1983 → 昭和58.
 */
export function eraForms(year: number): string[] {
  // An era letter is not the end of a word ("with 20" is no H20).
  const era = (name: string, letter: string, n: number) =>
    `(${name}|(?<![a-z])${letter})${n === 1 ? '(1|元)' : n}(?![0-9])`;
  const forms: string[] = [];
  if (year >= 1989 && year <= 2019) forms.push(era('平成', 'h', year - 1988));
  if (year >= 2019) forms.push(era('令和', 'r', year - 2018));
  if (year >= 1926 && year <= 1989) forms.push(era('昭和', 's', year - 1925));
  return forms;
}

const KANJI_DIGITS = '〇一二三四五六七八九';

/**
 * The numbered stages a question asks about: 「第3フェーズ」「第2期」「第三次」. A figure for the
 * first and second phases (「第1フェーズ…39拠点・第2フェーズ…20拠点」) does not answer the third;
 * the passage giving it must name the stage (`writesOrdinal`), written in digits or kanji.
 */
export function askedOrdinals(question: string): Ordinal[] {
  // 「犯罪第一位」 is a rank, not a stage.
  return ordinalsIn(question).filter(({ text, kind }) => text.startsWith('第') && kind !== '位');
}

function kanjiNumber(text: string): number {
  if (text === '十') return 10;
  if (text.startsWith('十')) return 10 + KANJI_DIGITS.indexOf(text[1]!);
  if (text.endsWith('十')) return 10 * KANJI_DIGITS.indexOf(text[0]!);
  if (text.includes('十')) return 10 * KANJI_DIGITS.indexOf(text[0]!) + KANJI_DIGITS.indexOf(text[2]!);
  return KANJI_DIGITS.indexOf(text[0]!);
}

/**
 * An ordinal designation: 「第Ⅳ期」「4号ファンド」「第6回」「2期目」, "the 10th Catapult", "a fourth
 * fund". `n` is its number (Ⅳ, 四 and 4 alike); `kind` its counter (期, 号, 回 …), absent in English.
 */
export interface Ordinal {
  n: number;
  kind?: string;
  /** As written. */
  text: string;
}

// A stage may be named by any katakana word (第3フェーズ, 第2ステップ).
const ORDINAL_KIND = '期|号|回|次|弾|世代|段階|位|[\\p{Script=Katakana}ー]{2,}';
const ORDINAL_PATTERNS: readonly RegExp[] = [
  // 第Ⅳ期 (NFKC: 第iv期), 第四次, 第6回.
  new RegExp(`第\\s*([0-9]{1,3}|[一二三四五六七八九十]{1,3}|[ivx]{1,4})\\s*(${ORDINAL_KIND})`, 'gu'),
  // 4号ファンド, 2期目, 3回目, 10番目 (not 令和2年; the 1号 of 第1号 is read above).
  new RegExp(
    `(?<![第0-9一二三四五六七八九十.])([0-9]{1,3}|[一二三四五六七八九十]{1,3})\\s*(号(?!線)|期目|回目|次目|番目|つ目|[かカヶケ箇]所目|位)`,
    'g',
  ),
];
const ENGLISH_ORDINAL =
  /\b([0-9]{1,3})(?:st|nd|rd|th)\b|\b(fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\b/gi;
const ENGLISH_ORDINAL_WORDS = [
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
];
const ROMAN = /^(x{0,3})(ix|iv|v?i{0,3})$/;
const ROMAN_ONES = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'];

/** The value of a numeral as reports and questions write a stage: 4, 四, 十二, iv. */
function numeralValue(numeral: string): number | undefined {
  if (/^[0-9]+$/.test(numeral)) return Number(numeral);
  if (/^[一二三四五六七八九十]+$/.test(numeral)) return kanjiNumber(numeral);
  const roman = ROMAN.exec(numeral);
  return roman ? roman[1]!.length * 10 + ROMAN_ONES.indexOf(roman[2]!) : undefined;
}

/** The ordinal designations a text writes (「第Ⅲ期」「3号ファンド」「第6回」). */
export function ordinalsIn(text: string): Ordinal[] {
  const written = text.normalize('NFKC');
  // Lower case changes no length here (NFKC has already made Ⅳ two letters): offsets stay those of `written`.
  const normalized = written.toLowerCase();
  const found: Ordinal[] = [];
  for (const pattern of ORDINAL_PATTERNS) {
    for (const match of normalized.matchAll(pattern)) {
      const n = numeralValue(match[1]!);
      // 「2期目」 is 「第2期」.
      const kind = match[2]!.replace(/期目|回目|次目/, (counter) => counter[0]!);
      // 「4号ファンド」 is named with what it numbers, 「第IV期」 alone.
      const end = match.index + match[0].length;
      const named = kind === '号' ? (/^[\p{Script=Katakana}ー]{1,10}/u.exec(written.slice(end))?.[0] ?? '') : '';
      if (n) found.push({ n, kind, text: written.slice(match.index, end) + named });
    }
  }
  return found;
}

/** Whether `text` writes the ordinal asked: the same number, and in Japanese the same counter. */
export function writesOrdinal(text: string, asked: Ordinal): boolean {
  return ordinalsIn(text).some(({ n, kind }) => n === asked.n && (asked.kind === undefined || kind === asked.kind));
}

/**
 * The ordinal designations a question names (「産業クラスター計画の第Ⅳ期」「次の4号ファンド」, "the 10th
 * Catapult centre"): only passages that write the same number (of the same kind, in Japanese) are
 * about it. "first", "second" and "third" are left out: in English they are as often ordinary words
 * ("the first five-year period"); so is the first in Japanese (「IMIの第1号」 is written 「最初に設立された」).
 * A rank (「全国10位」) is an ordinal to an English question ("ranks 10th"), not to a Japanese one.
 */
export function namedOrdinals(question: string): Ordinal[] {
  // 「2回目」「3番目」 may be a place in a list the passage gives (「主な綱領の2回目」): not a designation.
  const found = ordinalsIn(question).filter(
    ({ n, kind, text }) => n > 1 && kind !== '位' && !(/(回|番|つ|所)目$/.test(text) && !text.startsWith('第')),
  );
  for (const match of question.matchAll(ENGLISH_ORDINAL)) {
    const n = match[1] ? Number(match[1]) : ENGLISH_ORDINAL_WORDS.indexOf(match[2]!.toLowerCase()) + 4;
    found.push({ n, text: match[0] });
  }
  return found;
}

/**
 * 「NEXTAって何の略？」「RESASって正式名称なに？」, "What does NEXTA stand for?": the abbreviation whose
 * full name is asked, when the question names one. Not when it also asks what the thing does
 * (「LLって何の略？どんな事業？」): a description answers that part without the full name.
 */
export function askedExpansion(question: string): string | undefined {
  const q = question.normalize('NFKC');
  if (!ASKS_EXPANSION.test(q) || DESCRIPTION_ASKED.test(q)) return undefined;
  return onlyAbbreviation(q);
}

/**
 * 「NEXTAって、何の組織だっけ」「NEXTAって何の略？どういう組織？」, "what kind of organisation is NEXTA":
 * the abbreviation whose body is asked about, when the question names one.
 */
export function askedBodyOf(question: string): string | undefined {
  const q = question.normalize('NFKC');
  return BODY_ASKED.test(q) ? onlyAbbreviation(q) : undefined;
}

/** The one abbreviation (two capitals or more) a question names, if it names exactly one. */
function onlyAbbreviation(q: string): string | undefined {
  const abbreviations = new Set(
    [...q.matchAll(ABBREVIATION)].map((match) => match[0]).filter((word) => (word.match(/[A-Z]/g) ?? []).length >= 2),
  );
  return abbreviations.size === 1 ? [...abbreviations][0] : undefined;
}

const BODY_ASKED =
  /(何の|なんの|どういう|どんな|どのような)(組織|団体|機関|法人)(?=なの|なん|だ|です|か|[?？。]|$)|\bwhat (kind|sort|type) of (organi[sz]ation|body|agency|institution) (is|was|are)\b/i;

const ASKS_EXPANSION =
  /(何の略|なんの略|正式名称|正式な名前|正式名|正式には|フルネーム|\bstands? for\b|\bshort for\b|\bfull (name|form)\b|\b(formal|official) name\b|\bspelled out\b|\babbreviation (of|for)\b)/i;
const DESCRIPTION_ASKED =
  /(どんな|どういう|どのような|何をする|何をして|\bwhat (does|did) (it|they) do\b|\bwhat kind\b)/i;
/** An abbreviation in Latin capitals: NEXTA, RACI, NRW.GB, IoT (two capitals at least). */
const ABBREVIATION = /(?<![A-Za-z])[A-Z][A-Za-z0-9&.-]*[A-Z0-9](?![A-Za-z0-9])/g;

/** 「日本国内のどこ」「国内の拠点はどこ」「県内のどこにあった」, "where in Japan": the place asked for is in Japan. */
export function asksPlaceInJapan(question: string): boolean {
  return /\bwhere in Japan\b|\b(?:which|what) (?:Japanese )?(?:city|cities|prefectures?|towns?) in Japan\b|\b(?:which|what) Japanese (?:city|cities|prefectures?|towns?)\b|(?:日本|国内|(?<![都道府])県内|府内|都内|道内)(?:国内)?の(?:どこ|どの)|(?:日本|国内)(?:に|で)(?:も)?[^。？?]{0,8}(?:拠点|オフィス|事務所)/i.test(
    question.normalize('NFKC'),
  );
}
