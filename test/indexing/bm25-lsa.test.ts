import { beforeAll, describe, expect, it } from 'vitest';
import { Bm25Index } from '../../src/indexing/bm25.js';
import { LsaEmbedder, trainLsa, trainLsaAndEmbed } from '../../src/indexing/embedders/lsa.js';
import { getTokenizer, type KuromojiTokenizerAdapter } from '../../src/text/kuromoji-tokenizer.js';

function scores(index: Bm25Index, query: string[]): number[] {
  const out = new Float64Array(index.size);
  index.score(new Map(query.map((term) => [term, 1])), out);
  return Array.from(out);
}

describe('Bm25Index', () => {
  const docs = [
    ['クラスター', '政策', '地域', '企業'],
    ['クラスター', '政策', 'クラスター', '地域', 'クラスター', '企業'],
    ['アモルファス', '合金', '研究', '企業'],
    ['直接投資', '自治体', '誘致', '企業'],
  ];

  it('GIVEN more occurrences of the query term THEN ranks the document higher', () => {
    const index = Bm25Index.build(docs);
    const [a, b, c, d] = scores(index, ['クラスター']);
    expect(b!).toBeGreaterThan(a!);
    expect(a!).toBeGreaterThan(0);
    expect(c).toBe(0);
    expect(d).toBe(0);
  });

  it('a rare term weighs more than a term in every document', () => {
    const index = Bm25Index.build(docs);
    expect(index.idf('合金')).toBeGreaterThan(index.idf('企業'));
    expect(index.documentFrequency('企業')).toBe(4);
    const [, , c] = scores(index, ['合金']);
    const [, , c2] = scores(index, ['企業']);
    expect(c!).toBeGreaterThan(c2!);
  });

  it('toJSON/fromJSON round trip gives the same scores', () => {
    const index = Bm25Index.build(docs, { k1: 1.5, b: 0.6 });
    const restored = Bm25Index.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    expect(restored.k1).toBe(1.5);
    expect(restored.b).toBe(0.6);
    for (const query of [['クラスター'], ['企業', '合金'], ['誘致', '政策', '未知語']]) {
      expect(scores(restored, query)).toEqual(scores(index, query));
    }
  });

  it('addPresence adds each term weight to the documents that contain the term, once per document', () => {
    const index = Bm25Index.build([['産業', '産業', '政策'], ['政策'], ['地域']]);
    const out = new Float64Array(3);
    index.addPresence(
      [
        ['産業', 2],
        ['政策', 0.5],
        ['未知', 9],
      ],
      out,
    );
    expect(Array.from(out)).toEqual([2.5, 0.5, 0]);
  });

  it('postings lists the documents holding a term once each, ascending; an unknown term has none', () => {
    const index = Bm25Index.build(docs);
    expect(Array.from(index.postings('クラスター'))).toEqual([0, 1]);
    expect(Array.from(index.postings('企業'))).toEqual([0, 1, 2, 3]);
    expect(index.postings('未知語').length).toBe(0);
  });

  it('unknown terms score nothing', () => {
    const index = Bm25Index.build(docs);
    expect(scores(index, ['火星'])).toEqual([0, 0, 0, 0]);
  });

  it('scores as the Okapi BM25 formula, term by term', () => {
    const index = Bm25Index.build(docs);
    const avg = docs.reduce((sum, doc) => sum + doc.length, 0) / docs.length;
    const query = ['クラスター', '企業', '誘致'];
    const expected = docs.map((doc) =>
      query.reduce((sum, term) => {
        const tf = doc.filter((t) => t === term).length;
        if (!tf) return sum;
        const df = docs.filter((d) => d.includes(term)).length;
        const idf = Math.log(1 + (docs.length - df + 0.5) / (df + 0.5));
        return sum + (idf * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * doc.length) / avg));
      }, 0),
    );
    scores(index, query).forEach((score, i) => expect(score).toBeCloseTo(expected[i]!, 12));
  });

  it('fromArrays(toArrays()) gives the same scores, and inconsistent arrays are refused', () => {
    const index = Bm25Index.build(docs);
    const arrays = index.toArrays();
    const restored = Bm25Index.fromArrays({
      ...arrays,
      offsets: arrays.offsets.slice(),
      ids: arrays.ids.slice(),
      tfs: arrays.tfs.slice(),
      docLengths: arrays.docLengths.slice(),
    });
    for (const query of [['クラスター'], ['企業', '合金'], ['誘致', '政策', '未知語']]) {
      expect(scores(restored, query)).toEqual(scores(index, query));
    }
    expect(() => Bm25Index.fromArrays({ ...arrays, ids: arrays.ids.subarray(1) })).toThrow(/inconsistent/);
  });
});

