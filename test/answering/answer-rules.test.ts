import { describe, expect, it } from 'vitest';
import { aboutSubject, definitionSubject, isApparatus } from '../../src/answering/extractive-composer.js';
import { isStatementNote, statementNoteLines } from '../../src/answering/footnotes.js';
import { askedCounter, askedFigure, questionKind } from '../../src/retrieval/question-kind.js';
import { passageUnits } from '../../src/answering/units.js';
import { unseenNames, unseenYears } from '../../src/answering/unseen-names.js';
import { getTokenizer } from '../../src/text/kuromoji-tokenizer.js';
import { normalizeForIndex } from '../../src/text/normalize.js';

const corpus = normalizeForIndex(
  'インダストリー4.0の特色として、標準化が挙げられる。LL事業は1996年度に始まった。RESASを活用。',
).replace(/\s+/g, '');

describe('unseenNames', () => {
  it('GIVEN a name with a number the corpus never mentions THEN reports it', () => {
    expect(unseenNames('中国製造2025とインダストリー4.0の違いは？', corpus)).toEqual(['中国製造2025']);
  });
  it("GIVEN a name the corpus writes, with the asker's own reading in brackets THEN the reading is no name to look for", () => {
    expect(unseenNames('LL（ローカル・トゥ・ローカル）事業って、いつからいつまで？', corpus)).toEqual([]);
    // A bracketed name after a name the corpus does not write is still looked for.
    expect(unseenNames('XYZ（ローカル・トゥ・ローカル）事業って、いつから？', corpus)).toContain(
      'ローカル・トゥ・ローカル',
    );
  });
  it('GIVEN only names the corpus mentions THEN reports nothing', () => {
    expect(unseenNames('インダストリー4.0の特色は？', corpus)).toEqual([]);
    expect(unseenNames('RESASって何？', corpus)).toEqual([]);
  });
  it('GIVEN casual paraphrase (hiragana, short words) THEN never treats it as a name', () => {
    expect(unseenNames('地域が主力産業にべったり頼っちゃうリスクは？', corpus)).toEqual([]);
  });
  it('GIVEN an English question THEN ordinary English words are not names', () => {
    expect(unseenNames('What is the programme budget?', corpus, 'en')).toEqual([]);
    expect(unseenNames('RESASとSOMETHINGの違い', corpus, 'ja')).toEqual(['something']);
  });
  it('GIVEN casual katakana words the dictionary knows (ダントツ, バラバラ) THEN they are not names; unknown ones are', async () => {
    const tokenizer = await getTokenizer();
    expect(unseenNames('拠点の数がダントツに多い機関は？窓口がバラバラだと困る', corpus, 'ja', tokenizer)).toEqual([]);
    expect(unseenNames('メタバースの活用事例は？', corpus, 'ja', tokenizer)).toEqual(['メタバース']);
    // Without a tokenizer every katakana run of four or more is name-like.
    expect(unseenNames('拠点の数がダントツに多い機関は？', corpus)).toEqual(['ダントツ']);
  });
  it('GIVEN a casual compound of long loanwords the reports use (イノベーションアンケート) THEN it is no name', async () => {
    const tokenizer = await getTokenizer();
    const shelf = `${corpus}イノベーションに関するアンケートを実施した。スマートな都市、シティの計画。`;
    expect(unseenNames('イノベーションアンケートの回答数は？', shelf, 'ja', tokenizer)).toEqual([]);
    // A short part (シティ) or a word the reports never use keeps the compound a name.
    expect(unseenNames('スマートシティの事例は？', shelf, 'ja', tokenizer)).toEqual(['スマートシティ']);
  });

  it('GIVEN a fiscal year (FY2019) THEN it is not a name: the year is checked as a year', () => {
    expect(unseenNames('How many meetings were held in FY2019?', corpus, 'en')).toEqual([]);
    expect(unseenNames('FY2019の開催数は？', corpus)).toEqual([]);
    expect(unseenYears('How many meetings were held in FY2019?', ['2019年度に12回開催'])).toEqual([]);
    expect(unseenYears('How many meetings were held in FY2031?', ['2019年度に12回開催'])).toEqual(['2031']);
  });
});

