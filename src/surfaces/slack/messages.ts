/** What the bot says besides answers: short, polite, Japanese (the staff's language). */
export const TEXT = {
  notEnabled:
    'このチャンネルでは kotae は有効になっていません。kotae が有効なチャンネルか、DM で質問してください。（このお知らせはチャンネルごとに一度だけ表示します）',
  notEnabledCommand:
    'このチャンネルでは kotae は有効になっていません。kotae が有効なチャンネルか、DM で質問してください。',
  rateLimited: (retryAfterMs: number) =>
    `短時間に多くの質問をいただいたため、少しお待ちください。約${Math.max(1, Math.ceil(retryAfterMs / 1000))}秒後にもう一度お試しください。`,
  apology: (errorId: string) =>
    `申し訳ありません。回答の作成中に問題が発生しました。時間をおいてもう一度お試しください。管理者に問い合わせる際はエラーID ${errorId} をお伝えください。`,
  working: '🔎 報告書を調べています…',
  sourceUsage: '出典IDを指定してください。例: `/kotae source 001-0007`（ID は「出典を表示」で確認できます）',
  passageNotFound: (id: string) =>
    `出典 ${id} は見つかりませんでした。索引が更新された可能性があります。もう一度質問してください。`,
  feedbackThanks: (vote: 'up' | 'down') =>
    vote === 'up'
      ? '👍 評価ありがとうございます。記録しました。'
      : '👎 評価ありがとうございます。記録しました。改善に役立てます。',
  feedbackUnknown: 'この回答の記録が見つからないため、評価を保存できませんでした。',
  shareExpired:
    'この回答は共有できなくなりました（時間が経ったか、ボットが再起動しました）。もう一度 `/kotae 質問` で質問してください。',
  shareNotInChannel:
    'kotae がこのチャンネルに参加していないため共有できません。`/invite @kotae` で招待してから、もう一度お試しください。',
} as const;
