import { beforeAll, describe, expect, it } from 'vitest';
import { AliasTable } from '../../src/retrieval/aliases.js';
import { conceptCoverage, weighConcepts } from '../../src/retrieval/concepts.js';
import { Lexicon } from '../../src/retrieval/lexicon.js';
import { analyzeQuery } from '../../src/retrieval/query-analysis.js';
import { getTokenizer, type KuromojiTokenizerAdapter } from '../../src/text/kuromoji-tokenizer.js';

let tokenizer: KuromojiTokenizerAdapter;
beforeAll(async () => {
  tokenizer = await getTokenizer();
});

const flatIdf = () => 1;

describe('query concepts', () => {
  it('GIVEN an English word with several translations THEN they form one concept with the word, counted once', () => {
    const lexicon = new Lexicon({ partner: ['パートナー', '相手', '仲間'], survey: ['調査'] });
    const query = analyzeQuery('Which partner did the survey name?', tokenizer, lexicon);
    const keys = ['パートナ', '相手', '仲間'].map((term) => query.concepts?.get(term));
    expect(new Set(keys)).toEqual(new Set(['partner']));
    const weighted = weighConcepts(query, flatIdf);
    // Two concepts (partner, survey): a passage with the first translation of each is fully covered,
    // one with a lesser translation (相手 weighs 2/3 of パートナー) nearly.
    expect(weighted.weights.length).toBe(2);
    expect(conceptCoverage(weighted, (term) => term === 'パートナ' || term === '調査')).toBeCloseTo(1);
    expect(conceptCoverage(weighted, (term) => term === '相手' || term === '調査')).toBeCloseTo(5 / 6);
    // Counted term by term, 相手 + 調査 would have been under half of the terms' weight.
    expect(conceptCoverage(weighted, (term) => term === '調査')).toBeCloseTo(0.5);
  });

  it('GIVEN an alias THEN the alias and the words of its full form are one concept', () => {
    const table = AliasTable.fromCorpus([], tokenizer);
    const query = analyzeQuery('産総研の拠点はどこ？', tokenizer, undefined, table);
    const alias = query.concepts?.get('産業');
    expect(alias).toBeDefined();
    expect(query.concepts?.get('技術')).toBe(alias);
    // 拠点 is a word of the question: a concept of its own.
    expect(query.concepts?.has('拠点')).toBe(false);
    const weighted = weighConcepts(query, flatIdf);
    expect(conceptCoverage(weighted, (term) => term === '産業' || term === '拠点')).toBeCloseTo(1);
    expect(conceptCoverage(weighted, (term) => term === '拠点')).toBeCloseTo(0.5);
  });

  it('GIVEN a Japanese question without expansions THEN every term is its own concept, weighed by idf', () => {
    const query = analyzeQuery('坂城町の工場の特徴は？', tokenizer);
    expect(query.concepts).toBeUndefined();
    const idf = (term: string) => (term === '坂城' ? 3 : 1);
    const weighted = weighConcepts(query, idf);
    expect(weighted.weights.length).toBe(query.terms.size);
    expect(conceptCoverage(weighted, (term) => term === '坂城')).toBeCloseTo(3 / weighted.total);
    expect(conceptCoverage(weighted, () => false)).toBe(0);
  });

  it('GIVEN a plain verb (始まる) THEN the noun the reports write (開始) is one concept with it, weighing a little less', () => {
    const query = analyzeQuery('産業クラスター計画っていつ始まったの？', tokenizer);
    expect(query.concepts?.get('開始')).toBe('始まる');
    expect(query.terms.get('開始')).toBeLessThan(query.terms.get('始まる')!);
    const weighted = weighConcepts(query, flatIdf);
    // 「2001年度より開始」 covers the verb's concept as 「始まった」 would, nearly.
    const withVerb = conceptCoverage(weighted, (term) => term === '計画' || term === '始まる');
    const withNoun = conceptCoverage(weighted, (term) => term === '計画' || term === '開始');
    expect(withNoun).toBeGreaterThan(conceptCoverage(weighted, (term) => term === '計画'));
    expect(withNoun).toBeLessThan(withVerb);
    // An English question is left alone: its words are translated by the lexicon.
    expect(analyzeQuery('When did the cluster plan start?', tokenizer).terms.has('開始')).toBe(false);
  });

  it('leaves out the ordinary English words of an English question', () => {
    const query = analyzeQuery('What did the JETRO survey find?', tokenizer, new Lexicon({ survey: ['調査'] }));
    const terms = weighConcepts(query, flatIdf).terms.map((entry) => entry.term);
    expect(terms).toContain('jetro');
    expect(terms).toContain('調査');
    expect(terms).not.toContain('survey');
  });
});
