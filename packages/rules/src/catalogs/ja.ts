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
  'reason.not-in-resident-register': '住民基本台帳に記録されていません（住民票がありません）。',
  'hint.register-first': '市区町村で住民登録をすれば（住居地の届出で住民票が作られます）、申請できます。',
  'reason.status-not-in-force': 'この日付ではこの在留資格はまだ施行されていません。',
  'reason.before-start-date':
    '運用開始は2026年6月14日（日）で、窓口での受付は翌開庁日の2026年6月15日（月）からです。',
  'reason.online-channel':
    '当面の間、在留申請オンラインシステムでは特定在留カードの交付申請はできません。窓口で申請してください。',
  'reason.procedure-not-online':
    'この手続はオンラインではできません。窓口で行ってください（オンラインシステムで申請できるのは在留期間更新・在留資格変更・在留資格取得などです）。',
  'reason.procedure-not-qualifying':
    'この手続とは同時に申請できません。入管での在留関係の申請・届出、または市区町村での住居地の届出と同時に申請します。',
  'reason.procedure-not-applicable': 'この手続はあなたの在留資格またはカードには当てはまりません。',
  'reason.not-requested': '交付を希望していません（取得は任意です）。',
  'reason.stay-expired': '在留期間が過ぎているため、この申請はできません。',
  'reason.filing-deadline-passed':
    '出生（または日本国籍の離脱）の日から30日の在留資格取得の申請期間が過ぎています。',
  'reason.card-not-presented':
    '在留カードを提出しない転入届は住居地の届出とみなされないため、特定在留カードの申請を同時にすることはできません。',
  'reason.my-number-function-ended':
    '特例期間中のため、いま交付される特定在留カードのマイナンバーカード機能は本来の在留期間の満了日で既に終わっています。後の手続と同時に申請してください。',
  'reason.personal-appearance-required':
    '申請は原則として本人が出頭して行います。16歳未満の方や病気などで出頭できない方に限り、親族等が（理由と関係を証する書類を添えて）申請できます。申請取次者による申請はできません。',
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
  'card-expiry.after-permanent-residence':
    '永住が許可されると、新しいカードは交付の日後の{adult}回目の誕生日（18歳未満は{child}回目）まで有効で、特定在留カードのマイナンバーカード機能も同じ日までです。',
  'current-card.valid-until': '申請中（特例期間中）は、今のカードは{date}まで有効です。',
  'documents.list': '特定在留カードの申請に必要な書類：{list}',
  'documents.separator': '、',
  'procedure-documents.list': '「{procedure}」そのものに必要なもの：{list}',
  'document.specified-card-application-form': '特定在留カード等交付申請書',
  'document.pin-setting-form': '暗証番号等の設定に関する書面',
  'document.photo': '顔写真1枚（縦40mm×横30mm、3か月以内に撮影）',
  'document.proof-of-relationship': '本人との関係（と同居していること）を証する書類',
  'procedure-document.extension-application-form': '在留期間更新許可申請書',
  'procedure-document.change-of-status-application-form': '在留資格変更許可申請書',
  'procedure-document.permanent-residence-application-form': '永住許可申請書',
  'procedure-document.acquisition-application-form': '在留資格取得許可申請書',
  'procedure-document.card-renewal-application-form': '在留カード有効期間更新申請書',
  'procedure-document.reissue-application-form': '在留カード再交付申請書',
  'procedure-document.change-of-particulars-form': '在留カード記載事項変更届出書',
  'procedure-document.certificate-renewal-application-form': '特別永住者証明書有効期間更新申請書',
  'procedure-document.certificate-reissue-application-form': '特別永住者証明書再交付申請書',
  'procedure-document.certificate-particulars-form': '特別永住者証明書記載事項変更届出書',
  'procedure-document.ordinary-card-application-form': '通常のカードの交付申請書',
  'procedure-document.procedure-photo': '手続用の顔写真1枚（縦40mm×横30mm、3か月以内に撮影）',
  'procedure-document.passport': '旅券（パスポート。持っている場合）',
  'procedure-document.residence-card': '在留カード',
  'procedure-document.special-permanent-resident-certificate': '特別永住者証明書',
  'procedure-document.specified-card-to-return': '返納する特定在留カード等',
  'procedure-document.police-report-receipt': '警察に届け出た遺失届・盗難届の受理番号',
  'procedure-document.moving-out-certificate': '前の市区町村の転出証明書',
  'procedure-document.proof-of-change': '変更を証する書類（氏名・国籍の変更など）',
  'procedure-document.supporting-documents': '在留資格に応じた資料（勤務先・学校などの書類）',
  'procedure-document.guarantor-letter': '身元保証書',
  'procedure-document.birth-or-nationality-loss-certificate':
    '出生届受理証明書または日本国籍の離脱を証する書類',
  'procedure-document.proof-of-relationship': '本人との関係（と同居していること）を証する書類',
  'procedure-document.agent-certificate': '申請取次者証明書',
  'window.from': 'この申請は通常、{date}から受け付けられます。',
  'earliest.date': '最短の申請日：{date}',
  'lawful.until': '適法に在留できるのは{date}までです。',
  'lawful.special-period':
    '在留期間の満了日までに処分がされないときは、処分の時または{date}のいずれか早い時まで在留できます（特例期間）。',
  'mynumber.expiry': 'カードのマイナンバーカード機能は{date}まで使えます。',
  'mynumber.unknown':
    '新しいカードのマイナンバーカード機能と電子証明書の期限は、許可される新しい在留期間の満了日になります（電子証明書は遅くとも発行の日後5回目の誕生日まで）。',
  'ecert.expiry': 'カードの電子証明書（署名用・利用者証明用）は{date}まで使えます。',
  'obligation.carry-card': 'カードを常に携帯してください（特定在留カードも法律上は在留カードです）。',
  'obligation.present-on-request': '入国審査官・警察官などから求められたらカードを提示してください。',
  'obligation.carry-passport': '旅券（パスポート）を常に携帯してください。',
  'obligation.present-passport-on-request':
    '入国審査官・警察官などから求められたら旅券（パスポート）を提示してください。',
  'warning.online-issues-ordinary-card':
    'オンライン申請をすると、当面の間、特定在留カードではなく通常の在留カードが交付されます。',
  'warning.my-number-function-not-extended-in-special-period':
    '審査中に特例期間に入っても、特定在留カードのマイナンバーカード機能は自動的に延長されるとは限りません。本来の在留期間の満了日で使えなくなることがあるため、早めに市区町村に確認してください。',
  'warning.my-number-card-extension-in-special-period':
    'マイナンバーカードを別に持っている場合、申請中は市区町村で1回に限り在留期間の満了日から{months}か月まで有効期間を延長（特例延長）できます。期限が切れる前に手続してください（期限が切れたカードは元に戻せません）。',
  'warning.not-standalone':
    '特定在留カードだけを単独で申請することはできません。ほかの手続と同時に申請します。',
  'warning.lost-card-reissued-as-ordinary':
    '紛失による再交付では、まず通常の在留カードが交付されます。特定在留カードへの切替えは、その後の手続と同時に申請します。',
  'warning.reissue-deadline-passed': '再交付申請の期限（14日）を過ぎています。すぐに申請してください。',
  'warning.procedure-deadline-passed': 'この手続の期限を過ぎています。すぐに手続してください。',
  'warning.lawful-stay-ended': '在留期間が終わっています。すぐに地方出入国在留管理局に相談してください。',
  'warning.stay-expiry-on-closed-day':
    '在留期間の満了日が入管の休日でした。翌開庁日に地方出入国在留管理局で在留期間更新（または在留資格変更）を申請すれば、期限内の申請として扱われます。それまで市区町村では手続できません。',
  'warning.card-valid-through-special-period':
    'カードに書かれた満了日は過ぎていますが、申請中（特例期間中）は{date}までカードは有効です。',
  'warning.no-special-period-for-permanent-residence':
    '永住許可申請には特例期間がありません。満了日までに別に在留期間更新許可申請をしてください。',
  'warning.no-special-period-short-stay': '在留期間が30日以下のときは特例期間はありません。',
  'warning.application-filed-after-expiry': '満了日の後に申請しているため、特例期間はありません。',
  'warning.specified-card-not-continued':
    '通常のカードが交付され、今の特定在留カードのマイナンバーカード機能はなくなります。1枚のままにするには、この手続で特定在留カードを申請してください。',
  'warning.driving-licence-not-carried-over':
    '今のマイナンバーカードに記録したマイナ免許証の情報は新しいカードに引き継がれません。警察で改めて記録してください。',
  'warning.municipality-open-days-vary':
    '市区町村の開庁日は自治体ごとに異なります（休日開庁をする自治体もあります）。事前に確認してください。',
  'warning.before-application-window':
    '通常の受付期間はまだ始まっていません（在留期間更新は満了日の概ね3か月前から、カードの有効期間更新は2か月前（16歳の誕生日のときは6か月前）から）。',
  'warning.wait-for-start-date':
    '{date}まで待てば、この手続と同時に特定在留カードを申請できます（窓口の受付はその日からです）。',
  'warning.card-depends-on-new-status':
    '在留カードが交付されるのは、変更後の在留資格で中長期在留者になる場合だけです。',
  'warning.two-cards-after-return':
    '返納すると在留カード等とマイナンバーカードの2枚に戻ります。マイナンバーカードは市区町村で申請してください。',
  'warning.dates-estimated-from-earliest-date':
    'カードの日付は最短の申請日に交付された場合の見込みです。実際の交付日は後になることがあります。',
  'warning.e-certificate-expiry-at-the-latest':
    '電子証明書は発行の日後5回目の誕生日までです。示した日は最も遅い場合の日付です。正確な日は市区町村で確認してください（満了の3か月前から更新できます）。',
  'warning.signature-certificate-lapses':
    '氏名や住所が変わると、カードの署名用電子証明書は失効します。市区町村で新しく発行を受けてください。',
  'warning.no-signature-certificate-under-15':
    '15歳未満の方には署名用電子証明書は発行されません。示した日は利用者証明用電子証明書の期限です。',
  'warning.child-filed-by-representative':
    '16歳未満の方の申請は、法定代理人（親など）または同居する16歳以上の親族が行います。',
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
  'step.file-procedure': '「{procedure}」をする。',
  'step.file-extension-at-bureau':
    '地方出入国在留管理局で在留期間更新（または在留資格変更）を申請する（期限内の申請になります）。',
  'step.consult-bureau-about-overstay':
    '地方出入国在留管理局に出頭して事情を説明する（在留特別許可・出国命令）。',
  'step.notify-address-with-new-card':
    '新しいカードを持って市区町村で住居地を届け出る（その時に特定在留カードを申請できます）。',
  'step.deadline': '{step}（期限：{date}）',
  'penalty.choeki': '懲役',
  'penalty.kokinkei': '拘禁刑',
  'penalty.text':
    '不法就労助長罪（入管法73条の2）：{years}年以下の{punishment}若しくは{fine}円以下の罰金、又はその併科。',
  'penalty.unverified': '{date}から施行（施行日は未確認）。',
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
