/** やさしい日本語のメッセージカタログ（短い文、むずかしい漢字にはふりがなの代わりに言いかえ）。 */
import type { MessageKey } from './en.ts';

export const jaEasy: Record<MessageKey, string> = {
  'name.specified': '特定在留カード（マイナンバーカードの はたらきが ある 在留カード）',
  'name.specified-spr': '特定特別永住者証明書（マイナンバーカードの はたらきが ある 特別永住者証明書）',
  'summary.available': '「{procedure}」と いっしょに、{specified}を もうしこむ ことが できます。',
  'summary.eligible-not-available':
    'あなたは {specified}を もつ ことが できます。でも、いまは もうしこめません。',
  'summary.not-eligible': 'あなたは {specified}を もらう ことが できません。',
  'summary.optional':
    'もらうかどうかは あなたが きめます。いままでと おなじように、在留カードと マイナンバーカードの 2まいを もつ ことも できます。',
  'reason.eligible': 'あなたは もらう ことが できる 人です。',
  'reason.not-mid-long-term':
    'もらえるのは、日本に ながく すむ 人（中長期在留者）と 特別永住者です。3か月より みじかい 人、短期滞在・外交・公用の 人、在留資格が ない 人などは もらえません。',
  'reason.not-in-resident-register': 'さきに 市役所などで 住民票を つくる ひつようが あります。',
  'reason.status-not-in-force': 'この 日には、この 在留資格は まだ ありません。',
  'reason.before-start-date':
    'この しくみは 2026年6月14日（日よう日）に はじまります。まどぐちは 2026年6月15日（月よう日）から うけつけます。',
  'reason.online-channel': 'いまは オンラインで もうしこむ ことが できません。まどぐちに いって ください。',
  'reason.procedure-not-qualifying':
    'この てつづきと いっしょには もうしこめません。入管の 在留の てつづき か、市役所などの 住所の てつづきと いっしょに もうしこみます。',
  'reason.procedure-not-applicable': 'この てつづきは あなたの 在留資格や カードには ありません。',
  'reason.not-requested': 'あなたは もうしこんで いません（もうしこむか どうかは じゆうです）。',
  'reason.stay-expired': '在留期間が おわって いるので、この もうしこみは できません。',
  'reason.already-holds-specified-card':
    'あなたは もう 特定在留カードを もって います。住所は いまの カードに かきます。あたらしい カードは でません。',
  'office.immigration-bureau': 'どこで：あなたの 住所の ちかくの 出入国在留管理局（入管）',
  'office.municipality': 'どこで：あなたが すんで いる 市役所・区役所・町村役場',
  'office.none': 'まどぐちの てつづきは ありません。',
  'card.specified-residence-card': 'もらう カード：特定在留カード',
  'card.residence-card': 'もらう カード：ふつうの 在留カード',
  'card.specified-special-permanent-resident-certificate': 'もらう カード：特定特別永住者証明書',
  'card.special-permanent-resident-certificate': 'もらう カード：ふつうの 特別永住者証明書',
  'card.none': 'この てつづきでは あたらしい カードは でません。',
  'card-expiry': 'あたらしい カードは {date}まで つかえる 予定です。',
  'documents.list': 'もって いく もの：{list}',
  'documents.separator': '、',
  'document.specified-card-application-form': 'もうしこみの 紙（特定在留カード等交付申請書）',
  'document.pin-setting-form': 'あんしょうばんごうの 紙（暗証番号等の設定に関する書面）',
  'document.photo': '顔の 写真 1まい（たて 4cm × よこ 3cm、3か月 いないに とった もの）',
  'window.from': 'この もうしこみは ふつう {date}から うけつけます。',
  'earliest.date': 'いちばん はやく てつづきが できる 日：{date}',
  'lawful.until': 'あなたが 日本に いて よいのは {date}までです。',
  'lawful.special-period':
    '在留期間の さいごの 日までに けっかが でない ときは、けっかが でる 日 か {date}の どちらか はやい 日まで 日本に いる ことが できます（特例期間）。',
  'mynumber.expiry': 'カードの マイナンバーカードの はたらきは {date}まで つかえます。',
  'mynumber.unknown':
    'あたらしい カードの マイナンバーカードの はたらきは、あたらしい 在留期間の さいごの 日までです。',
  'obligation.carry-card': 'カードを いつも もって いて ください（特定在留カードも 在留カードです）。',
  'obligation.present-on-request':
    '警察官などに 「みせて ください」と いわれたら、カードを みせて ください。',
  'obligation.carry-passport': 'パスポートを いつも もって いて ください。',
  'warning.online-issues-ordinary-card':
    'オンラインで もうしこむと、いまは ふつうの 在留カードが でます。特定在留カードは でません。',
  'warning.my-number-function-not-extended-in-special-period':
    'しんさの あいだ 日本に いられても、マイナンバーカードの はたらきは もとの 在留期間の さいごの 日で つかえなく なります。',
  'warning.not-standalone':
    '特定在留カードだけを もうしこむ ことは できません。ほかの てつづきと いっしょに もうしこみます。',
  'warning.lost-card-reissued-as-ordinary':
    'なくした ときは、まず ふつうの 在留カードが でます。あとの てつづきの ときに 特定在留カードに かえる ことが できます。',
  'warning.reissue-deadline-passed': '14日の きげんが すぎて います。すぐに もうしこんで ください。',
  'warning.lawful-stay-ended': '在留期間が おわって います。すぐに 入管に そうだん して ください。',
  'warning.no-special-period-for-permanent-residence':
    '永住の もうしこみを しても、在留期間は のびません。さいごの 日までに 在留期間の 更新も もうしこんで ください。',
  'warning.no-special-period-short-stay': '在留期間が 30日 いかの ときは、特例期間は ありません。',
  'warning.application-filed-after-expiry':
    '在留期間の さいごの 日の あとに もうしこんだので、特例期間は ありません。',
  'warning.specified-card-not-continued':
    'ふつうの カードが でます。いまの カードの マイナンバーカードの はたらきは なくなります。1まいの ままに したい ときは、この てつづきで 特定在留カードを もうしこんで ください。',
  'warning.driving-licence-not-carried-over':
    'マイナ免許証の じょうほうは あたらしい カードに うつりません。警察で もう いちど きろく して ください。',
  'warning.municipality-open-days-vary':
    '市役所などが あいて いる 日は ところに よって ちがいます（土よう日・日よう日に あく ところも あります）。さきに たしかめて ください。',
  'warning.before-application-window': 'まだ もうしこみの 受付が はじまって いません。',
  'warning.card-depends-on-new-status':
    'あたらしい 在留資格で 日本に ながく すむ 人に なる ときだけ、在留カードが でます。',
  'warning.two-cards-after-return':
    'かえすと、在留カードと マイナンバーカードの 2まいに もどります。マイナンバーカードは 市役所などで もうしこんで ください。',
  'warning.dates-estimated-from-earliest-date':
    'カードの 日づけは、いちばん はやい 日に カードを もらった ときの 予定です。',
  'step.police-report': '警察に「なくしました」「ぬすまれました」と とどけて、番号を メモ します。',
  'step.suspend-my-number-functions':
    'マイナンバーカードの はたらきを とめます：0120-95-0178 に 電話（24時間、まいにち）。',
  'step.reissue-application': 'なくしたと わかった 日から 14日 いないに、カードの 再交付を もうしこみます。',
  'step.receive-ordinary-card': 'ふつうの カードを もらいます。',
  'step.switch-at-next-procedure':
    '特定在留カードに もどしたい ときは、あとの てつづきと いっしょに もうしこみます。',
  'step.return-card': '特定在留カードを かえします。',
  'step.apply-my-number-card-at-municipality': '市役所などで マイナンバーカードを もうしこみます。',
  'step.file-with-accompanying-procedure': 'てつづきと いっしょに 特定在留カードを もうしこみます。',
  'step.choose-accompanying-procedure':
    'いっしょに する てつづきを えらびます：入管の 在留の てつづき か、市役所などの 住所の てつづき。',
  'step.deadline': '{step}（きげん：{date}）',
  'date.format': '{year}年{month}月{day}日（{weekday}よう日）',
  'error.invalid-json': 'JSONの かきかたが ちがいます。',
  'error.required': 'かならず かく ところが ありません。',
  'error.invalid-type': 'あたいの しゅるいが ちがいます。',
  'error.invalid-value': 'つかえない あたいです。',
  'error.invalid-format': 'かきかたが ちがいます。',
  'error.invalid-date': 'ない 日づけです。',
  'error.unknown-field': 'しらない こうもくです。',
  'error.inconsistent': 'ほかの こうもくと あいません。',
  'wizard.title': '特定在留カード ガイド',
  'wizard.status': 'あなたの 在留資格',
  'wizard.period': '在留期間（れい：1年 = P1Y、6か月 = P6M）',
  'wizard.stay-expiry': '在留期間の さいごの 日（YYYY-MM-DD）',
  'wizard.birth-date': 'うまれた 日（YYYY-MM-DD）',
  'wizard.resident-record': '市役所などで 住民票を つくりましたか？',
  'wizard.card': 'いま もって いる カードは？',
  'wizard.pending': 'いま しんさ ちゅうの もうしこみが ありますか？',
  'wizard.pending-kind': 'どの もうしこみですか？',
  'wizard.pending-filed-on': 'もうしこんだ 日（YYYY-MM-DD）',
  'wizard.procedure': 'これから する てつづきは？',
  'wizard.channel': 'どうやって もうしこみますか？',
  'wizard.channel.counter': 'まどぐちで',
  'wizard.channel.online': 'オンラインで',
  'wizard.request': '特定在留カード（マイナンバーカードの はたらきが ある 在留カード）が ほしいですか？',
  'wizard.lost-on': 'なくしたと わかった 日（YYYY-MM-DD）',
  'wizard.as-of': 'きょうの 日づけ（YYYY-MM-DD）',
  'wizard.invalid-date': 'YYYY-MM-DD の かたちで、ほんとうに ある 日を かいて ください。',
  'wizard.invalid-period': 'P1Y、P6M、P1Y3M、P30D の ように かいて ください。',
  'wizard.result': 'けっか',
  'wizard.basis': 'きまりの もと',
  'wizard.yes': 'はい',
  'wizard.no': 'いいえ',
  'wizard.cancelled': 'やめました。',
  'wizard.needs-terminal': 'ガイドは ターミナルで しつもん します。ターミナルで うごかして ください。',
  'card-kind.none': 'カードは ない',
  'card-kind.residence-card': '在留カード',
  'card-kind.specified-residence-card': '特定在留カード',
  'card-kind.special-permanent-resident-certificate': '特別永住者証明書',
  'card-kind.specified-special-permanent-resident-certificate': '特定特別永住者証明書',
};

/** Procedure names in やさしい日本語. */
export const procedureNamesEasy: Record<string, string> = {
  'extension-of-stay': '在留期間の 更新（のばす もうしこみ）',
  'change-of-status': '在留資格の 変更（かえる もうしこみ）',
  'permanent-residence': '永住の もうしこみ',
  'card-renewal': 'カードの 有効期間の 更新',
  'reissue-damaged': 'よごれた・こわれた カードの 再交付',
  'reissue-exchange': 'カードの とりかえ（再交付）',
  'reissue-lost': 'なくした カードの 再交付',
  'change-of-particulars': '名前・国籍などが かわった ときの とどけ',
  'first-address': '日本に きて はじめての 住所の とどけ',
  'move-in': 'ひっこして きた ときの とどけ（転入届）',
  'change-of-address': 'おなじ まちの なかで ひっこした ときの とどけ（転居届）',
  'return-specified-card': '特定在留カードを かえす てつづき',
  none: 'てつづき なし',
};
