
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's052403aa72f58906': `すべての国・地域`,
's139ceac2864a1e06': str`全${1}件中${0}件を表示`,
's1647480ce7ee153b': str`重点分野「${0}」はありません。${1}を指定してください。複数の場合は半角スペースで区切ります（例：pillar="1 3"）。`,
's188d86fbd566e97e': str`variant「${0}」は使えません。fullまたはcompactを指定してください。`,
's1b119dc9b4c781db': `「進化版FOIP」の特徴`,
's1dccf16b90513b99': `手段`,
's293a2c9b6e1d0e23': str`出典：${0}、${1}ページ（${2}）。データセット版：${3}`,
's3a48ed9962bc218a': str`重点分野${0}：`,
's3c2403fc092b2798': str`出典：${0}（${1}）。データセット版：${2}`,
's3c546a1e3e09feba': str`initiative属性に取組のIDを指定してください（例：${0}）。`,
's495ddb08d53c4a6d': str`手段で絞り込み中：${0}`,
's533b844ce00a9725': `全文を閉じる`,
's56e886b7d2c88f35': `国・地域`,
's5d929ff1619ac0c9': `キーワード検索`,
's619129e4954ba8b6': `基本的考え方`,
's63732bce30fc5c7e': `条件に合う取組はありません。`,
's6b88c99c79d62084': `取組の絞り込み`,
's6c4e78e1c12e499f': str`国際秩序の基盤となる${0}つの原則`,
's6c9eb13a57d869c8': str`手段「${0}」はありません。有効なIDの例：${1}`,
's6f1a4721b81be91b': str`layout「${0}」は使えません。fullまたはcompactを指定してください。`,
's8a1310110182268e': str`取組「${0}」はありません。有効なIDの例：${1}`,
's99a2d9be0ed58891': str`このウィジェットに渡されたデータはFOIPデータセットの形式に合っていません（${0}）。`,
's9cf7402fe920f7d1': `国・地域`,
'sa0d18a02b642a668': `このFOIPウィジェットを表示できません。`,
'sa502fc2137ce9cef': str`国コード「${0}」はありません。ISO 3166-1の3文字の国コードを指定してください（例：${1}）。`,
'safb123d37677335e': `連携先`,
'sbc5caee8eb7a5e69': str`theme「${0}」は使えません。auto、light、darkのいずれかを指定してください。`,
'sbec97227ea7f6459': `連携先`,
'scd72787e54b99206': str`連携先「${0}」はありません。国コードまたは機関のIDを指定してください（例：${1}）。`,
'sd761e0a62e3332cc': `全文を表示`,
'sd79cf882ecb31ba5': str`出典：${0}、${1}～${2}ページ（${3}）。データセット版：${4}`,
'se253299d8c90f409': `条件をすべて解除`,
'se2a094f1f66a56c1': `すべての手段を表示`,
'se92ca987cf7286ff': `重点分野`,
'sfd36d4978ba9cc1f': `すべての連携先`,
    };
  