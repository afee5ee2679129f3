/** やさしい日本語のメッセージカタログ（短い文、むずかしい漢字にはふりがなの代わりに言いかえ）。 */
import type { ProcedureCode } from '../procedures.ts';
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
    'もらえるのは、日本に ながく すむ 人（中長期在留者）と 特別永住者です。在留期間が 3か月 いかの 人、短期滞在・外交・公用の 人、在留資格が ない 人などは もらえません。',
  'reason.not-in-resident-register': 'あなたの 住民票が ありません。',
  'hint.register-first':
    '市役所などで 住所を とどけると 住民票が できます。そのあとで もうしこむ ことが できます。',
  'reason.status-not-in-force': 'この 日には、この 在留資格は まだ ありません。',
  'reason.before-start-date':
    'この しくみは 2026年6月14日（日よう日）に はじまります。まどぐちは 2026年6月15日（月よう日）から うけつけます。',
  'reason.online-channel': 'いまは オンラインで もうしこむ ことが できません。まどぐちに いって ください。',
  'reason.procedure-not-online': 'この てつづきは オンラインで できません。まどぐちに いって ください。',
  'reason.procedure-not-qualifying':
    'この てつづきと いっしょには もうしこめません。入管の 在留の てつづき か、市役所などの 住所の てつづきと いっしょに もうしこみます。',
  'reason.procedure-not-applicable': 'この てつづきは あなたの 在留資格や カードには ありません。',
  'reason.not-requested': 'あなたは もうしこんで いません（もうしこむか どうかは じゆうです）。',
  'reason.stay-expired': '在留期間が おわって いるので、この もうしこみは できません。',
  'reason.filing-deadline-passed':
    'うまれた 日（日本の 国籍が なくなった 日）から 30日の きげんが すぎて います。',
  'reason.card-not-presented':
    '在留カードを ださないと、転入届は 入管の 住所の とどけに なりません。だから いっしょに もうしこめません。',
  'reason.my-number-function-ended':
    'いまは 特例期間です。いま もらう 特定在留カードの マイナンバーカードの はたらきは もう おわって います。あとの てつづきで もうしこんで ください。',
  'reason.personal-appearance-required':
    'もうしこみは ほんにんが まどぐちに いきます。16さいより 下の 人や、びょうきで いけない 人の ときだけ、家族が かわりに もうしこめます。申請取次の 人は もうしこめません。',
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
  'card-expiry.after-permanent-residence':
    '永住が みとめられたら、あたらしい カードは もらった 日の あとの {adult}かいめの たんじょうび（18さいより 下の 人は {child}かいめ）まで つかえます。',
  'current-card.valid-until': 'しんさの あいだ（特例期間）は、いまの カードは {date}まで つかえます。',
  'documents.list': 'もって いく もの：{list}',
  'documents.separator': '、',
  'procedure-documents.list': '「{procedure}」に もって いく もの：{list}',
  'document.specified-card-application-form': 'もうしこみの 紙（特定在留カード等交付申請書）',
  'document.pin-setting-form': 'あんしょうばんごうの 紙（暗証番号等の設定に関する書面）',
  'document.photo': '顔の 写真 1まい（たて 4cm × よこ 3cm、3か月 いないに とった もの）',
  'document.proof-of-relationship': 'ほんにんとの 関係（いっしょに すんで いる こと）が わかる 紙',
  'procedure-document.extension-application-form': 'もうしこみの 紙（在留期間更新許可申請書）',
  'procedure-document.change-of-status-application-form': 'もうしこみの 紙（在留資格変更許可申請書）',
  'procedure-document.permanent-residence-application-form': 'もうしこみの 紙（永住許可申請書）',
  'procedure-document.acquisition-application-form': 'もうしこみの 紙（在留資格取得許可申請書）',
  'procedure-document.card-renewal-application-form': 'もうしこみの 紙（在留カード有効期間更新申請書）',
  'procedure-document.reissue-application-form': 'もうしこみの 紙（在留カード再交付申請書）',
  'procedure-document.change-of-particulars-form': 'とどけの 紙（在留カード記載事項変更届出書）',
  'procedure-document.certificate-renewal-application-form':
    'もうしこみの 紙（特別永住者証明書有効期間更新申請書）',
  'procedure-document.certificate-reissue-application-form':
    'もうしこみの 紙（特別永住者証明書再交付申請書）',
  'procedure-document.certificate-particulars-form': 'とどけの 紙（特別永住者証明書記載事項変更届出書）',
  'procedure-document.ordinary-card-application-form': 'ふつうの カードの もうしこみの 紙',
  'procedure-document.procedure-photo': 'てつづきの 顔の 写真 1まい（たて 4cm × よこ 3cm）',
  'procedure-document.passport': 'パスポート（もって いる とき）',
  'procedure-document.residence-card': '在留カード',
  'procedure-document.special-permanent-resident-certificate': '特別永住者証明書',
  'procedure-document.specified-card-to-return': 'かえす 特定在留カード',
  'procedure-document.police-report-receipt': '警察に とどけた ときの 番号',
  'procedure-document.moving-out-certificate': 'まえの 市役所などの 転出証明書',
  'procedure-document.proof-of-change': 'かわった ことが わかる 紙（名前・国籍など）',
  'procedure-document.supporting-documents': '在留資格に ひつような 紙（会社や 学校の 紙など）',
  'procedure-document.guarantor-letter': '身元保証書',
  'procedure-document.birth-or-nationality-loss-certificate':
    'うまれた ことが わかる 紙（出生届受理証明書）か、日本の 国籍が なくなった ことが わかる 紙',
  'procedure-document.proof-of-relationship': 'ほんにんとの 関係（いっしょに すんで いる こと）が わかる 紙',
  'procedure-document.agent-certificate': '申請取次者証明書',
  'window.from': 'この もうしこみは ふつう {date}から うけつけます。',
  'earliest.date': 'いちばん はやく てつづきが できる 日：{date}',
  'lawful.until': 'あなたが 日本に いて よいのは {date}までです。',
  'lawful.special-period':
    '在留期間の さいごの 日までに けっかが でない ときは、けっかが でる 日 か {date}の どちらか はやい 日まで 日本に いる ことが できます（特例期間）。',
  'mynumber.expiry': 'カードの マイナンバーカードの はたらきは {date}まで つかえます。',
  'mynumber.unknown':
    'あたらしい カードの マイナンバーカードの はたらきと 電子証明書は、あたらしい 在留期間の さいごの 日までです。',
  'ecert.expiry': 'カードの 電子証明書（署名用・利用者証明用）は {date}まで つかえます。',
  'obligation.carry-card': 'カードを いつも もって いて ください（特定在留カードも 在留カードです）。',
  'obligation.present-on-request':
    '警察官などに 「みせて ください」と いわれたら、カードを みせて ください。',
  'obligation.carry-passport': 'パスポートを いつも もって いて ください。',
  'obligation.present-passport-on-request':
    '警察官などに 「みせて ください」と いわれたら、パスポートを みせて ください。',
  'warning.online-issues-ordinary-card':
    'オンラインで もうしこむと、いまは ふつうの 在留カードが でます。特定在留カードは でません。',
  'warning.my-number-function-not-extended-in-special-period':
    'しんさの あいだ 日本に いられても、特定在留カードの マイナンバーカードの はたらきは じどうで のびるとは かぎりません。はやめに 市役所などに きいて ください。',
  'warning.my-number-card-extension-in-special-period':
    'マイナンバーカードも もって いる 人へ：しんさの あいだ、市役所などで 1かいだけ 在留期間の さいごの 日から {months}か月まで のばす ことが できます。きげんが きれる まえに いって ください。',
  'warning.not-standalone':
    '特定在留カードだけを もうしこむ ことは できません。ほかの てつづきと いっしょに もうしこみます。',
  'warning.lost-card-reissued-as-ordinary':
    'なくした ときは、まず ふつうの 在留カードが でます。あとの てつづきの ときに 特定在留カードに かえる ことが できます。',
  'warning.reissue-deadline-passed': '14日の きげんが すぎて います。すぐに もうしこんで ください。',
  'warning.procedure-deadline-passed': 'この てつづきの きげんが すぎて います。すぐに して ください。',
  'warning.lawful-stay-ended': '在留期間が おわって います。すぐに 入管に そうだん して ください。',
  'warning.stay-expiry-on-closed-day':
    '在留期間の さいごの 日は 入管が やすみの 日でした。つぎに あいて いる 日に 入管で 更新（変更）を もうしこめば まにあいます。それまで 市役所などでは てつづきが できません。',
  'warning.card-valid-through-special-period':
    'カードの 日づけは すぎましたが、しんさの あいだ（特例期間）は {date}まで カードを つかえます。',
  'warning.no-special-period-for-permanent-residence':
    '永住の もうしこみを しても、在留期間は のびません。さいごの 日までに 在留期間の 更新も もうしこんで ください。',
  'warning.no-special-period-short-stay': '在留期間が 30日 いかの ときは、特例期間は ありません。',
  'warning.application-filed-after-expiry':
    '在留期間の さいごの 日の あとに もうしこんだので、特例期間は ありません。',
  'warning.specified-card-not-continued':
    'ふつうの カードが でます。いまの カードの マイナンバーカードの はたらきは なくなります。1まいの ままに したい ときは、この てつづきで 特定在留カードを もうしこんで ください。',
  'warning.driving-licence-not-carried-over':
    'いまの マイナンバーカードの マイナ免許証の じょうほうは あたらしい カードに うつりません。警察で もう いちど きろく して ください。',
  'warning.municipality-open-days-vary':
    '市役所などが あいて いる 日は ところに よって ちがいます（土よう日・日よう日に あく ところも あります）。さきに たしかめて ください。',
  'warning.before-application-window': 'まだ もうしこみの 受付が はじまって いません。',
  'warning.wait-for-start-date':
    '{date}まで まてば、この てつづきと いっしょに 特定在留カードを もうしこめます。',
  'warning.card-depends-on-new-status':
    'あたらしい 在留資格で 日本に ながく すむ 人に なる ときだけ、在留カードが でます。',
  'warning.two-cards-after-return':
    'かえすと、在留カードと マイナンバーカードの 2まいに もどります。マイナンバーカードは 市役所などで もうしこんで ください。',
  'warning.dates-estimated-from-earliest-date':
    'カードの 日づけは、いちばん はやい 日に カードを もらった ときの 予定です。',
  'warning.e-certificate-expiry-at-the-latest':
    '電子証明書は つくった 日の あとの 5かいめの たんじょうびまでです。この 日は いちばん おそい ばあいです。市役所などで たしかめて ください。',
  'warning.signature-certificate-lapses':
    '名前や 住所が かわると、カードの 署名用電子証明書は つかえなく なります。市役所などで あたらしく つくって ください。',
  'warning.no-signature-certificate-under-15':
    '15さいより 下の 人には 署名用電子証明書は ありません。この 日は 利用者証明用電子証明書の きげんです。',
  'warning.child-filed-by-representative':
    '16さいより 下の 人の もうしこみは、親など か、いっしょに すむ 16さい いじょうの 家族が します。',
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
  'step.file-procedure': '「{procedure}」を します。',
  'step.file-extension-at-bureau': '入管で 在留期間の 更新（変更）を もうしこみます（まにあいます）。',
  'step.consult-bureau-about-overstay': '入管に いって、じじょうを はなします。',
  'step.notify-address-with-new-card':
    'あたらしい カードを もって、市役所などで 住所を とどけます（その とき 特定在留カードを もうしこめます）。',
  'step.deadline': '{step}（きげん：{date}）',
  'penalty.choeki': '懲役',
  'penalty.kokinkei': '拘禁刑',
  'penalty.text':
    'ゆるされない しごとを させると（入管法73条の2）、{years}年 いかの {punishment} か、{fine}円 いかの 罰金、または その りょうほうです。',
  'penalty.unverified': '{date}から です（この 日は まだ きまって いません）。',
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
export const procedureNamesEasy: Record<ProcedureCode, string> = {
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
  'acquisition-of-status': 'うまれた 子どもなどの 在留資格の もうしこみ',
  none: 'てつづき なし',
};
