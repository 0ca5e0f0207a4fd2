/**
 * Aliases: abbreviations and alternative names that staff write instead of the report's wording
 * (経産局 for 経済産業局, NRI for 野村総合研究所, 独英米 for ドイツ・イギリス・アメリカ). Two sources:
 * - a small static list of common Japanese administrative/organisation abbreviations;
 * - definitions the corpus states itself, found at load time:
 *   `X（以下、「Y」という）`, `X（ACRONYM）`, `X（ACRONYM、…）`, `X（ACRONYM：English name）`,
 *   `English name（日本語）`.
 * An alias found in a question adds the terms of its expansions to the query.
 */
import { normalizeForIndex } from '../text/normalize.js';
import { charBigrams, type Tokenizer } from '../text/tokenizer.js';

/** Common abbreviations → full forms (kept general: organisations, administrative units, countries). */
export const STATIC_ALIASES: Record<string, string[]> = {
  経産省: ['経済産業省'],
  経産局: ['経済産業局'],
  通産省: ['通商産業省'],
  文科省: ['文部科学省'],
  厚労省: ['厚生労働省'],
  国交省: ['国土交通省'],
  総務省: ['総務省'],
  内閣府: ['内閣府'],
  産総研: ['産業技術総合研究所'],
  理研: ['理化学研究所'],
  中小機構: ['中小企業基盤整備機構'],
  日本総研: ['日本総合研究所'],
  野村総研: ['野村総合研究所'],
  nri: ['野村総合研究所'],
  jri: ['日本総合研究所'],
  aist: ['産業技術総合研究所'],
  meti: ['経済産業省'],
  jetro: ['日本貿易振興機構', 'ジェトロ'],
  ジェトロ: ['日本貿易振興機構', 'JETRO'],
  日本貿易振興機構: ['ジェトロ', 'JETRO'],
  nedo: ['新エネルギー・産業技術総合開発機構'],
  // 「GNT企業」: 経済産業省's グローバルニッチトップ企業 (the reports write it out).
  gnt: ['グローバルニッチトップ'],
  jst: ['科学技術振興機構'],
  ベンチャー: ['スタートアップ'],
  スタートアップ: ['ベンチャー'],
  中小: ['中小企業'],
  自治体: ['地方公共団体', '市町村'],
  // Casual words for the reports' own: 「お金の集め方」 is 資金・予算・財源 in the reports.
  お金: ['資金', '予算', '財源', '財政'],
  売り上げ: ['売上'],
  // 「クルマ関連の誘致」: the reports write 自動車.
  クルマ: ['自動車'],
  くるま: ['自動車'],
  // 「メンバー何社」「スタッフ何人」: the reports count 会員 and 職員.
  メンバー: ['会員', '構成員'],
  スタッフ: ['職員'],
  // Survey words: 「アンケ何件返ってきた」「回収率」 are 回答数, 有効回答率 in the reports.
  アンケ: ['アンケート'],
  回収: ['回答'],
  // 「アンケート、ちゃんと返ってきた割合」: questionnaires come back as 回答 (有効回答率).
  返ってき: ['回答', '回収'],
  返って来: ['回答', '回収'],
  // 「使える回答って何件」: a usable answer is the survey's 有効回答 (as "usable" in English).
  使える回答: ['有効回答'],
  使えた回答: ['有効回答'],
  // 「何社に聞いて何社答えた」: those who answered a survey are its 回答数.
  答え: ['回答'],
  // 「外国の企業から投資の問い合わせ」: the reports write 海外企業 and 投資相談 (引き合い, 照会).
  外国: ['海外'],
  問い合わせ: ['相談', '引き合い', '照会'],
  問合せ: ['相談', '引き合い', '照会'],
  // 「LL事業の成功要因は？」: the reports set out what makes a success as its ポイント (「国際産業連携成功の8つの
  // ポイント」); not the survey's name (「成功要因調査のアンケート」).
  成功要因は: ['ポイント'],
  成功要因って: ['ポイント'],
  成功のカギ: ['ポイント', '要因'],
  成功の鍵: ['ポイント', '要因'],
  // 「海外企業を呼び込む」「こういう業種の会社を呼んでこよう」 is 誘致 in the reports.
  呼び込: ['誘致'],
  呼んでこ: ['誘致'],
  呼んでく: ['誘致'],
  // 「海外企業を日本に呼ぶ」「旅費を出す」: the reports 招く (招聘) them and pay 渡航費・滞在費.
  呼ぶ: ['招く', '招聘'],
  呼ん: ['招く', '招聘'],
  旅費: ['渡航費', '滞在費'],
  // 「向こう側で受け皿になってたのはどこ」: the partner abroad is the report's 海外実施主体 (受入機関).
  受け皿: ['実施主体', '受入'],
  向こう側: ['海外', '相手'],
  相手側: ['海外', '相手'],
  // 「会議って年に何回開いてる」: meetings and events are 開催 in the reports. (Not the passive 開かれ:
  // 「…党大会はいつ開かれたか」 is answered by a passage that writes it so, which 開催 outweighed.)
  開い: ['開催'],
  開く: ['開催'],
  // 「県はいくら出したの」「どこがお金出して作った」: money put into a fund or a company is the reports' 出資
  // (not 出し alone: 「進出した」).
  いくら出し: ['出資'],
  お金出し: ['出資'],
  お金を出し: ['出資'],
  // 「国と州からいくらぐらいお金入ってる」「推進機構にお金を入れてた」: money put in is 出資, besides what お金
  // is (four expansions at most).
  お金入: ['出資', '資金', '予算', '財政'],
  お金が入: ['出資', '資金', '予算', '財政'],
  お金を入: ['出資', '資金', '予算', '財政'],
  // 「EVモーターみたいな大量に作る市場」「数が出る市場」: the reports' 量産 (量産市場, 量産化).
  大量: ['量産'],
  数が出る: ['量産'],
  // 「業務の効率どれくらい上がった」: the reports measure it as 生産性 (「生産性が最大27％向上」).
  効率: ['生産性'],
  // 「スポンサー企業は毎年いくら」: sponsors are the reports' 協賛企業.
  スポンサー: ['協賛'],
  // 「海外に売り込みかけてる」: selling abroad is the reports' 営業 (営業活動) and 販売.
  売り込: ['営業', '販売'],
  // 「普及のネックになってるポイント」: a bottleneck is the reports' 障壁, 制約 or 課題.
  ネック: ['障壁', '制約', '課題'],
  // 「実際に会って話すとこまで進んだの何件」: a meeting that came of a match is the reports' 商談 (面談).
  会って話: ['商談', '面談'],
  // 「平成20年度に新しく通ったテーマ」: a proposal that passed is 採択 in the reports.
  新しく通っ: ['採択'],
  新たに通っ: ['採択'],
  審査に通: ['採択'],
  // 「アパート建てる大家さんに補助」「何戸くらい建ったの」: the reports' 家主 and 新設 (not 建て: 「工場を建てた会社」
  // is asked of a company, whose 建設 the reports may not say; nor 大家 alone: 「交響曲の大家」 is a master).
  大家さん: ['家主'],
  建っ: ['新設', '建設'],
  // 「製造業のテコ入れ」「ものづくりの立て直し」: the reports' 再生, 復権 (「製造業の再生」「製造業の復権に向け」).
  テコ入れ: ['再生', '強化', '復権'],
  てこ入れ: ['再生', '強化', '復権'],
  立て直: ['再生', '再建', '復権'],
  // 「舵を切ったきっかけ」: what set it off is the reports' 契機 or 一因.
  きっかけ: ['契機', '一因'],
  // 「どういう順番でやっていく」「優先度の高い順」: the reports rank measures by 優先順位 (順位).
  順番: ['優先順位', '順位'],
  優先度: ['優先順位'],
  // 「どの業種を狙ってる」「狙うべき相手」: whom a region goes after is its ターゲット in the reports.
  狙っ: ['ターゲット'],
  狙う: ['ターゲット'],
  狙え: ['ターゲット'],
  // 「実際に動き出してからの段階」「実際に動く段階」: the reports' 行動 (「行動段階」).
  動き出: ['行動'],
  動く段階: ['行動'],
  // 「国のクラスターコンペで選ばれた」: a competition is the reports' 競争 (「先端クラスター競争プログラム」).
  コンペ: ['競争', 'コンペティション'],
  // 「国がテーマを決めて競わせるタイプ」: a contest among clusters is the reports' コンペ (競争).
  競わせ: ['コンペ', '競争'],
  // Reports write わが国 for Japan, 米国 and 英国 beside アメリカ and イギリス; staff ask either way.
  日本: ['わが国', '我が国'],
  わが国: ['日本'],
  我が国: ['日本'],
  アメリカ: ['米国'],
  米国: ['アメリカ'],
  イギリス: ['英国'],
  英国: ['イギリス'],
};

