/**
 * A deterministic ChatService for surface tests (Slack, Discord, web adapters), so that a
 * surface's own behaviour can be tested without building an index. End-to-end tests use the
 * real service (`src/chat/`) over the real corpus instead.
 *
 * - Answers cite two fixed passages; the answer text echoes the question.
 * - `failOn` (substring) makes `ask` throw an internal error, to test apologies with error ids.
 * - `longAnswerOn` (substring) returns an answer of ~`longAnswerChars` characters with many markers.
 * - Validation mirrors the real service: empty / whitespace-only → QuestionError.
 */
import type { Answer, Citation } from '../../src/answering/answer.js';
import type {
  AskRequest,
  AskResult,
  ChatService,
  FeedbackRequest,
  Onboarding,
  PassageContext,
} from '../../src/chat/chat-service.js';
import { MemoryQuestionLog } from '../../src/chat/question-log.js';
import { QuestionError } from '../../src/errors.js';

export const FAKE_PASSAGES: PassageContext[] = [
  {
    id: '001-0007',
    doc: '001_c4c6d3e6043ce496.txt',
    title: '産業集積地における国際産業連携の成功要因調査',
    publisher: 'ジェトロ 産業技術部',
    date: '2008-06-18',
    section: ['1. LL事業について', '1) LL事業の概要'],
    lines: [31, 35],
    text: '各地の地域経済活性化・国際化プロジェクトと連携を図りつつ、我が国の特定地域と海外の特定地域との産業交流を従来以上に活発化し、新規産業の創出や地場産業の多角化・高度化を図る。\n※LL事業実施期間：1996年度～2006年度',
    before: 'LL (Local to Local) 事業',
    after: '1. LL事業について 基本的な支援メカニズム',
  },
  {
    id: '003-0042',
    doc: '003_ae567d3fe1c12126.txt',
    title: '次世代製造業にみる地域イノベーションの在り方',
    publisher: '日本総合研究所 調査部',
    date: null,
    section: ['（2）インダストリー4.0の実装を担う産業クラスター'],
    lines: [228, 230],
    text: "インダストリー4.0の実装の場であり、国のイノベーション政策の実践の場として機能する地域クラスターの代表格ともいえるのが、ノルトライン・ヴェストファーレン州の「it's OWL」である。",
    before: 'ドイツのイノベーション戦略は、クラスター政策と密接な関係がある。',
    after: "it's OWLではインダストリー4.0にかかわるセンサーや自動化部品などに取り組んでいる。",
  },
];

export function fakeCitation(n: number, passage: PassageContext, quote = passage.text.split('。')[0] ?? ''): Citation {
  return {
    n,
    passageId: passage.id,
    doc: passage.doc,
    title: passage.title,
    publisher: passage.publisher,
    date: passage.date,
    section: passage.section,
    lines: passage.lines,
    quote,
    text: passage.text,
  };
}

export interface FakeChatServiceOptions {
  failOn?: string;
  longAnswerOn?: string;
  longAnswerChars?: number;
  abstainOn?: string;
}

export class FakeChatService implements ChatService {
  readonly log = new MemoryQuestionLog();
  readonly asked: AskRequest[] = [];

  constructor(private readonly options: FakeChatServiceOptions = {}) {}

  async ask(request: AskRequest): Promise<AskResult> {
    const question = request.question.trim();
    if (!question) {
      throw new QuestionError('empty question', '質問が空です。報告書について知りたいことを書いてください。');
    }
    this.asked.push(request);
    if (this.options.failOn && question.includes(this.options.failOn)) {
      throw new Error(`fake internal failure for "${question}"`);
    }
    const [first, second] = FAKE_PASSAGES as [PassageContext, PassageContext];
    const abstain = this.options.abstainOn !== undefined && question.includes(this.options.abstainOn);
    let text = abstain
      ? 'お調べした報告書には該当する記述が見つかりませんでした。'
      : `「${question}」について: LL事業は地域間の産業交流を活発化する事業です [1]。it's OWL はインダストリー4.0の代表的なクラスターです [2]。`;
    if (this.options.longAnswerOn && question.includes(this.options.longAnswerOn)) {
      const unit = 'LL事業は1996年度から2006年度まで実施された地域間交流支援の事業である [1]。';
      text = unit.repeat(Math.ceil((this.options.longAnswerChars ?? 7000) / unit.length));
    }
    const citations = abstain ? [] : [fakeCitation(1, first), fakeCitation(2, second)];
    const answer: Answer = {
      question,
      lang: /[ぁ-んァ-ン一-龯]/.test(question) ? 'ja' : 'en',
      text,
      abstained: abstain,
      abstainReason: abstain ? 'no passage matched the question well enough' : null,
      confidence: abstain ? 0.1 : 0.8,
      citations,
      related: abstain ? [fakeCitation(1, first)] : [],
      suggestions: abstain ? ['LL事業とは？'] : [],
      composer: 'extractive',
    };
    const questionId = this.log.recordAnswer({
      surface: request.surface,
      ...(request.userId ? { userId: request.userId } : {}),
      ...(request.channelId ? { channelId: request.channelId } : {}),
      question,
      answer,
      latencyMs: 1,
    });
    return { answer, questionId, latencyMs: 1 };
  }

  passage(id: string): PassageContext | undefined {
    return FAKE_PASSAGES.find((passage) => passage.id === id);
  }

  onboarding(): Onboarding {
    const [first, second] = FAKE_PASSAGES as [PassageContext, PassageContext];
    return {
      reports: FAKE_PASSAGES.map((passage, i) => ({
        doc: passage.doc,
        title: passage.title,
        publisher: passage.publisher,
        date: passage.date,
        sections: passage.section,
        overview: `${passage.text.split('。')[0]}。[1]`,
        citations: [fakeCitation(1, i === 0 ? first : second)],
      })),
      glossary: [{ term: 'LL事業', definition: 'Local to Local 事業', citation: fakeCitation(1, first) }],
      starterQuestions: ['LL事業とは？', "it's OWLとは何ですか？"],
    };
  }

  async feedback(request: FeedbackRequest): Promise<boolean> {
    return this.log.recordFeedback(request);
  }
}