describe('trainLsa', () => {
  let tokenizer: KuromojiTokenizerAdapter;
  const texts = [
    '産業クラスター政策は地域の企業と大学の連携を促し、新事業を生み出す。',
    '地域の産業クラスターでは企業と大学が共同研究を進め、新事業につなげる。',
    'クラスター政策により大学と企業の連携が強まり、地域に新事業が生まれた。',
    'アモルファス合金は磁気特性に優れた素材で、変圧器の省エネルギー化に役立つ。',
    '変圧器やモーターにはアモルファス合金の素材が使われ、磁気特性が評価されている。',
    'アモルファス合金の素材研究は磁気特性の改善と変圧器への応用を目指す。',
    '対日直接投資の誘致では、自治体が外国企業の相談窓口を設ける。',
    '外国企業の誘致に向け、自治体は直接投資の相談窓口を整備した。',
    '自治体による外国企業誘致と直接投資の促進が地域経済を支える。',
  ];
  beforeAll(async () => {
    tokenizer = await getTokenizer();
  });

  const cosine = (a: number[], b: number[]) => a.reduce((sum, value, i) => sum + value * b[i]!, 0);

  it('vectors are unit length', () => {
    const docs = texts.map((text) => tokenizer.terms(text));
    const model = trainLsa(docs, { dimensions: 4 });
    const embedder = new LsaEmbedder(model);
    for (const terms of docs) {
      const vector = embedder.embedTerms(terms);
      expect(vector).toHaveLength(model.dimensions);
      const norm = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
      expect(norm).toBeCloseTo(1, 5);
    }
  });

  it('similar texts have a higher cosine than unrelated ones', () => {
    const docs = texts.map((text) => tokenizer.terms(text));
    const embedder = new LsaEmbedder(trainLsa(docs, { dimensions: 4 }));
    const query = embedder.embedTerms(tokenizer.terms('アモルファス合金の磁気特性'));
    const alloy = embedder.embedTerms(docs[3]!);
    const cluster = embedder.embedTerms(docs[0]!);
    const fdi = embedder.embedTerms(docs[6]!);
    expect(cosine(query, alloy)).toBeGreaterThan(cosine(query, cluster));
    expect(cosine(query, alloy)).toBeGreaterThan(cosine(query, fdi));
    expect(cosine(embedder.embedTerms(docs[0]!), embedder.embedTerms(docs[1]!))).toBeGreaterThan(
      cosine(embedder.embedTerms(docs[0]!), embedder.embedTerms(docs[4]!)),
    );
  });

  it('trainLsaAndEmbed gives the training documents the vectors the embedder gives them', () => {
    const docs = texts.map((text) => tokenizer.terms(text));
    const { model, vectors } = trainLsaAndEmbed(docs, { dimensions: 4 });
    const embedder = new LsaEmbedder(model);
    expect(vectors).toEqual(docs.map((terms) => embedder.embedTerms(terms)));
  });

  it('is deterministic for the same seed', () => {
    const docs = texts.map((text) => tokenizer.terms(text));
    const a = trainLsa(docs, { dimensions: 4 });
    const b = trainLsa(docs, { dimensions: 4 });
    expect(Array.from(a.projection)).toEqual(Array.from(b.projection));
    expect(a.vocabulary).toEqual(b.vocabulary);
  });
});
