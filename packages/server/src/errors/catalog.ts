/**
 * The error codes of the HTTP API and their titles in ja, en and やさしい日本語. A problem's `title` comes from
 * here, in the language of the request's Accept-Language; the technical `detail` stays English.
 */
import type { Lang } from '@zairyu/rules';

/** Every error code the API answers with. */
export const ERROR_CODES = [
  'invalid-input',
  'unauthenticated',
  'invalid-credentials',
  'csrf-token-invalid',
  'forbidden',
  'not-found',
  'conflict',
  'invalid-transition',
  'application-refused',
  'payload-too-large',
  'unsupported-media-type',
  'rate-limited',
  'migrations-pending',
  'database-unavailable',
  'storage-full',
  'internal-error',
] as const;

/** An error code of the API. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Titles by code and language. */
export const ERROR_TITLES: Readonly<Record<ErrorCode, Readonly<Record<Lang, string>>>> = {
  'invalid-input': {
    ja: '入力内容に誤りがあります',
    en: 'The input is not valid',
    'ja-easy': 'かいた ことに まちがいが あります',
  },
  unauthenticated: {
    ja: 'ログインが必要です',
    en: 'Log in first',
    'ja-easy': 'ログイン して ください',
  },
  'invalid-credentials': {
    ja: 'ユーザー名またはパスワードが違います',
    en: 'Unknown user or wrong password',
    'ja-easy': 'なまえ か パスワードが ちがいます',
  },
  'csrf-token-invalid': {
    ja: '画面を再読み込みしてからもう一度操作してください（CSRFトークンが一致しません）',
    en: 'Reload the page and try again (the CSRF token does not match)',
    'ja-easy': 'がめんを もういちど ひらいて、もういちど して ください',
  },
  forbidden: {
    ja: 'この操作を行う権限がありません',
    en: 'You may not do this',
    'ja-easy': 'あなたは これを する ことが できません',
  },
  'not-found': {
    ja: '見つかりません',
    en: 'Not found',
    'ja-easy': 'みつかりません',
  },
  conflict: {
    ja: 'ほかの操作と競合しました。最新の状態を確認してください',
    en: 'This conflicts with the current state; check it and try again',
    'ja-easy': 'ほかの てつづきと ぶつかりました。いまの じょうたいを たしかめて ください',
  },
  'invalid-transition': {
    ja: '現在の状態ではこの操作はできません',
    en: 'This is not possible in the current state',
    'ja-easy': 'いまの じょうたいでは これは できません',
  },
  'application-refused': {
    ja: 'この申請は受け付けられません（理由を確認してください）',
    en: 'The application cannot be accepted (see the reasons)',
    'ja-easy': 'この しんせいは うけつけられません。りゆうを みて ください',
  },
  'payload-too-large': {
    ja: '送信データが大きすぎます',
    en: 'The request body is too large',
    'ja-easy': 'おくった データが おおきすぎます',
  },
  'unsupported-media-type': {
    ja: 'JSON（application/json）で送信してください',
    en: 'Send application/json',
    'ja-easy': 'JSON で おくって ください',
  },
  'rate-limited': {
    ja: 'リクエストが多すぎます。しばらく待ってからやり直してください',
    en: 'Too many requests; wait a moment and try again',
    'ja-easy': 'なんども おくりすぎです。すこし まって から もういちど して ください',
  },
  'migrations-pending': {
    ja: 'データベースの更新が済んでいません（zairyu db migrate）',
    en: 'Database migrations are pending (zairyu db migrate)',
    'ja-easy': 'データベースの じゅんびが まだです',
  },
  'database-unavailable': {
    ja: 'データベースに接続できません',
    en: 'The database does not answer',
    'ja-easy': 'データベースに つながりません',
  },
  'storage-full': {
    ja: 'サーバーの記憶領域がいっぱいです。何も保存していません',
    en: "The server's storage is full; nothing was saved",
    'ja-easy': 'サーバーが いっぱいです。なにも ほぞん して いません',
  },
  'internal-error': {
    ja: '予期しないエラーが起きました（リクエストIDとともに記録しました）',
    en: 'An unexpected error occurred (logged with the request id)',
    'ja-easy': 'おもわない エラーが おきました',
  },
};

/** The title of a code in a language (unknown codes get the generic internal-error title). */
export function errorTitle(code: string, lang: Lang): string {
  return (
    (ERROR_TITLES as Record<string, Record<Lang, string>>)[code]?.[lang] ??
    ERROR_TITLES['internal-error'][lang]
  );
}