describe('unseenYears', () => {
  it('GIVEN a year no passage or report date has THEN reports it', () => {
    expect(unseenYears('2022年以降の進出企業数は？', ['2019年の出展企業数425社', '2008-06-18'])).toEqual(['2022']);
  });
  it('GIVEN a year present in a passage or a report date THEN reports nothing', () => {
    expect(unseenYears('2019年の規模は？', ['2019年の出展企業数425社'])).toEqual([]);
    expect(unseenYears("JETRO's 2008 survey", ['本文', '2008-06-18'])).toEqual([]);
  });
  it('GIVEN a year a passage writes in an era (令和4年, H20) THEN reports nothing', () => {
    expect(unseenYears('How many members as of June 2022?', ['令和4年6月時点で376の法人会員'])).toEqual([]);
    expect(unseenYears('2008年の事業は？', ['H20年度の事業'])).toEqual([]);
    expect(unseenYears('2023年の会員数は？', ['令和4年6月時点で376の法人会員'])).toEqual(['2023']);
  });
});

describe('question analysis for answers', () => {
  it('finds the subject of a definition question', () => {
    expect(definitionSubject('LL事業とは？')).toBe('LL事業');
    expect(definitionSubject('「魔の川」って何？')).toBe('魔の川');
    expect(definitionSubject('島根の取組について教えて')).toBeUndefined();
  });
  it('finds the subject inside casual framing: a bracketed term, an abbreviation qualified by a place', () => {
    expect(definitionSubject('島根のレポに出てくる「RACI」ってなに？')).toBe('RACI');
    expect(definitionSubject('レポートによく出てくる「システム思考」って、どういう考え方？')).toBe('システム思考');
    expect(definitionSubject('イギリスのHVMって何の略？')).toBe('HVM');
    // 「XのY」 asks for Y of X: not a definition of Y alone.
    expect(definitionSubject('LL事業の目的とは？')).toBe('LL事業の目的');
    // Not a bracketed term that more words follow, nor a single letter.
    expect(definitionSubject('「RACI」と「PDCA」の違いとは？')).toMatch(/RACI.*PDCA」の違い$/);
    expect(definitionSubject('「IoT」の「T」って何？')).toMatch(/^IoT.*T$/);
  });
  it('reads 「Xについて教えて」 alone (every starter question) as asking what X is', () => {
    expect(aboutSubject('LL事業について教えて')).toBe('LL事業');
    expect(aboutSubject('「RIT事業」について詳しく教えてください。')).toBe('RIT事業');
    expect(aboutSubject('LL事業について教えて。予算はいくら？')).toBeUndefined();
    expect(aboutSubject('LL事業とは？')).toBeUndefined();
  });
  it('classifies list, number and definition questions', () => {
    expect(questionKind('国際産業連携の8つのポイントは？')).toBe('list');
    // The types a report sorts things into are listed.
    expect(questionKind('NRIの報告書だと、産業集積ってどんな型に分けて整理してるんだっけ？')).toBe('list');
    expect(questionKind('産業集積をどういうタイプに分けてたっけ？')).toBe('list');
    expect(questionKind('その型って何社くらい？')).toBe('number');
    expect(questionKind('予算はいくら？')).toBe('number');
    expect(questionKind('RACIとは？')).toBe('definition');
    expect(questionKind('「カタパルト」って、そもそもどういう組織なんですか？')).toBe('definition');
    // "which" with a plural noun asks for several; a plural word later in the question does not.
    expect(questionKind('Which Japanese regions were paired with Swiss partners?')).toBe('list');
    expect(questionKind("Which city is the HVM Catapult's composites centre (NCC) based in?")).not.toBe('list');
    expect(questionKind('Which company operates the centre?')).not.toBe('list');
    expect(questionKind('Which process is used for it?')).not.toBe('list');
    // いくつ of a rate or a count asks for a figure; of things, for a list.
    expect(questionKind('LL事業のアンケート、有効回答率いくつだった？')).toBe('number');
    expect(questionKind('NRIの報告書で産業集積をいくつの型に分けてる？')).toBe('list');
    // An order or a set of bullet points asked for is a list: 「順番」「優先度の高い順」「箇条書きで」.
    expect(questionKind('提言を実際にやっていく順番ってどうなってた？優先度の高い順に教えて')).toBe('list');
    expect(questionKind('施策をどう立ち上げていく想定だったか箇条書きでほしい')).toBe('list');
  });
  it('knows which kind of figure a count or amount question asks for', () => {
    expect(askedFigure('採択されたプロジェクトは全部で何件？')?.unit).toBe('件');
    expect(askedFigure('進出企業数は何社？')?.unit).toBe('社');
    expect(askedFigure('RIT事業の予算規模は？')?.unit).toBe('円');
    // What follows from a figure is asked, not an amount.
    const follows = 'What happens to the public subsidy if industry contract income reaches 55% or more?';
    expect(askedFigure(follows)).toBeUndefined();
    expect(askedFigure('How much income does Fraunhofer get from industry?')?.unit).toBe('円');
    expect(askedFigure('How many companies joined?')?.unit).toBe('社');
    expect(askedFigure('岩手と大連のRITの成果は？')).toBeUndefined();
    // A cost named by its own word (研究費, 整備費) asked how large.
    expect(askedFigure('島根大学の研究って、年間の研究費どのくらい使ってるの？')?.unit).toBe('円');
    expect(askedFigure('テストフィールドの整備費って何億円？')?.unit).toBe('円');
    expect(askedFigure('人件費はどう違う？')).toBeUndefined();
    const yen = askedFigure('予算はいくら？')!.pattern;
    expect(yen.test('３年間で最大10億円を委託')).toBe(true);
    expect(yen.test('5年間で最大2億ユーロを支援')).toBe(true);
    expect(yen.test('交通費 37')).toBe(false);
    expect(askedFigure('何件？')!.pattern.test('349件のニーズ発信')).toBe(true);
  });
  it('does not take a word that only looks like a count or amount for one', () => {
    expect(askedFigure('職員数は何人？')?.unit).toBe('人');
    // 何社会 is "what society", いくらでも "as much as you like"; the last question word decides.
    expect(askedFigure('その社会システムは何社会と呼ばれたか。')).toBeUndefined();
    expect(askedFigure('金はいくらでも出そうという誘いに乗ったのは誰か？')).toBeUndefined();
    expect(askedFigure('出版の費用を肩代わりしたのは何年のことか？')).toBeUndefined();
    expect(askedFigure('出資額はいくらで、出資したのは誰？')).toBeUndefined();
    // A casual ending after the question word (「…ついてたんだっけ」) still ends on it.
    expect(askedFigure('国の予算はいつまでついてたんだっけ？')).toBeUndefined();
    // A question word inside the question, not at its end, does not change what is asked.
    expect(askedFigure('予算はどこまで増えた？')?.unit).toBe('円');
    expect(askedFigure('How much funding did the IMI programme get when it was launched?')?.unit).toBe('円');
    expect(askedFigure('いつ始まった事業の予算はいくら？')?.unit).toBe('円');
  });
  it('reads 何度も, 何年も, 何人か as "many" or "some", not as asking for a count', () => {
    expect(askedCounter('長崎市の訪問団が何度も訪れた都市はどこ？')).toBeUndefined();
    expect(askedCounter('何人かの研究者が関わった？')).toBeUndefined();
    expect(askedCounter('ミッション派遣は何回やったの？')?.test('4回')).toBe(true);
    // Houses, stores, seats and dwellings are counted too; 「何基準」 is no count of 基.
    expect(askedCounter('諏訪にはホテルが何軒ある？')?.test('ホテルは12軒')).toBe(true);
    expect(askedCounter('住戸って結局何戸新設されたの？')?.test('1,787戸が新設')).toBe(true);
    expect(askedCounter('自民党は何議席を獲得したか')?.test('296議席')).toBe(true);
    expect(askedCounter('せん断ひずみエネルギー U は何基準ですか？')).toBeUndefined();
    expect(askedCounter('何か国と交流した？')?.test('12か国')).toBe(true);
  });
  it('reads "how many (foreign) companies" as companies counted, not any count', () => {
    const companies = askedCounter('How many foreign companies does NRW.Global Business help set up each year?')!;
    expect(companies.test('1,514社')).toBe(true);
    expect(companies.test('174の企業・機関が参加')).toBe(true);
    expect(companies.test('海外企業による投資相談実績0件（2020年）')).toBe(false);
  });
  it('reads bibliography entries in Latin letters and footnote lines as apparatus', () => {
    expect(
      isApparatus(
        '(Michael E. Porter "Clusters and Economic Policy" ISC White Paper, Harvard Business School, November 2007)',
      ),
    ).toBe(true);
    expect(isApparatus('Advanced Manufacturing Partnership (AMP) は2011年に発足した。')).toBe(false);
    expect(
      isApparatus(
        '(Michael E. Porter "Clusters and Economic Policy" ISC White Paper, 2007) また、ドイツでは研究開発が進む。',
      ),
    ).toBe(true);
    expect(isApparatus('The pressure on expressways rose in 2015 according to a newspaper count.')).toBe(false);
  });
  it('never quotes footnotes, references or source lines', () => {
    expect(isApparatus('(注41) ゼバスティアン・シュミット「ドイツ-Industrie4.0の波に乗れ」')).toBe(true);
    expect(isApparatus('出所：工業統計調査よりNRI作成')).toBe(true);
    expect(isApparatus('※「成果」と「きっかけ」をクロス集計し、各マスには回答者数を記載している。')).toBe(true);
    expect(isApparatus('※LL事業は1996年に始まり、27テーマが実施された。')).toBe(false);
    expect(isApparatus('※2：その他製造業は繊維工業、印刷業などを含む')).toBe(true);
    expect(isApparatus('- ・ 清水誠 [2015]. 「IoTによる製造業の変革」')).toBe(true);
    expect(isApparatus('「—」 研究レポートNo.426、富士通総研・経済研究所、2015年6月')).toBe(true);
    expect(isApparatus('産総研に関する取組の詳細は資料2-2を参照。')).toBe(true);
    expect(isApparatus("そこで、(図表11) it's OWLが取り組むインダストリー 4.0プロジェクト")).toBe(true);
    expect(isApparatus('（図表3）LL事業の実施件数')).toBe(true);
    expect(isApparatus('LL事業は27テーマを実施した（図表3）。')).toBe(false);
    expect(isApparatus('インダストリー4.0の特色として、標準化が挙げられる。')).toBe(false);
  });
  it('GIVEN a citing footnote right above a source line THEN the source line does not make it a statement', () => {
    const text = '本文である。\n(注13) 現地関係者へのインタビューによる。\n出所：各種公開情報よりNRI作成';
    expect([...statementNoteLines(text, [1, 2])]).toEqual([]);
  });
  it('tells a footnote that states something from one that cites a source or describes a chart', () => {
    expect(
      isStatementNote(
        '（注11）この点については、ボストン・ルート128の垂直統合・中央集権型の産業クラスターとシリコンバレーの水平分業・オープンネットワーク型の産業クラスターについて論じた文献が詳しい。',
      ),
    ).toBe(true);
    expect(isStatementNote('（注28）社会的目的を持った企業（社会的企業）の設立形態の一つ。')).toBe(true);
    // What a source is quoted as saying is the note's statement.
    expect(isStatementNote('(注43) 小竹暢高によれば、「FhGは国際的な研究ブランドである」。')).toBe(true);
    expect(
      isStatementNote(
        '(注13) 澤田朋子「科学技術・イノベーション動向報告 ドイツ編 (2014年)」海外調査報告書、科学技術振興機構、2015年3月。',
      ),
    ).toBe(false);
    expect(isStatementNote('(注20) 科学技術振興機構・澤田朋子氏へのインタビューによる。')).toBe(false);
    expect(isStatementNote('（注7）OECD [2013]。')).toBe(false);
    expect(
      isStatementNote('（注36）“Remarks by the President on Jobs for the Middle Class” The White House, 2013'),
    ).toBe(false);
    expect(isStatementNote('（注）100社以上200社未満の回答があったマスをオレンジに着色している。')).toBe(false);
  });
});

