
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's188d86fbd566e97e': str`variant「${0}」は使えません。fullまたはcompactを指定してください。`,
's1dccf16b90513b99': `手段`,
's3a48ed9962bc218a': str`重点分野${0}：`,
's3c546a1e3e09feba': str`initiative属性に取組のIDを指定してください（例：${0}）。`,
's568c4f98d6920158': str`、${0}ページ`,
's56e886b7d2c88f35': `国・地域`,
's8a1310110182268e': str`取組「${0}」はありません。有効なIDの例：${1}`,
's91e35b759940b346': `出典：`,
's99a2d9be0ed58891': str`このウィジェットに渡されたデータはFOIPデータセットの形式に合っていません（${0}）。`,
'sa0d18a02b642a668': `このFOIPウィジェットを表示できません。`,
'safb123d37677335e': `連携先`,
'sbc5caee8eb7a5e69': str`theme「${0}」は使えません。auto、light、darkのいずれかを指定してください。`,
'sc3ef58a19d327ee8': str`データセット版：${0}`,
    };
  