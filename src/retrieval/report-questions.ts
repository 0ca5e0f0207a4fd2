/**
 * Questions about a report as a whole (「NRIの報告書って何が書いてあるの？」, "what is the JRI paper
 * about?"): retrieval ranks the named report's opening first, and the chat service answers them
 * from the shelf's overviews.
 */

/**
 * A question about what a report covers as a whole: 「NRIの報告書って何が書いてあるの？」「日本総研のレポートの
 * 概要を教えて」, "what is the NRI report actually about?", "what does the JETRO Shimane study cover?" —
 * not what a report says on a topic (「NRIの報告書では方向性はどう書いてある？」, "what does the report
 * say about Toyama?").
 */
export function asksWhatReportCovers(question: string, lang: 'ja' | 'en'): boolean {
  // Any of its sentences may ask it: "What does the JRI paper cover? Which countries does it look at?"
  const whole = question.normalize('NFKC').trim();
  const sentences = [
    whole,
    ...whole
      .split(/(?<=[?？。])/)
      .map((sentence) => sentence.trim())
      .filter(Boolean),
  ];
  return sentences.some((q) =>
    lang === 'en'
      ? !SAYS_ABOUT_EN.test(q) && REPORT_ABOUT_EN.some((pattern) => pattern.test(q))
      : REPORT_ABOUT_JA.some((pattern) => pattern.test(q)),
  );
}

const REPORT_JA = '(報告書|レポート|リポート|資料|調査)';
const ASKED_END = '[^。？?]{0,10}[？?]?\\s*$';
/** A filler before what is asked: 「ざっくり」「一言で言うと」. */
const ROUGHLY = '((ざっくり|だいたい|簡単に|手短に|一言で(言うと|いうと)?|要するに|結局|そもそも)[、\\s]*)?';
const REPORT_ABOUT_JA = [
  // 「NRIの報告書って何が書いてあるの？」「…の資料って、何を調べたものなの？」, ending the question; not
  // 「LL事業のアンケート調査ではどんなことが分かった？」 (what a survey found).
  new RegExp(
    `${REPORT_JA}(って|は|には)?[、\\s]*${ROUGHLY}(何|なに|なん|どんな|どういう)(が|を|について|の)?[、\\s]*(書いて|書かれて|まとめ|扱|調べ|内容|テーマ|主題|趣旨)${ASKED_END}`,
  ),
  new RegExp(`(報告書|レポート|リポート|資料)の(概要|要旨|要点|中身|全体像|あらまし)`),
  // 「野村さんのレポート読むんだけど、ざっくりどこの国の何を扱ってるの？」: a clause on reading it, then what it
  // covers (which countries too).
  new RegExp(
    `${REPORT_JA}[^。？?、]{0,16}、\\s*${ROUGHLY}((どこの国|どの国|どこ)の)?(何|なに)(が|を|について)[、\\s]*(書いて|書かれて|扱|調べ|まとめ)${ASKED_END}`,
  ),
  // 「研究会資料って、ざっくりどんな話題が並んでるんでしょう？」: the topics it holds, asked as a whole.
  new RegExp(
    `${REPORT_JA}(って|は|には)?[、\\s]*${ROUGHLY}(どんな|どういう|何の|なんの)(話題|トピック|テーマ|項目|章|話)(が|を)?[、\\s]*(並んで|載って|入って|扱われて|取り上げられて|まとめられて)[^。？?]{0,14}[？?]?\\s*$`,
  ),
  // 「野村さんのレポート、読む前にざっくり何を扱ってる資料か知りたい」: what it covers, said before the word.
  new RegExp(
    `(何|なに|どんな(こと)?)(が|を)(書いて|書かれて|扱って|扱っ|まとめて|調べて)(ある|いる|る)?${REPORT_JA}(か|なのか|なの)`,
  ),
  new RegExp(`${REPORT_JA}(って|は)[、\\s]*(何の|なんの)(報告|レポート|資料|調査)`),
  // 「…のレポートって、どこの国の話が中心？ざっくり何が書いてあるか知りたい」: the report named first, what
  // it says asked after.
  new RegExp(
    `${REPORT_JA}(って|は)[^。]{0,40}[？?。、]\\s*(ざっくり|だいたい|簡単に|全体として)?[、\\s]*(何|なに)(が|を)(書いて|書かれて)(ある|いる)か`,
  ),
];
const REPORT_EN = '\\b(reports?|papers?|study|studies|documents?|decks?)\\b';
/** Words naming a report before "report" (the JETRO Shimane), not a topic in it (the programmes in the …). */
const REPORT_NAME_EN = '(?:(?!\\b(?:in|on|about|from|of|what|how)\\b)[^?]){0,80}';
const REPORT_ABOUT_EN = [
  new RegExp(`\\bwhat(?:'s| is| was| are| were)?\\b[^?]{0,140}${REPORT_EN}[^?]{0,100}\\babout\\s*[?？]?\\s*$`, 'i'),
  new RegExp(`\\bwhat does\\b[^?]{0,140}${REPORT_EN}[^?]{0,80}\\b(cover|discuss|deal with)\\s*[?？]?\\s*$`, 'i'),
  new RegExp(
    `^(can you |could you |please )?(give me )?(a |an |the )?(summary|overview|gist) of (the |this |that )?${REPORT_NAME_EN}${REPORT_EN}\\s*[?.]?\\s*$`,
    'i',
  ),
  new RegExp(
    `^(can you |could you |please )?summari[sz]e (the |this |that )?${REPORT_NAME_EN}${REPORT_EN}\\s*[?.]?\\s*$`,
    'i',
  ),
];
/** "What does the NRI report say about Toyama?" asks what it says on a topic. */
const SAYS_ABOUT_EN = /\b(say|says|said|mention|mentions)\b/i;