describe('passageUnits', () => {
  it('cuts sentences, list items and table rows as verbatim substrings with offsets', () => {
    const text =
      '(4) 国際産業連携成功の 8つのポイント\n・意欲ある参加者(企業)の確保が最大のポイント。\n項目\t内容\nLL事業は地域間交流を支援する。成果も大きい。';
    const units = passageUnits(text);
    for (const unit of units) expect(text.slice(unit.start, unit.start + unit.text.length)).toBe(unit.text);
    expect(units.map((u) => u.kind)).toEqual(['heading', 'item', 'row', 'sentence', 'sentence']);
  });
});

describe('passageUnits', () => {
  it('GIVEN a bracketed note after a sentence ends (「…。（2019年度開催実績：310回）」) THEN it stays with that sentence', () => {
    const text =
      '本会議では新しい産学連携体制を構築。年間を通して多種多様な会議が開催されている。（2019年度開催実績：310回）(会議の様子）';
    const units = passageUnits(text);
    expect(units.map((u) => u.text)).toEqual([
      '本会議では新しい産学連携体制を構築。',
      '年間を通して多種多様な会議が開催されている。（2019年度開催実績：310回）(会議の様子）',
    ]);
    for (const unit of units) expect(text.slice(unit.start, unit.start + unit.text.length)).toBe(unit.text);
    // A note without a figure (a case's label) stays apart; a bracket opening a sentence is no note.
    expect(passageUnits('家具づくりが発展している。(ニュージーランド・木材加工産業)').map((u) => u.text)).toEqual([
      '家具づくりが発展している。',
      '(ニュージーランド・木材加工産業)',
    ]);
    expect(passageUnits('成果が出た。（注）詳しくは別紙を参照。').map((u) => u.text)).toEqual([
      '成果が出た。',
      '（注）詳しくは別紙を参照。',
    ]);
  });

  it('GIVEN short lines that open with one label and different numbers THEN they are list items, not headings', () => {
    const text = '中核産業への依存\n方向性.1 中核産業を高度・専門化していく\n方向性.2 中核産業を多様化していく';
    const units = passageUnits(text);
    expect(units.filter((u) => u.kind === 'item').map((u) => u.text)).toEqual([
      '方向性.1 中核産業を高度・専門化していく',
      '方向性.2 中核産業を多様化していく',
    ]);
    for (const unit of units) expect(text.slice(unit.start, unit.start + unit.text.length)).toBe(unit.text);
  });

  it('GIVEN numbered captions (図表1, 図表2) THEN they are not list items', () => {
    const units = passageUnits('図表1 県内の出荷額の推移\n図表2 県内の事業所数の推移');
    expect(units.some((u) => u.kind === 'item')).toBe(false);
  });

  it('GIVEN a short line giving a figure after a label (有効回答率：71.6%) THEN it is a statement, not a heading', () => {
    expect(
      passageUnits('アンケート調査\n有効回答率：71.6%\n※LL事業実施期間：1996年度～2006年度').map((u) => u.kind),
    ).toEqual(['heading', 'sentence', 'sentence']);
    expect(passageUnits('2-1-1. 日本国内の産業集積事例：京都府').map((u) => u.kind)).toEqual(['heading']);
    // A label may hold a number (H20年度), a numbered heading may not pass for one.
    expect(passageUnits('H20年度採択テーマ: 新たに8件採択').map((u) => u.kind)).toEqual(['sentence']);
    expect(passageUnits('1. 調査概要：2008年').map((u) => u.kind)).toEqual(['heading']);
  });

  it('GIVEN a line with one cell between tab-separated rows THEN it is a row, not a heading', () => {
    const text = [
      '欧州',
      '練馬区－フランス (アニメーション制作)\t千葉県－英国 (ライフサイエンス)',
      '浜松地域－ドイツ・イエナ (光装置関連産業)',
      '富山県－スイス (医薬品)',
      '近畿地域－オランダ (食品産業)\t諏訪地域－スイス (マイクロマシン)',
      'アジア',
      '九州－中国大連市 (環境)\t福岡市－インド (IT)',
    ].join('\n');
    // Group labels shorter than a unit (欧州, アジア) are not quoted at all.
    expect(passageUnits(text).map((u) => `${u.kind} ${u.line}`)).toEqual(['row 1', 'row 2', 'row 3', 'row 4', 'row 6']);
    // A title between two tables is written unlike their cells: it stays a heading.
    const captioned = [
      '練馬区－フランス (アニメ)\t千葉県－英国 (バイオ)',
      '平成20年度ジェトロRIT事業 案件分布図①',
      '岩手地域－中国大連地域 (金型)\t三重県－中国 (医療)',
    ];
    expect(passageUnits(captioned.join('\n')).map((u) => u.kind)).toEqual(['row', 'heading', 'row']);
    const titled = [
      '項目：内容\t対象：企業',
      '島根県に対する海外企業誘致施策に関する提言（抜粋）',
      '既存機能：窓口\t新規機能：伴走',
    ];
    expect(passageUnits(titled.join('\n')).map((u) => u.kind)).toEqual(['row', 'heading', 'row']);
    // Without rows around it, the same line is a heading.
    expect(passageUnits('浜松地域－ドイツ・イエナ (光装置関連産業)\n浜松は光産業の集積地である。')[0]?.kind).toBe(
      'heading',
    );
  });

  it('GIVEN a numbered list of cases with lines over 40 characters THEN every line is an item, none a heading', () => {
    const text = [
      '■ インタビュー実施案件',
      '1. 福岡県飯塚市－米国カリフォルニア州シリコンバレー（IT）《98～02年度》',
      '2. 長崎県長崎市－中国 四川省（環境、農業、造園、バイオテクノロジー等）《97年度》',
      '3. 長崎県長崎市－韓国 大田広域市（情報関連産業）《02～03年度》',
      '2. 成功要因分析 (2) LL事業の背景分析',
    ].join('\n');
    expect(passageUnits(text).map((u) => `${u.kind} ${u.line}`)).toEqual([
      'item 0',
      'item 1',
      'item 2',
      'item 3',
      'heading 4',
    ]);
  });

  it('GIVEN a single numbered label line THEN it stays a heading', () => {
    expect(passageUnits('課題1 人材の確保\n人材の確保が急務である。').map((u) => u.kind)).toEqual([
      'heading',
      'sentence',
    ]);
  });
});

describe('askedCounter: sites counted by いくつ', () => {
  it('GIVEN 「海外オフィスいくつ」「研究所って全部でいくつ」 THEN a count of sites is the shape; 「ポイントはいくつ」 is not one', () => {
    const offices = askedCounter('NRW.Global Businessって海外オフィスいくつ持ってるんだっけ？')!;
    expect(offices.test('海外に7拠点')).toBe(true);
    expect(offices.test('ドイツ各地に66の研究所')).toBe(true);
    expect(offices.test('スタッフ120人')).toBe(false);
    expect(askedCounter('研究所って全部でいくつある？')?.test('211箇所')).toBe(true);
    expect(askedCounter('成功のポイントはいくつ？')?.test('7拠点') ?? false).toBe(false);
  });
});