/** One-character country abbreviations, expanded only in runs such as 独英米, 日米, 米中. */
const COUNTRY_CHARS: Record<string, string> = {
  日: '日本',
  独: 'ドイツ',
  英: 'イギリス',
  米: 'アメリカ',
  仏: 'フランス',
  中: '中国',
  露: 'ロシア',
  韓: '韓国',
  欧: '欧州',
  伊: 'イタリア',
};
const COUNTRY_RUN = /(?<!\p{Script=Han})[日独英米仏中露韓欧伊]{2,5}(?!\p{Script=Han})/gu;

interface Expansion {
  terms: string[];
  grams: string[];
}

export interface AliasMatch {
  alias: string;
  expansions: string[];
  terms: string[];
  grams: string[];
}

const JA_NAME = '[\\p{Script=Han}\\p{Script=Katakana}ー・A-Za-z0-9]{2,40}';
const LATIN_NAME = "[A-Za-z][A-Za-z0-9&'’.\\- ]{0,60}[A-Za-z0-9]";
/** X（以下、「Y」という） / X（以下「Y」）: X is the phrase back to the previous delimiter. */
const DEFINED_AS =
  /([^、。，「」『』（）()\n]{2,40})[（(]以下[、，,]?「([^」]{2,30})」(?:という|と呼ぶ|とする)?[）)]/gu;
