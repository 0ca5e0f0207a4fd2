/**
 * Staff ask in plain verbs (「いつ始まった」「何社来てる」「なんで続かなかった」); the reports write the
 * Sino-Japanese noun (「2001年度より開始」「進出企業数360社」「継続」). A plain verb of the question also
 * matches those nouns, as one concept with it (see `concepts.ts`): a passage saying either covers it.
 * Keys are kuromoji base forms.
 */
export const PLAIN_VERB_NOUNS: ReadonlyMap<string, readonly string[]> = new Map([
  ['始まる', ['開始', '発足']],
  ['始める', ['開始', '着手']],
  ['終わる', ['終了']],
  ['続く', ['継続']],
  ['続ける', ['継続']],
  ['来る', ['進出', '来訪']],
  ['集まる', ['集積']],
  ['選ぶ', ['選定', '選出']],
  ['決める', ['決定', '策定']],
  ['増える', ['増加']],
  ['減る', ['減少']],
  ['売る', ['販売']],
  ['売れる', ['販売']],
  ['調べる', ['調査']],
  ['変える', ['変更']],
  ['変わる', ['変化', '変更']],
  ['使う', ['活用', '利用']],
  ['育てる', ['育成']],
  ['やめる', ['中止', '撤退']],
  ['止める', ['中止']],
  // 「一番つまずいたポイント」「何に困ってた」: the reports' 課題 (「コミュニケーションが最大の課題」).
  ['つまずく', ['課題', '障壁']],
  ['躓く', ['課題', '障壁']],
  ['困る', ['課題']],
  // 「どういう型に分類してた」「いくつかのタイプに分けて」: a typology, which the reports call 類型.
  ['分ける', ['分類', '類型']],
  ['型', ['類型']],
  ['タイプ', ['類型']],
  ['パターン', ['類型']],
  ['分類', ['類型']],
]);
