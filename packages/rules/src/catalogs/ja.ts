/** 日本語メッセージカタログ。 */
import type { MessageKey } from './en.ts';

export const ja: Record<MessageKey, string> = {
  'name.specified': '特定在留カード',
  'name.specified-spr': '特定特別永住者証明書',
  'summary.available': '「{procedure}」と同時に{specified}の交付を申請できます。',
  'summary.eligible-not-available': '{specified}の対象者ですが、この状況では申請できません。',
  'summary.not-eligible': '{specified}は取得できません。',
  'summary.optional':
    '取得は任意です。これまでどおり在留カード等とマイナンバーカードの2枚を持つこともできます。',
  'reason.eligible': '対象者です。',
  'reason.not-mid-long-term':
    '対象は住民基本台帳に記録されている中長期在留者と特別永住者です（3月以下の在留期間、短期滞在、外交、公用、一部の特定活動、在留資格のない方は対象外）。',
  'reason.not-in-resident-register': '住民基本台帳に記録されている（住民票がある）ことが必要です。',
  'reason.status-not-in-force': 'この日付ではこの在留資格はまだ施行されていません。',
  'reason.before-start-date':
    '運用開始は2026年6月14日（日）で、窓口での受付は翌開庁日の2026年6月15日（月）からです。',
  'reason.online-channel':
    '当面の間、在留申請オンラインシステムでは特定在留カードの交付申請はできません。窓口で申請してください。',
  'reason.procedure-not-qualifying':
    'この手続とは同時に申請できません。入管での在留関係の申請・届出、または市区町村での住居地の届出と同時に申請します。',
  'reason.procedure-not-applicable': 'この手続はあなたの在留資格またはカードには当てはまりません。',
  'reason.not-requested': '交付を希望していません（取得は任意です）。',
  'reason.stay-expired': '在留期間が過ぎているため、この申請はできません。',
  'reason.already-holds-specified-card':
    'すでに特定在留カード等を持っています。住居地は今のカードに記載され、新しいカードは交付されません。',
  'office.immigration-bureau': '申請先：住居地を管轄する地方出入国在留管理局',
  'office.municipality': '申請先：住んでいる市区町村の窓口',
  'office.none': '窓口での手続はありません。',
  'card.specified-residence-card': '交付されるカード：特定在留カード',
  'card.residence-card': '交付されるカード：在留カード（通常のカード）',
  'card.specified-special-permanent-resident-certificate': '交付されるカード：特定特別永住者証明書',
  'card.special-permanent-resident-certificate': '交付されるカード：特別永住者証明書（通常の証明書）',
  'card.none': 'この手続では新しいカードは交付されません。',
  'card-expiry': '新しいカードの有効期間の満了日は{date}の見込みです。',
  'documents.list': '特定在留カードの申請に必要な書類：{list}',
  'documents.separator': '、',
  'document.specified-card-application-form': '特定在留カード等交付申請書',
  'document.pin-setting-form': '暗証番号等の設定に関する書面',
  'document.photo': '顔写真1枚（縦40mm×横30mm、3か月以内に撮影）',
  'window.from': 'この申請は通常、{date}から受け付けられます。',
  'earliest.date': '最短の申請日：{date}',
  'lawful.until': '適法に在留できるのは{date}までです。',
  'lawful.special-period':
    '在留期間の満了日までに処分がされないときは、処分の時または{date}のいずれか早い時まで在留できます（特例期間）。',
  'mynumber.expiry': 'カードのマイナンバーカード機能は{date}まで使えます。',
  'mynumber.unknown':
    '新しいカードのマイナンバーカード機能の期限は、許可される新しい在留期間の満了日になります。',
  'obligation.carry-card': 'カードを常に携帯してください（特定在留カードも法律上は在留カードです）。',
  'obligation.present-on-request': '入国審査官・警察官などから求められたらカードを提示してください。',
  'obligation.carry-passport': '旅券（パスポート）を常に携帯してください。',
  'warning.online-issues-ordinary-card':
    'オンライン申請をすると、当面の間、特定在留カードではなく通常の在留カードが交付されます。',
  'warning.my-number-function-not-extended-in-special-period':
    '審査中に特例期間に入っても、マイナンバーカード機能は本来の在留期間の満了日で使えなくなります。',
  'warning.not-standalone':
    '特定在留カードだけを単独で申請することはできません。ほかの手続と同時に申請します。',
  'warning.lost-card-reissued-as-ordinary':
    '紛失による再交付では、まず通常の在留カードが交付されます。特定在留カードへの切替えは、その後の手続と同時に申請します。',
  'warning.reissue-deadline-passed': '再交付申請の期限（14日）を過ぎています。すぐに申請してください。',
  'warning.lawful-stay-ended': '在留期間が終わっています。すぐに地方出入国在留管理局に相談してください。',
  'warning.no-special-period-for-permanent-residence':
    '永住許可申請には特例期間がありません。満了日までに別に在留期間更新許可申請をしてください。',
  'warning.no-special-period-short-stay': '在留期間が30日以下のときは特例期間はありません。',
  'warning.application-filed-after-expiry': '満了日の後に申請しているため、特例期間はありません。',
  'warning.specified-card-not-continued':
    '通常のカードが交付され、今の特定在留カードのマイナンバーカード機能はなくなります。1枚のままにするには、この手続で特定在留カードを申請してください。',
  'warning.driving-licence-not-carried-over':
    'マイナ免許証の情報は新しいカードに引き継がれません。警察で改めて記録してください。',
  'warning.municipality-open-days-vary':
    '市区町村の開庁日は自治体ごとに異なります（休日開庁をする自治体もあります）。事前に確認してください。',
  'warning.before-application-window':
    '通常の受付期間はまだ始まっていません（在留期間更新は満了日の概ね3か月前から、カードの有効期間更新は2か月前（16歳の誕生日のときは6か月前）から）。',
  'warning.card-depends-on-new-status':
    '在留カードが交付されるのは、変更後の在留資格で中長期在留者になる場合だけです。',
  'warning.two-cards-after-return':
    '返納すると在留カード等とマイナンバーカードの2枚に戻ります。マイナンバーカードは市区町村で申請してください。',
  'warning.dates-estimated-from-earliest-date':
    'カードの日付は最短の申請日に交付された場合の見込みです。実際の交付日は後になることがあります。',
  'step.police-report': '警察に遺失届・盗難届を出し、受理番号を控える。',
  'step.suspend-my-number-functions':
    'マイナンバーカード機能の一時利用停止：マイナンバー総合フリーダイヤル 0120-95-0178（24時間365日）に電話する。',
  'step.reissue-application': '紛失を知った日から14日以内に再交付を申請する。',
  'step.receive-ordinary-card': '通常のカードを受け取る。',
  'step.switch-at-next-procedure': '特定在留カードに戻すには、その後の対象となる手続と同時に交付申請をする。',
  'step.return-card': '特定在留カードを返納する。',
  'step.apply-my-number-card-at-municipality': '市区町村でマイナンバーカードを別に申請する。',
  'step.file-with-accompanying-procedure': '手続と同時に特定在留カード等交付申請をする。',
  'step.choose-accompanying-procedure':
    '同時に行う手続を選ぶ：入管での在留関係の申請・届出、または市区町村での住居地の届出。',
  'step.deadline': '{step}（期限：{date}）',
  'date.format': '{year}年{month}月{day}日（{weekday}）',
  'error.invalid-json': '入力がJSONとして正しくありません。',
  'error.required': '必須の項目がありません。',
  'error.invalid-type': '値の型が違います。',
  'error.invalid-value': '使えない値です。',
  'error.invalid-format': '値の形式が違います。',
  'error.invalid-date': '存在しない日付です。',
  'error.unknown-field': '知らない項目です。',
  'error.inconsistent': 'ほかの項目と矛盾しています。',
  'wizard.title': '特定在留カード ガイド',
  'wizard.status': '在留資格',
  'wizard.period': '在留期間（例：1年 = P1Y、6月 = P6M）',
  'wizard.stay-expiry': '在留期間の満了日（YYYY-MM-DD）',
  'wizard.birth-date': '生年月日（YYYY-MM-DD）',
  'wizard.resident-record': '市区町村で住民登録（住民票）がありますか？',
  'wizard.card': '今持っているカードは？',
  'wizard.pending': '審査中の申請がありますか？',
  'wizard.pending-kind': 'どの申請ですか？',
  'wizard.pending-filed-on': '申請日（YYYY-MM-DD）',
  'wizard.procedure': 'これから行う手続は？',
  'wizard.channel': '申請の方法は？',
  'wizard.channel.counter': '窓口',
  'wizard.channel.online': 'オンライン',
  'wizard.request': '特定在留カード（マイナンバーカード機能つきの在留カード）を希望しますか？',
  'wizard.lost-on': '紛失に気づいた日（YYYY-MM-DD）',
  'wizard.as-of': '基準日（YYYY-MM-DD）',
  'wizard.invalid-date': 'YYYY-MM-DD の形で、実在する日付を入力してください。',
  'wizard.invalid-period': 'P1Y、P6M、P1Y3M、P30D のように入力してください。',
  'wizard.result': '結果',
  'wizard.basis': '根拠',
  'wizard.yes': 'はい',
  'wizard.no': 'いいえ',
  'wizard.cancelled': '中止しました。',
  'wizard.needs-terminal':
    'ガイドは端末で質問します。端末で実行するか、Situation JSON を `zairyu guide --json` に渡してください。',
  'card-kind.none': 'カードなし',
  'card-kind.residence-card': '在留カード',
  'card-kind.specified-residence-card': '特定在留カード',
  'card-kind.special-permanent-resident-certificate': '特別永住者証明書',
  'card-kind.specified-special-permanent-resident-certificate': '特定特別永住者証明書',
};