/** X（ACRONYM） / X（ACRONYM、…） / X（ACRONYM：English） */
const JA_THEN_LATIN = new RegExp(`(${JA_NAME})[（(](${LATIN_NAME})(?:\\s*[、，,：:；;]\\s*([^）)]{2,60}))?[）)]`, 'gu');
/** English name（日本語） */
const LATIN_THEN_JA = new RegExp(
  `(${LATIN_NAME})\\s*[（(]([\\p{Script=Han}\\p{Script=Katakana}ー・]{2,30})[）)]`,
  'gu',
);

/** Alias table built once per index (a few hundred entries; lookups are substring scans). */
export class AliasTable {
  private readonly latin = new Map<string, string[]>();
  private readonly japanese = new Map<string, string[]>();
  private readonly analysed = new Map<string, Expansion>();

  constructor(
    private readonly tokenizer: Tokenizer,
    entries: Record<string, string[]> = {},
  ) {
    for (const [alias, full] of Object.entries(entries)) this.add(alias, full);
  }

  /** The static list plus the definitions found in `texts` (chunk texts of the corpus). */
  static fromCorpus(texts: Iterable<string>, tokenizer: Tokenizer, withStatic = true): AliasTable {
    const table = new AliasTable(tokenizer, withStatic ? STATIC_ALIASES : {});
    for (const raw of texts) {
      if (!raw.includes('（') && !raw.includes('(')) continue;
      const text = raw.normalize('NFKC');
      for (const m of text.matchAll(DEFINED_AS)) table.add(m[2]!, [trimName(m[1]!)]);
      for (const m of text.matchAll(JA_THEN_LATIN)) {
        const ja = trimName(m[1]!);
        const latin = m[2]!.trim();
        if (!isAcronymOrName(latin)) continue;
        table.add(latin, [ja]);
        table.add(ja, [latin]);
        const second = m[3]?.trim();
        if (second && /^[A-Za-z]/.test(second) && isAcronymOrName(second)) table.add(second, [ja]);
        else if (second && /^[\p{Script=Han}\p{Script=Katakana}ー・]{2,30}$/u.test(second)) {
          table.add(latin, [second]);
          table.add(second, [ja]);
        }
      }
      for (const m of text.matchAll(LATIN_THEN_JA)) {
        const latin = m[1]!.trim();
        if (isAcronymOrName(latin)) {
          table.add(latin, [m[2]!]);
          table.add(m[2]!, [latin]);
        }
      }
    }
    return table;
  }

  /**
   * Alias keys of the names in `text` (a report's publisher and author): an expansion that begins or
   * ends one of its names (「株式会社野村総合研究所」 → NRI, 「経済産業省委託調査」 → METI), not a word inside
   * one (「エコシステム課」 holds システム, one of RESAS's expansions) nor a short common word (日本).
   */
  aliasesOf(text: string): string[] {
    const names = normalizeForIndex(text)
      .split(/[\s()（）、,，・/]+/)
      .filter(Boolean);
    const namesIt = (f: string) => {
      const form = normalizeForIndex(f);
      return form.length >= MIN_NAME_CHARS && names.some((name) => name.startsWith(form) || name.endsWith(form));
    };
    const out: string[] = [];
    for (const map of [this.latin, this.japanese]) {
      for (const [alias, full] of map) if (full.some(namesIt)) out.push(alias);
    }
    return out;
  }

  get size(): number {
    return this.latin.size + this.japanese.size;
  }

  private add(alias: string, full: string[]): void {
    const key = normalizeForIndex(alias).trim();
    if (key.length < 2 || GENERIC_LATIN.has(key)) return;
    const target = /^[a-z0-9&'’.\- ]+$/.test(key) ? this.latin : this.japanese;
    const list = target.get(key) ?? [];
    for (const f of full) if (f && normalizeForIndex(f) !== key && !list.includes(f) && list.length < 4) list.push(f);
    if (list.length) target.set(key, list);
  }

  private expansion(text: string): Expansion {
    let hit = this.analysed.get(text);
    if (!hit) {
      hit = { terms: this.tokenizer.terms(text), grams: charBigrams(normalizeForIndex(text)) };
      this.analysed.set(text, hit);
    }
    return hit;
  }

  /**
   * Japanese aliases found in a normalized question, the longest winning: 日本 inside 日本総合研究所
   * is not Japan, nor is it inside 東日本 (a two-character alias preceded by another kanji is part of
   * a longer word).
   */
  private japaneseMatches(normalized: string): [string, string[]][] {
    const spans: { alias: string; full: string[]; start: number; end: number }[] = [];
    for (const [alias, full] of this.japanese) {
      for (let at = normalized.indexOf(alias); at >= 0; at = normalized.indexOf(alias, at + 1)) {
        if (
          alias.length === 2 &&
          /^\p{Script=Han}+$/u.test(alias) &&
          /\p{Script=Han}/u.test(normalized[at - 1] ?? '')
        ) {
          continue;
        }
        spans.push({ alias, full, start: at, end: at + alias.length });
      }
    }
    const kept = spans.filter(
      (span) =>
        !spans.some(
          (other) =>
            other !== span &&
            other.end - other.start > span.end - span.start &&
            other.start <= span.start &&
            other.end >= span.end,
        ),
    );
    const found = new Map<string, string[]>();
    for (const span of kept) found.set(span.alias, span.full);
    return [...found];
  }

  /** Aliases in `question` and the terms/bigrams of what they stand for. */
  match(question: string): AliasMatch[] {
    const normalized = normalizeForIndex(question);
    const out: AliasMatch[] = [];
    const push = (alias: string, expansions: string[]) => {
      const terms: string[] = [];
      const grams: string[] = [];
      for (const e of expansions) {
        const x = this.expansion(e);
        terms.push(...x.terms);
        grams.push(...x.grams);
      }
      out.push({ alias, expansions, terms, grams });
    };
    if (this.latin.size) {
      const words = normalized.match(/[a-z0-9][a-z0-9&'’.-]*/g) ?? [];
      // Latin aliases match whole words (and phrases of up to 5 words).
      for (let i = 0; i < words.length; i++) {
        let phrase = '';
        for (let n = 0; n < 5 && i + n < words.length; n++) {
          phrase = n === 0 ? words[i]!.replace(/['’]s$/, '') : `${phrase} ${words[i + n]}`;
          const full = this.latin.get(phrase);
          if (full) push(phrase, full);
        }
      }
    }
    for (const [alias, full] of this.japaneseMatches(normalized)) push(alias, full);
    for (const m of normalized.matchAll(COUNTRY_RUN)) {
      const names = Array.from(m[0], (ch) => COUNTRY_CHARS[ch]!);
      push(m[0], names);
    }
    return out;
  }
}

/**
 * Everyday technology words are not anybody's abbreviation: 「シリコンバレー（IT）」 names a field,
 * and "it's OWL" must not turn into Silicon Valley.
 */
const GENERIC_LATIN = new Set(['it', 'ai', 'iot', 'ict', 'web', 'pc']);
/** Shortest expansion that names a publisher (not 日本 for わが国). */
const MIN_NAME_CHARS = 3;

/** Drops a leading connective clause cut from a longer phrase (…による地域の → keep the last noun run). */
function trimName(name: string): string {
  return name.replace(/^[0-9０-９・]+/, '');
}

/** Acronyms (HVM, FhG, BIS) and capitalised names; not ordinary lower-case prose or numbers. */
function isAcronymOrName(text: string): boolean {
  if (!/[A-Za-z]{2}/.test(text) || text.length > 60) return false;
  if (/^(19|20)\d\d/.test(text)) return false;
  return /^[A-Z]/.test(text) || /[A-Z].*[A-Z]/.test(text);
}
