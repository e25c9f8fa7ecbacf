<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AddTasksDialog</name>
    <message>
        <source>Add Tasks</source>
        <translation>タスクの追加</translation>
    </message>
    <message>
        <source>Paste task IDs, prediction URLs or API responses. Every task ID found in the text is added.</source>
        <translation>タスクID、タスクのURL、APIの応答を貼り付けてください。テキスト内で見つかったタスクIDはすべて追加されます。</translation>
    </message>
    <message>
        <source>Text holding task IDs</source>
        <translation>タスクIDを含むテキスト</translation>
    </message>
    <message>
        <source>e.g. https://api.wavespeed.ai/api/v3/predictions/…/result</source>
        <translation>例: https://api.wavespeed.ai/api/v3/predictions/…/result</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Watch every task ID found in the text</source>
        <translation>テキスト内で見つかったすべてのタスクIDを監視します</translation>
    </message>
    <message>
        <source>No task IDs found yet.</source>
        <translation>タスクIDはまだ見つかっていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n task ID(s) found.</source>
        <translation>
            <numerusform>%n件のタスクIDが見つかりました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>“%1” is not a valid URL.</source>
        <translation>「%1」は有効なURLではありません。</translation>
    </message>
    <message>
        <source>The API base must not hold a user name, query or fragment.</source>
        <translation>APIのベースURLには、ユーザー名、クエリ、フラグメントを含めることはできません。</translation>
    </message>
    <message>
        <source>Plain http is allowed only for loopback hosts; use https.</source>
        <translation>暗号化されていないhttpはループバックホストでのみ使用できます。httpsを使用してください。</translation>
    </message>
    <message>
        <source>The API base must be an https URL.</source>
        <translation>APIのベースURLはhttpsのURLにしてください。</translation>
    </message>
    <message>
        <source>The reply is larger than %1 bytes.</source>
        <translation>応答が%1バイトを超えています。</translation>
    </message>
    <message>
        <source>No complete reply within %1 seconds.</source>
        <translation>%1秒以内に完全な応答が返されませんでした。</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>empty reply</source>
        <translation>空の応答</translation>
    </message>
    <message>
        <source>an HTML page instead of JSON</source>
        <translation>JSONではなくHTMLページ</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>無効なJSON（%2バイト目: %1）</translation>
    </message>
    <message>
        <source>JSON that is not an object</source>
        <translation>オブジェクトではないJSON</translation>
    </message>
    <message>
        <source>an unreadable envelope code</source>
        <translation>読み取れない応答コード</translation>
    </message>
    <message>
        <source>JSON without the documented envelope</source>
        <translation>ドキュメントに記載された形式ではないJSON</translation>
    </message>
    <message>
        <source>API code %1</source>
        <translation>APIコード %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>No error.</source>
        <translation>エラーはありません。</translation>
    </message>
    <message>
        <source>The API key was rejected</source>
        <translation>APIキーが拒否されました</translation>
    </message>
    <message>
        <source>The API key was rejected (%1)</source>
        <translation>APIキーが拒否されました（%1）</translation>
    </message>
    <message>
        <source>The task was not found</source>
        <extracomment>Predictions are deleted by WaveSpeed after 7 days, which is the usual cause.</extracomment>
        <translation>タスクが見つかりませんでした</translation>
    </message>
    <message>
        <source>The task was not found (%1)</source>
        <translation>タスクが見つかりませんでした（%1）</translation>
    </message>
    <message>
        <source>Rate limited by the API; retrying in %1 s</source>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation>APIのレート制限により、%1秒後に再試行します</translation>
    </message>
    <message>
        <source>Rate limited by the API; retrying later</source>
        <translation>APIのレート制限により、後で再試行します</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>サーバーエラー</translation>
    </message>
    <message>
        <source>Server error (%1)</source>
        <translation>サーバーエラー（%1）</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <source>The API did not answer in time</source>
        <translation>APIから時間内に応答がありませんでした</translation>
    </message>
    <message>
        <source>The API sent an unreadable answer</source>
        <translation>APIから読み取れない応答が返されました</translation>
    </message>
    <message>
        <source>The API answered with a redirect, not followed</source>
        <extracomment>The key is never sent to another address, so redirects are not followed.</extracomment>
        <translation>APIがリダイレクトを返しました（リダイレクト先には接続していません）</translation>
    </message>
    <message>
        <source>The API answered with a redirect (%1), not followed</source>
        <translation>APIがリダイレクト（%1）を返しました（リダイレクト先には接続していません）</translation>
    </message>
    <message>
        <source>The API refused the request</source>
        <translation>APIがリクエストを拒否しました</translation>
    </message>
    <message>
        <source>The API refused the request (%1)</source>
        <translation>APIがリクエストを拒否しました（%1）</translation>
    </message>
    <message>
        <source>Refusing to send the API key over plain HTTP to a non-local address</source>
        <translation>ローカル以外のアドレスには、暗号化されていないHTTPでAPIキーを送信しません</translation>
    </message>
    <message>
        <source>%1.</source>
        <extracomment>An error sentence without further detail from the server</extracomment>
        <translation>%1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An error sentence, then the server&apos;s or the network&apos;s own words</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ApiKeyEditor</name>
    <message>
        <source>API key</source>
        <translation>APIキー</translation>
    </message>
    <message>
        <source>Your WaveSpeed API key, from wavespeed.ai under Access Keys</source>
        <translation>WaveSpeedのAPIキー（wavespeed.aiの「Access Keys」で確認できます）</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>reveal the API key</comment>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>APIキーを表示</translation>
    </message>
    <message>
        <source>Show or hide the characters of the key</source>
        <translation>キーの文字を表示または非表示にします</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>キー(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Check key</source>
        <translation>キーを確認(&amp;C)</translation>
    </message>
    <message>
        <source>Check the API key</source>
        <translation>APIキーを確認</translation>
    </message>
    <message>
        <source>Ask the WaveSpeed API whether it accepts this key</source>
        <translation>このキーが使えるかどうかをWaveSpeed APIに問い合わせます</translation>
    </message>
    <message>
        <source>Key check result</source>
        <translation>キーの確認結果</translation>
    </message>
    <message>
        <source>What the API answered to the last key check</source>
        <translation>前回のキー確認に対するAPIの応答</translation>
    </message>
    <message>
        <source>Hide</source>
        <comment>hide the API key</comment>
        <translation>非表示</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>キーチェーンに関する警告</translation>
    </message>
    <message>
        <source>Keep the key for this &amp;session only</source>
        <translation>このセッションの間だけキーを保持する(&amp;S)</translation>
    </message>
    <message>
        <source>Forget the key when the application quits</source>
        <translation>アプリケーションの終了時にキーを破棄します</translation>
    </message>
    <message>
        <source>Store it &amp;unencrypted in the settings file (anyone who can read your files can use your key)</source>
        <translation>設定ファイルに暗号化せずに保存する(&amp;U)（あなたのファイルを読める人は誰でもこのキーを使用できます）</translation>
    </message>
    <message>
        <source>Write the key into the settings file as plain text</source>
        <translation>キーを平文のまま設定ファイルに書き込みます</translation>
    </message>
    <message>
        <source>The key from the WAVESPEED_API_KEY environment variable is in use; unset it to use a saved key.</source>
        <translation>環境変数WAVESPEED_API_KEYのキーを使用しています。保存したキーを使うには、この変数を削除してください。</translation>
    </message>
    <message>
        <source>The key is stored unencrypted in the settings file.</source>
        <translation>キーは暗号化されずに設定ファイルに保存されています。</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>キーはこのセッションの間だけ保持されます。</translation>
    </message>
    <message>
        <source>The key is kept in the system keychain.</source>
        <translation>キーはシステムのキーチェーンに保存されています。</translation>
    </message>
    <message>
        <source>Enter a key to check.</source>
        <translation>確認するキーを入力してください。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>The API rejected this key</source>
        <translation>APIがこのキーを拒否しました</translation>
    </message>
    <message>
        <source>Key accepted</source>
        <translation>キーは有効です</translation>
    </message>
    <message>
        <source>Key accepted · balance $%1</source>
        <extracomment>%1 is the account balance in US dollars, e.g. 12.50</extracomment>
        <translation>キーは有効です · 残高 $%1</translation>
    </message>
    <message>
        <source>This does not look like a WaveSpeed API key.</source>
        <translation>WaveSpeedのAPIキーではないようです。</translation>
    </message>
    <message>
        <source>Saving the key in the system keychain…</source>
        <translation>システムのキーチェーンにキーを保存しています…</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>システムのキーチェーンを利用できません。</translation>
    </message>
    <message>
        <source>No system keychain is available. Choose where to keep the key, then press OK.</source>
        <translation>システムのキーチェーンを利用できません。キーの保存方法を選んでから［OK］を押してください。</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>Watches WaveSpeedAI prediction tasks until they end, and saves their outputs.</source>
        <translation>WaveSpeedAIの生成タスクを終了まで監視し、その出力を保存します。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Task IDs, or any text, URL or JSON holding them; &quot;-&quot; reads standard input.</source>
        <translation>タスクID、またはそれを含む任意のテキスト、URL、JSON。「-」を指定すると標準入力から読み込みます。</translation>
    </message>
    <message>
        <source>[TEXT ...]</source>
        <translation>[TEXT ...]</translation>
    </message>
    <message>
        <source>API root (default https://api.wavespeed.ai, or WAVESPEED_API_BASE); plain http only for loopback hosts.</source>
        <translation>APIのルートURL（既定値: https://api.wavespeed.ai、またはWAVESPEED_API_BASE）。暗号化されていないhttpはループバックホストでのみ使用できます。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Save every output of each completed task into DIR.</source>
        <translation>完了した各タスクのすべての出力をDIRに保存します。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Stop watching a task after this long (default %1).</source>
        <translation>タスクの監視を打ち切るまでの秒数（既定値: %1）。</translation>
    </message>
    <message>
        <source>SECS</source>
        <translation>SECS</translation>
    </message>
    <message>
        <source>One JSON object per line on standard output.</source>
        <translation>標準出力に1行ごとに1つのJSONオブジェクトを出力します。</translation>
    </message>
    <message>
        <source>Run against the built-in simulated API; no key needed.</source>
        <translation>内蔵の模擬APIを相手に実行します。キーは不要です。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>Invalid API base %1: %2</source>
        <translation>無効なAPIベースURL %1：%2</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to %1, not “%2”.</source>
        <translation>--timeout には1～%1の秒数を指定してください（「%2」は指定できません）。</translation>
    </message>
    <message>
        <source>--download needs a folder.</source>
        <translation>--download にはフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>When the run ends, write every watched task to FILE as JSON (status, outputs, error, saved paths).</source>
        <translation>実行の終了時に、監視したすべてのタスクをJSONとしてFILEに書き出します（状態、出力、エラー、保存先のパス）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Also watch every task of the account created within DURATION (e.g. 90m, 24h, 3d; units s, m, h, d; at most 7d).</source>
        <translation>過去DURATION以内に作成された、アカウントのすべてのタスクも監視します（例: 90m、24h、3d。単位はs、m、h、d。最大7d）。</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURATION</translation>
    </message>
    <message>
        <source>--import-since takes a whole positive number with a unit s, m, h or d, of at most 7 days (e.g. 90m, 24h, 3d), not “%1”.</source>
        <translation>--import-since には、正の整数に単位s、m、h、dのいずれかを付けて、7日以内の期間を指定してください（例: 90m、24h、3d）。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>--export needs a file name.</source>
        <translation>--export にはファイル名を指定してください。</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Cannot create the download folder %1.</source>
        <translation>ダウンロード先フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>No task ID found in the input.</source>
        <translation>入力にタスクIDが見つかりません。</translation>
    </message>
    <message>
        <source>No API key: set %1, or save a key in the desktop app.</source>
        <translation>APIキーがありません。%1 を設定するか、デスクトップアプリでキーを保存してください。</translation>
    </message>
    <message>
        <source>(System keychain: %1)</source>
        <translation>（システムのキーチェーン：%1）</translation>
    </message>
    <message>
        <source>The simulated API could not start: %1</source>
        <translation>模擬APIを起動できませんでした：%1</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>一時フォルダーを作成できません：%1</translation>
    </message>
    <message>
        <source>Demo: a simulated WaveSpeed API runs at %1; no key needed.</source>
        <translation>デモ：模擬WaveSpeed APIが %1 で動作しています。キーは不要です。</translation>
    </message>
    <message>
        <source>Demo: outputs are saved into %1</source>
        <translation>デモ：出力は %1 に保存されます</translation>
    </message>
    <message>
        <source>The simulator refused a demo task: %1</source>
        <translation>シミュレーターがデモタスクを拒否しました：%1</translation>
    </message>
    <message>
        <source>No demo task could be submitted.</source>
        <translation>デモタスクを1件も送信できませんでした。</translation>
    </message>
    <message>
        <source>The API rejected the key. Check %1 or the key saved in the desktop app.</source>
        <translation>APIがキーを拒否しました。%1、またはデスクトップアプリに保存したキーを確認してください。</translation>
    </message>
    <message>
        <source>The account&apos;s tasks could not be listed: %1</source>
        <translation>アカウントのタスク一覧を取得できませんでした：%1</translation>
    </message>
    <message>
        <source>Import from the account: no tasks found since %1.</source>
        <translation>アカウントからのインポート：%1 以降のタスクは見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>システムのキーチェーンを読み取れませんでした：%1</translation>
    </message>
    <message>
        <source>The system keychain did not answer</source>
        <translation>システムのキーチェーンから応答がありませんでした</translation>
    </message>
    <message>
        <source>This does not look like a WaveSpeed API key.</source>
        <translation>WaveSpeedのAPIキーではないようです。</translation>
    </message>
    <message>
        <source>The key could not be saved in the system keychain: %1</source>
        <translation>システムのキーチェーンにキーを保存できませんでした：%1</translation>
    </message>
    <message>
        <source>The key could not be removed from the system keychain: %1</source>
        <translation>システムのキーチェーンからキーを削除できませんでした：%1</translation>
    </message>
</context>
<context>
    <name>Downloader</name>
    <message>
        <source>The output host refused the connection</source>
        <translation>出力ファイルのサーバーが接続を拒否しました</translation>
    </message>
    <message>
        <source>The output host closed the connection early</source>
        <translation>出力ファイルのサーバーが接続を途中で切断しました</translation>
    </message>
    <message>
        <source>The output host was not found</source>
        <translation>出力ファイルのサーバーが見つかりませんでした</translation>
    </message>
    <message>
        <source>The connection to the output host timed out</source>
        <translation>出力ファイルのサーバーへの接続がタイムアウトしました</translation>
    </message>
    <message>
        <source>The secure connection to the output host failed</source>
        <translation>出力ファイルのサーバーとの安全な接続に失敗しました</translation>
    </message>
    <message>
        <source>The network is not available</source>
        <translation>ネットワークを利用できません</translation>
    </message>
    <message>
        <source>The proxy failed to fetch the output</source>
        <translation>プロキシが出力を取得できませんでした</translation>
    </message>
    <message>
        <source>Network error %1 while fetching the output</source>
        <extracomment>%1 is Qt&apos;s numeric network error code</extracomment>
        <translation>出力の取得中にネットワークエラー %1 が発生しました</translation>
    </message>
    <message>
        <source>The output host sent nothing for %1 seconds</source>
        <translation>出力ファイルのサーバーから%1秒間データが届きませんでした</translation>
    </message>
    <message>
        <source>HTTP %1 from the output host</source>
        <translation>出力ファイルのサーバーからHTTP %1が返されました</translation>
    </message>
    <message>
        <source>Redirected more than %1 times</source>
        <translation>リダイレクトが%1回を超えました</translation>
    </message>
    <message>
        <source>Refused to follow a redirect from https to http</source>
        <translation>httpsからhttpへのリダイレクトには従いませんでした</translation>
    </message>
    <message>
        <source>The output address is not a web address</source>
        <translation>出力のアドレスがWebアドレスではありません</translation>
    </message>
    <message>
        <source>Only http and https addresses can be saved, not &quot;%1&quot;</source>
        <translation>保存できるのはhttpとhttpsのアドレスだけです（「%1」は保存できません）</translation>
    </message>
    <message>
        <source>Received %1 bytes but the server announced %2</source>
        <translation>%1バイトを受信しましたが、サーバーが示したサイズは%2バイトでした</translation>
    </message>
    <message>
        <source>Not enough free space in %1: the output needs %2, only %3 are free</source>
        <extracomment>%1 is a folder, %2 and %3 are sizes such as &quot;1.5 GiB&quot;</extracomment>
        <translation>%1の空き容量が足りません。出力には%2必要ですが、空きは%3しかありません</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason, e.g. &quot;No space left on device&quot;</extracomment>
        <translation>%1に書き込めません：%2</translation>
    </message>
    <message>
        <source>No free file name left for this output in %1</source>
        <translation>%1には、この出力に使える空きファイル名が残っていません</translation>
    </message>
</context>
<context>
    <name>EventWriter</name>
    <message numerus="yes">
        <source>%1  completed  %n output(s)</source>
        <translation>
            <numerusform>%1  完了  出力%n個</numerusform>
        </translation>
    </message>
    <message>
        <source>, inference %1 s</source>
        <translation>、推論%1秒</translation>
    </message>
    <message>
        <source>%1  saved %2 (%3 bytes)</source>
        <translation>%1  %2 を保存しました（%3バイト）</translation>
    </message>
    <message>
        <source>%1  download failed: %2</source>
        <translation>%1  ダウンロードに失敗しました：%2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>HistoryImport</name>
    <message>
        <source>A search is already under way.</source>
        <translation>既に検索を実行中です。</translation>
    </message>
</context>
<context>
    <name>HistoryQuery</name>
    <message>
        <source>Choose when the range starts and when it ends.</source>
        <translation>期間の開始日時と終了日時を選んでください。</translation>
    </message>
    <message>
        <source>A page holds from 1 to %1 tasks.</source>
        <translation>1ページに含められるタスクは1～%1件です。</translation>
    </message>
    <message>
        <source>The range starts after it ends.</source>
        <translation>期間の開始が終了より後になっています。</translation>
    </message>
    <message>
        <source>a list of tasks that is not an object</source>
        <translation>オブジェクトではないタスク一覧</translation>
    </message>
    <message numerus="yes">
        <source>The API keeps tasks for %n day(s) only: choose a start within the last %n day(s).</source>
        <translation>
            <numerusform>APIがタスクを保持するのは%n日間だけです。過去%n日以内の開始日時を選んでください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageFetch</name>
    <message>
        <source>the output is not an image this app can show</source>
        <translation>この出力は、このアプリで表示できる画像ではありません</translation>
    </message>
    <message>
        <source>the image is too large to preview (%1 × %2 pixels)</source>
        <translation>画像が大きすぎてプレビューできません（%1 × %2ピクセル）</translation>
    </message>
    <message>
        <source>the image could not be decoded (%1)</source>
        <translation>画像をデコードできませんでした（%1）</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Output image</source>
        <translation>出力画像</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Recent Tasks</source>
        <translation>最近のタスクのインポート</translation>
    </message>
    <message numerus="yes">
        <source>Search stopped; %n task(s) found so far.</source>
        <translation>
            <numerusform>検索を中止しました。これまでに%n件のタスクが見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no API key yet. Enter one in Settings to find your tasks.</source>
        <translation>APIキーがまだありません。タスクを検索するには、設定でキーを入力してください。</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>作成日時（開始）</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>作成日時（終了）</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>task status</comment>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>task status</comment>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>task status</comment>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Processing</source>
        <comment>task status</comment>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>task status</comment>
        <translation>作成済み</translation>
    </message>
    <message>
        <source>Any model</source>
        <translation>すべてのモデル</translation>
    </message>
    <message>
        <source>A model ID such as wavespeed-ai/flux-dev; empty for any</source>
        <translation>wavespeed-ai/flux-devのようなモデルIDです。空欄の場合はすべてのモデルが対象になります</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>List the account&apos;s tasks in this range</source>
        <translation>この期間内のアカウントのタスクを一覧表示します</translation>
    </message>
    <message>
        <source>Search progress</source>
        <translation>検索の進行状況</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>search</comment>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop searching; the tasks found so far stay listed</source>
        <translation>検索を中止します。これまでに見つかったタスクは一覧に残ります</translation>
    </message>
    <message>
        <source>Tasks found</source>
        <translation>見つかったタスク</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>すべて解除(&amp;N)</translation>
    </message>
    <message>
        <source>Watch the checked tasks</source>
        <translation>チェックしたタスクを監視します</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>開始日時(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>終了日時(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状態(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>モデル(&amp;M):</translation>
    </message>
    <message numerus="yes">
        <source>Found %n task(s)</source>
        <translation>
            <numerusform>%n件見つかりました</numerusform>
        </translation>
    </message>
    <message>
        <source>Found %1 of %2</source>
        <extracomment>%1 tasks found so far of %2 in all</extracomment>
        <translation>%2件中%1件見つかりました</translation>
    </message>
    <message>
        <source>Already watched</source>
        <translation>既に監視中</translation>
    </message>
    <message>
        <source>No tasks found in this range.</source>
        <translation>この期間にタスクは見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) found.</source>
        <translation>
            <numerusform>%n件のタスクが見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The API rejected the key. Open Settings to enter another one.</source>
        <translation>APIがキーを拒否しました。設定を開いて別のキーを入力してください。</translation>
    </message>
    <message>
        <source>The account&apos;s tasks could not be listed: %1</source>
        <translation>アカウントのタスク一覧を取得できませんでした：%1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n Task(s)</source>
        <translation>
            <numerusform>%n件のタスクを追加(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add Tasks</source>
        <translation>タスクを追加(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) found, %1 of them already watched.</source>
        <translation>
            <numerusform>%n件のタスクが見つかりました（うち%1件は既に監視中）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The task list cannot be kept between runs: %1</source>
        <translation>タスク一覧を次回の起動まで保持できません：%1</translation>
    </message>
    <message>
        <source>The API rejected the key. Open Settings to enter another one.</source>
        <translation>APIがキーを拒否しました。設定を開いて別のキーを入力してください。</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Search ID, model or error</source>
        <translation>ID、モデル、エラーを検索</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>タスクを検索</translation>
    </message>
    <message>
        <source>Show only tasks whose ID, model or error contains this text</source>
        <translation>ID、モデル、エラーにこのテキストを含むタスクだけを表示します</translation>
    </message>
    <message>
        <source>Show tasks by state</source>
        <translation>状態でタスクを絞り込む</translation>
    </message>
    <message>
        <source>Show only tasks in these states</source>
        <translation>これらの状態のタスクだけを表示します</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>すべてのタスク</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Invalid API base %1: %2</source>
        <translation>無効なAPIベースURL %1：%2</translation>
    </message>
    <message>
        <source>No API key yet. Open Settings to enter one.</source>
        <translation>APIキーがまだありません。設定を開いて入力してください。</translation>
    </message>
    <message>
        <source>The simulated API could not start: %1</source>
        <translation>模擬APIを起動できませんでした：%1</translation>
    </message>
    <message numerus="yes">
        <source>Demo: %n sample task(s) submitted to the simulated API.</source>
        <translation>
            <numerusform>デモ：%n件のサンプルタスクを模擬APIに送信しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo: the simulator refused a task: %1</source>
        <translation>デモ：シミュレーターがタスクを拒否しました：%1</translation>
    </message>
    <message>
        <source>&amp;Add Tasks…</source>
        <translation>タスクを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Paste task IDs, URLs or API responses to watch</source>
        <translation>監視するタスクID、URL、APIの応答を貼り付けます</translation>
    </message>
    <message>
        <source>&amp;Paste Tasks</source>
        <translation>タスクを貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Watch every task ID in the clipboard</source>
        <translation>クリップボード内のすべてのタスクIDを監視します</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>ダウンロード(&amp;D)</translation>
    </message>
    <message>
        <source>Save every output of the selected tasks into the download folder</source>
        <translation>選択したタスクのすべての出力をダウンロード先フォルダーに保存します</translation>
    </message>
    <message>
        <source>Download All &amp;Completed</source>
        <translation>完了分をすべてダウンロード(&amp;C)</translation>
    </message>
    <message>
        <source>Save the outputs of every completed task not saved yet</source>
        <translation>完了したタスクのうち、まだ保存していない出力をすべて保存します</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>フォルダーで表示(&amp;F)</translation>
    </message>
    <message>
        <source>Open the folder the outputs were saved in</source>
        <translation>出力の保存先フォルダーを開きます</translation>
    </message>
    <message>
        <source>Check &amp;Now</source>
        <translation>今すぐ確認(&amp;N)</translation>
    </message>
    <message>
        <source>Check the selected tasks as soon as their minimum interval allows</source>
        <translation>選択したタスクを、最小間隔が許す範囲でできるだけ早く確認します</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>一時停止(&amp;U)</translation>
    </message>
    <message>
        <source>Stop or resume checking the selected tasks</source>
        <translation>選択したタスクの確認を一時停止または再開します</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Stop watching the selected tasks and remove them</source>
        <translation>選択したタスクの監視をやめ、一覧から削除します</translation>
    </message>
    <message>
        <source>&amp;Copy IDs</source>
        <translation>IDをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the IDs of the selected tasks</source>
        <translation>選択したタスクのIDをコピーします</translation>
    </message>
    <message>
        <source>&amp;Open Preview</source>
        <translation>プレビューを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Show the selected task in the preview pane</source>
        <translation>選択したタスクをプレビューペインに表示します</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>Select every task in the table</source>
        <translation>表のすべてのタスクを選択します</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>API key, download folder and polling</source>
        <translation>APIキー、ダウンロード先フォルダー、ポーリング</translation>
    </message>
    <message>
        <source>&amp;Preview Pane</source>
        <translation>プレビューペイン(&amp;P)</translation>
    </message>
    <message>
        <source>Show or hide the preview pane</source>
        <translation>プレビューペインの表示と非表示を切り替えます</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit; unfinished tasks resume at the next start</source>
        <translation>終了します。未完了のタスクは次回の起動時に再開されます</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>バージョン情報(&amp;A)</translation>
    </message>
    <message>
        <source>Version, licence and libraries</source>
        <translation>バージョン、ライセンス、使用しているライブラリ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>タスク(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) removed.</source>
        <translation>
            <numerusform>%n件のタスクを削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>%1について</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;Watches WaveSpeedAI prediction tasks and saves their outputs.&lt;/p&gt;&lt;p&gt;MIT licence. Built with Qt %3 and QtKeychain.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;WaveSpeedAIの生成タスクを監視し、その出力を保存します。&lt;/p&gt;&lt;p&gt;MITライセンス。Qt %3とQtKeychainで構築されています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>再開(&amp;U)</translation>
    </message>
    <message>
        <source>No task IDs found in the dropped text.</source>
        <translation>ドロップされたテキストにタスクIDが見つかりませんでした。</translation>
    </message>
    <message>
        <source>No task IDs found in the clipboard.</source>
        <translation>クリップボードにタスクIDが見つかりませんでした。</translation>
    </message>
    <message>
        <source>No task IDs found in the text.</source>
        <translation>テキストにタスクIDが見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) added</source>
        <translation>
            <numerusform>%n件のタスクを追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already watched</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n件は既に監視中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving the outputs of %n task(s) into %1</source>
        <translation>
            <numerusform>%n件のタスクの出力を %1 に保存しています</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save: only completed tasks have outputs.</source>
        <translation>保存するものがありません。出力があるのは完了したタスクだけです。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n output(s) of %1.</source>
        <translation>
            <numerusform>%1の出力を%n個保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save every output of %1: %2</source>
        <translation>%1の出力の一部を保存できませんでした：%2</translation>
    </message>
    <message>
        <source>&amp;Import Recent Tasks…</source>
        <translation>最近のタスクをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Find the tasks of your account from the last 7 days and watch them</source>
        <translation>アカウントの過去7日間のタスクを検索して監視します</translation>
    </message>
    <message>
        <source>Save Everything About to &amp;Expire</source>
        <translation>期限切れ間近の出力をすべて保存(&amp;E)</translation>
    </message>
    <message>
        <source>Save the outputs of every completed task that the API deletes within a day</source>
        <translation>1日以内にAPIによって削除される、完了したすべてのタスクの出力を保存します</translation>
    </message>
    <message>
        <source>&amp;Export Selected…</source>
        <translation>選択したタスクをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the selected tasks to a CSV or JSON file</source>
        <translation>選択したタスクをCSVまたはJSONファイルに保存します</translation>
    </message>
    <message>
        <source>Export A&amp;ll…</source>
        <translation>すべてエクスポート(&amp;L)…</translation>
    </message>
    <message>
        <source>Save every task to a CSV or JSON file</source>
        <translation>すべてのタスクをCSVまたはJSONファイルに保存します</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown Table</source>
        <translation>Markdown表としてコピー(&amp;M)</translation>
    </message>
    <message>
        <source>Copy the selected tasks, or every task when none is selected, as a Markdown table</source>
        <translation>選択したタスク（何も選択していない場合はすべてのタスク）をMarkdown表としてコピーします</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n task(s) as a Markdown table.</source>
        <translation>
            <numerusform>%n件のタスクをMarkdown表としてコピーしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSONファイル (*.json)</translation>
    </message>
    <message>
        <source>Export Tasks</source>
        <translation>タスクのエクスポート</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1</source>
        <translation>
            <numerusform>%n件のタスクを %1 にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save: every output is saved already.</source>
        <translation>保存するものがありません。すべての出力は保存済みです。</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <extracomment>completed tasks whose unsaved outputs the API deletes within a day</extracomment>
        <translation>まもなく期限切れ</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>The model list is not a list.</source>
        <translation>モデル一覧がリスト形式ではありません。</translation>
    </message>
</context>
<context>
    <name>Monitor</name>
    <message>
        <source>The API rejected the key; every task is paused.</source>
        <translation>APIがキーを拒否したため、すべてのタスクを一時停止しました。</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited by the API; every check waits %n second(s).</source>
        <translation>
            <numerusform>APIのレート制限により、すべての確認を%n秒間待機します。</numerusform>
        </translation>
    </message>
    <message>
        <source>The rate limit is over; checks resume.</source>
        <translation>レート制限が解除されました。確認を再開します。</translation>
    </message>
    <message>
        <source>%1 Checking again in %2 s.</source>
        <translation>%1 %2秒後に再確認します。</translation>
    </message>
</context>
<context>
    <name>OutputFetch</name>
    <message>
        <source>the output host refused the connection</source>
        <translation>出力ファイルのサーバーが接続を拒否しました</translation>
    </message>
    <message>
        <source>the output host was not found</source>
        <translation>出力ファイルのサーバーが見つかりませんでした</translation>
    </message>
    <message>
        <source>the connection to the output host timed out</source>
        <translation>出力ファイルのサーバーへの接続がタイムアウトしました</translation>
    </message>
    <message>
        <source>the secure connection to the output host failed</source>
        <translation>出力ファイルのサーバーとの安全な接続に失敗しました</translation>
    </message>
    <message>
        <source>network error %1</source>
        <extracomment>%1 is Qt&apos;s numeric network error code</extracomment>
        <translation>ネットワークエラー %1</translation>
    </message>
    <message>
        <source>the output host answered HTTP %1; outputs are deleted after 7 days</source>
        <translation>出力ファイルのサーバーがHTTP %1を返しました。出力は7日後に削除されます</translation>
    </message>
    <message>
        <source>the output host answered HTTP %1</source>
        <translation>出力ファイルのサーバーがHTTP %1を返しました</translation>
    </message>
    <message>
        <source>only http and https outputs can be shown</source>
        <translation>表示できるのはhttpとhttpsの出力だけです</translation>
    </message>
    <message>
        <source>the output host sent nothing for %1 seconds</source>
        <translation>出力ファイルのサーバーから%1秒間データが届きませんでした</translation>
    </message>
    <message>
        <source>redirected more than %1 times</source>
        <translation>リダイレクトが%1回を超えました</translation>
    </message>
    <message>
        <source>refused to follow a redirect to an unsafe address</source>
        <translation>安全でないアドレスへのリダイレクトには従いませんでした</translation>
    </message>
    <message>
        <source>the output is larger than %1 MB</source>
        <translation>出力が%1 MBを超えています</translation>
    </message>
</context>
<context>
    <name>OutputsDelegate</name>
    <message>
        <source>Save</source>
        <comment>download outputs</comment>
        <extracomment>a button in a task&apos;s row: saves its outputs into the download folder</extracomment>
        <translation>保存</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>show in folder</comment>
        <extracomment>a button in a task&apos;s row: shows the saved outputs in the file manager</extracomment>
        <translation>表示</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>download</comment>
        <extracomment>a button in a task&apos;s row: tries the failed download again</extracomment>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Save every output of this task into the download folder</source>
        <translation>このタスクのすべての出力をダウンロード先フォルダーに保存します</translation>
    </message>
    <message>
        <source>Saving output %1 of %2…</source>
        <translation>出力を保存しています（%1/%2）…</translation>
    </message>
    <message>
        <source>Show the saved files in their folder</source>
        <translation>保存したファイルをフォルダーで表示します</translation>
    </message>
    <message>
        <source>Saving failed. Click to try again.</source>
        <translation>保存に失敗しました。クリックすると再試行します。</translation>
    </message>
    <message>
        <source>Saving failed: %1
Click to try again.</source>
        <extracomment>%1 is why saving the outputs failed</extracomment>
        <translation>保存に失敗しました：%1
クリックすると再試行します。</translation>
    </message>
</context>
<context>
    <name>Prediction</name>
    <message>
        <source>content moderation</source>
        <comment>task error code</comment>
        <translation>コンテンツモデレーション</translation>
    </message>
    <message>
        <source>missing parameter</source>
        <comment>task error code</comment>
        <translation>パラメーターの不足</translation>
    </message>
    <message>
        <source>invalid parameter</source>
        <comment>task error code</comment>
        <translation>無効なパラメーター</translation>
    </message>
    <message>
        <source>media could not be fetched</source>
        <comment>task error code</comment>
        <translation>メディアを取得できませんでした</translation>
    </message>
    <message>
        <source>task failed</source>
        <comment>task error code</comment>
        <translation>タスクの失敗</translation>
    </message>
    <message>
        <source>internal error</source>
        <comment>task error code</comment>
        <translation>内部エラー</translation>
    </message>
    <message>
        <source>service unavailable</source>
        <comment>task error code</comment>
        <translation>サービス利用不可</translation>
    </message>
    <message>
        <source>timeout</source>
        <comment>task error code</comment>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>the reply holds no prediction object</source>
        <translation>応答にpredictionオブジェクトが含まれていません</translation>
    </message>
    <message>
        <source>a prediction without id or status</source>
        <translation>idまたはstatusのないprediction</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Select a task to preview it</source>
        <translation>プレビューするタスクを選択してください</translation>
    </message>
    <message>
        <source>Preview unavailable: %1</source>
        <translation>プレビューを表示できません：%1</translation>
    </message>
    <message>
        <source>this kind of output has no preview; open it in the browser</source>
        <translation>この種類の出力はプレビューできません。ブラウザーで開いてください</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>プレビューを読み込んでいます…</translation>
    </message>
    <message>
        <source>This task completed without outputs</source>
        <translation>このタスクは出力なしで完了しました</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>state: error</comment>
        <extracomment>%1 is the task&apos;s state, e.g. &quot;Failed&quot;, %2 the error and its meaning</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The preview appears when the task completes</source>
        <translation>タスクが完了するとプレビューが表示されます</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>output position</comment>
        <extracomment>the output shown and how many the task has, e.g. &quot;2 / 3&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>This output was flagged as sensitive.</source>
        <translation>この出力には不適切な内容を示すフラグが付いています。</translation>
    </message>
    <message>
        <source>Show flagged content</source>
        <translation>フラグ付きの内容を表示</translation>
    </message>
    <message>
        <source>Show this task&apos;s flagged outputs without the blur</source>
        <translation>このタスクのフラグ付き出力をぼかさずに表示します</translation>
    </message>
    <message>
        <source>‹</source>
        <comment>previous output</comment>
        <translation>‹</translation>
    </message>
    <message>
        <source>Show the previous output of this task</source>
        <translation>このタスクの前の出力を表示します</translation>
    </message>
    <message>
        <source>Previous output</source>
        <translation>前の出力</translation>
    </message>
    <message>
        <source>›</source>
        <comment>next output</comment>
        <translation>›</translation>
    </message>
    <message>
        <source>Show the next output of this task</source>
        <translation>このタスクの次の出力を表示します</translation>
    </message>
    <message>
        <source>Next output</source>
        <translation>次の出力</translation>
    </message>
    <message>
        <source>Output number</source>
        <translation>出力の番号</translation>
    </message>
    <message>
        <source>Fit</source>
        <comment>zoom</comment>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Fit the image to the pane (Ctrl+0); zoom with Ctrl+wheel, Ctrl++ and Ctrl+-</source>
        <translation>画像をペインに合わせて表示します（Ctrl+0）。Ctrl+ホイール、Ctrl++、Ctrl+-で拡大・縮小します</translation>
    </message>
    <message>
        <source>Fit to pane</source>
        <translation>ペインに合わせる</translation>
    </message>
    <message>
        <source>100%</source>
        <comment>zoom</comment>
        <translation>100%</translation>
    </message>
    <message>
        <source>Show the image at its actual size</source>
        <translation>画像を実際のサイズで表示します</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>実際のサイズ</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>%1: &quot;%2&quot; must be a number from 0 to 1</source>
        <translation>%1：「%2」は0～1の数値である必要があります</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a whole number from %3 to %4</source>
        <translation>%1：「%2」は%3～%4の整数である必要があります</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be [min, max] with 0 &lt;= min &lt;= max &lt;= %3</source>
        <translation>%1：「%2」は 0 &lt;= min &lt;= max &lt;= %3 を満たす [min, max] である必要があります</translation>
    </message>
    <message>
        <source>model &quot;%1&quot;</source>
        <translation>モデル「%1」</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>%1: &quot;type&quot; must read like &quot;text-to-image&quot;</source>
        <translation>%1：「type」は「text-to-image」のような形式である必要があります</translation>
    </message>
    <message>
        <source>%1: the fail, cancel and timeout rates add up to more than 1</source>
        <translation>%1：失敗、キャンセル、タイムアウトの割合の合計が1を超えています</translation>
    </message>
    <message>
        <source>&quot;faults&quot; must be an object</source>
        <translation>「faults」はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>faults: the server error, rate limit, reset and malformed rates add up to more than 1</source>
        <translation>faults：サーバーエラー、レート制限、接続リセット、不正な応答の割合の合計が1を超えています</translation>
    </message>
    <message>
        <source>&quot;faults.rate_limit&quot; must be an object</source>
        <translation>「faults.rate_limit」はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>位置%1のJSONが無効です：%2</translation>
    </message>
    <message>
        <source>a scenario must be a JSON object</source>
        <translation>シナリオはJSONオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>&quot;models&quot; must be an object keyed by model path</source>
        <translation>「models」はモデルのパスをキーとするオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>a model path must not be empty</source>
        <translation>モデルのパスを空にすることはできません</translation>
    </message>
    <message>
        <source>&quot;balance&quot; must be a number of at least 0</source>
        <translation>「balance」は0以上の数値である必要があります</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Monitoring</source>
        <translation>監視</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes</comment>
        <extracomment>Suffix of a number of minutes, with its leading space</extracomment>
        <translation> 分</translation>
    </message>
    <message>
        <source>Per-task timeout in minutes</source>
        <translation>タスクごとのタイムアウト（分）</translation>
    </message>
    <message>
        <source>Stop watching a task that has not ended after this long</source>
        <translation>この時間が過ぎても終了しないタスクの監視を打ち切ります</translation>
    </message>
    <message>
        <source>Stop watching a task &amp;after:</source>
        <translation>監視を打ち切るまでの時間(&amp;A):</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>1秒あたりのリクエスト数</translation>
    </message>
    <message>
        <source>The most requests sent to the API in one second, for all tasks together</source>
        <translation>すべてのタスクを合わせて1秒間にAPIへ送信するリクエストの上限です</translation>
    </message>
    <message>
        <source>&amp;Requests per second:</source>
        <translation>1秒あたりのリクエスト数(&amp;R):</translation>
    </message>
    <message>
        <source>Show a &amp;notification when a task ends</source>
        <translation>タスクの終了時に通知を表示する(&amp;N)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Tell when a task completes or fails while the window is in the background</source>
        <translation>ウィンドウが背面にあるときに、タスクの完了や失敗を知らせます</translation>
    </message>
    <message>
        <source>&amp;Blur previews flagged as not safe for work</source>
        <translation>不適切（NSFW）とフラグ付けされたプレビューをぼかす(&amp;B)</translation>
    </message>
    <message>
        <source>Blur NSFW previews</source>
        <translation>NSFWのプレビューをぼかす</translation>
    </message>
    <message>
        <source>Blur outputs the API flags as NSFW until you click them</source>
        <translation>APIがNSFWとフラグを付けた出力を、クリックするまでぼかして表示します</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>ダウンロード先フォルダー</translation>
    </message>
    <message>
        <source>Where outputs are saved; empty uses the default folder</source>
        <translation>出力の保存先です。空欄の場合は既定のフォルダーを使用します</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>参照(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>ダウンロード先フォルダーを選択</translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation>ダウンロード先フォルダー(&amp;D):</translation>
    </message>
    <message>
        <source>Choose the Download Folder</source>
        <translation>ダウンロード先フォルダーの選択</translation>
    </message>
    <message>
        <source>System default</source>
        <comment>language</comment>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The language of the application; takes effect after a restart</source>
        <translation>アプリケーションの表示言語です（再起動後に反映されます）</translation>
    </message>
    <message>
        <source>Takes effect after a restart</source>
        <translation>再起動後に反映されます</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>設定を保存</translation>
    </message>
    <message>
        <source>Save the settings and close</source>
        <translation>設定を保存して閉じます</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>保存せずに閉じます</translation>
    </message>
    <message>
        <source>All in the download folder</source>
        <comment>save layout</comment>
        <translation>すべてダウンロード先フォルダーの直下</translation>
    </message>
    <message>
        <source>In a folder per day</source>
        <comment>save layout</comment>
        <translation>日付ごとのフォルダー</translation>
    </message>
    <message>
        <source>In a folder per model</source>
        <comment>save layout</comment>
        <translation>モデルごとのフォルダー</translation>
    </message>
    <message>
        <source>How saved outputs are organised</source>
        <translation>保存した出力の整理方法</translation>
    </message>
    <message>
        <source>&amp;Organise saved files:</source>
        <translation>保存したファイルの整理(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Save the outputs of every task as it completes</source>
        <translation>タスクの完了時に出力を自動的に保存する(&amp;S)</translation>
    </message>
    <message>
        <source>Auto-save</source>
        <translation>自動保存</translation>
    </message>
    <message>
        <source>A folder per day is named after the day each task was created; a folder per model after the model&apos;s name</source>
        <translation>日付ごとのフォルダーには各タスクの作成日、モデルごとのフォルダーにはモデルの名前が付きます</translation>
    </message>
    <message>
        <source>Outputs already saved are never saved again, even after a restart</source>
        <translation>一度保存した出力は、再起動後も再び保存されることはありません</translation>
    </message>
</context>
<context>
    <name>Simulator</name>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>127.0.0.1:%1で待ち受けできません：%2</translation>
    </message>
    <message>
        <source>The simulator is already running</source>
        <translation>シミュレーターは既に実行中です</translation>
    </message>
</context>
<context>
    <name>SimulatorCommand</name>
    <message>
        <source>A simulated WaveSpeed API on 127.0.0.1, for demos and tests.</source>
        <translation>デモやテストのために127.0.0.1で動作する模擬WaveSpeed APIです。</translation>
    </message>
    <message>
        <source>API port (default 8080; 0 picks a free one).</source>
        <translation>APIのポート（既定値: 8080。0を指定すると空いているポートを選びます）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Output host port (default: the API port + 1).</source>
        <translation>出力ファイルのサーバーのポート（既定値: APIのポート + 1）。</translation>
    </message>
    <message>
        <source>Scenario JSON file (default: the built-in one).</source>
        <translation>シナリオのJSONファイル（既定値: 内蔵のシナリオ）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The API key to accept (default sim-demo-key).</source>
        <translation>受け付けるAPIキー（既定値: sim-demo-key）。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Create N tasks at start and print their IDs.</source>
        <translation>起動時にN件のタスクを作成し、そのIDを出力します。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>予期しない引数です：%1</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535</source>
        <translation>--port には0～65535の数値を指定してください</translation>
    </message>
    <message>
        <source>--output-port needs a number from 0 to 65535</source>
        <translation>--output-port には0～65535の数値を指定してください</translation>
    </message>
    <message>
        <source>--key must not be empty</source>
        <translation>--key を空にすることはできません</translation>
    </message>
    <message>
        <source>--tasks needs a number from 0 to %1</source>
        <translation>--tasks には0～%1の数値を指定してください</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>詳しくは「%1 --help」を実行してください。</translation>
    </message>
    <message>
        <source>%1: cannot use the scenario %2: %3</source>
        <translation>%1：シナリオ %2 を使用できません：%3</translation>
    </message>
    <message>
        <source>API:     %1</source>
        <translation>API:     %1</translation>
    </message>
    <message>
        <source>Outputs: %1</source>
        <translation>出力:    %1</translation>
    </message>
    <message>
        <source>Key:     %1</source>
        <translation>キー:    %1</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another instance is running.</source>
        <translation>別のインスタンスが実行中です。</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Task counts</source>
        <translation>タスク数</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>接続状態</translation>
    </message>
    <message>
        <source>Account balance</source>
        <translation>アカウント残高</translation>
    </message>
    <message>
        <source>The balance of the WaveSpeed account the key belongs to</source>
        <translation>このキーが属するWaveSpeedアカウントの残高です</translation>
    </message>
    <message>
        <source>Balance: $%1</source>
        <comment>US dollars</comment>
        <translation>残高：$%1</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>実行中 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>一時停止中 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>完了 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>失敗 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>No tasks</source>
        <translation>タスクなし</translation>
    </message>
    <message>
        <source>open Settings</source>
        <translation>設定を開く</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited — resuming in %n s</source>
        <translation>
            <numerusform>レート制限中 — %n秒後に再開</numerusform>
        </translation>
    </message>
    <message>
        <source>API key rejected — %1</source>
        <translation>APIキーが拒否されました — %1</translation>
    </message>
    <message>
        <source>No API key — %1</source>
        <translation>APIキーがありません — %1</translation>
    </message>
    <message>
        <source>Outputs about to expire</source>
        <translation>まもなく期限切れになる出力</translation>
    </message>
    <message>
        <source>Completed tasks whose outputs the API deletes within a day, and that are not saved yet</source>
        <translation>出力が1日以内にAPIによって削除され、まだ保存されていない完了済みのタスクです</translation>
    </message>
    <message>
        <source>save them</source>
        <translation>保存する</translation>
    </message>
    <message numerus="yes">
        <source>%n expiring within a day — %1</source>
        <comment>tasks</comment>
        <extracomment>completed tasks whose outputs the API deletes within a day; then a link that saves them</extracomment>
        <translation>
            <numerusform>1日以内に期限切れ %n件 — %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDetails</name>
    <message>
        <source>Processing</source>
        <comment>task state</comment>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Created, waiting to start</source>
        <comment>task state</comment>
        <translation>作成済み、開始待ち</translation>
    </message>
    <message>
        <source>Checking</source>
        <comment>task state</comment>
        <translation>確認中</translation>
    </message>
    <message>
        <source>Paused: the API key was rejected</source>
        <comment>task state</comment>
        <translation>一時停止中：APIキーが拒否されました</translation>
    </message>
    <message>
        <source>Paused: the network is down</source>
        <comment>task state</comment>
        <translation>一時停止中：ネットワークに接続できません</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>task state</comment>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>task detail</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Model</source>
        <comment>task detail</comment>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>task detail</comment>
        <translation>状態</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>task detail</comment>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Inference</source>
        <comment>task detail</comment>
        <translation>推論時間</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>task detail</comment>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Outputs</source>
        <comment>task detail</comment>
        <translation>出力</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1秒</translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>task state</comment>
        <translation>キュー待ち</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>task state</comment>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>task state</comment>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>task state</comment>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Timed out on the server</source>
        <comment>task state</comment>
        <translation>サーバー側でタイムアウト</translation>
    </message>
    <message>
        <source>Not found</source>
        <comment>task state</comment>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Gave up waiting</source>
        <comment>task state</comment>
        <translation>待機を打ち切りました</translation>
    </message>
    <message>
        <source>code %1</source>
        <extracomment>%1 is the API&apos;s error number, %2 what it means, e.g. &quot;content moderation&quot;</extracomment>
        <translation>コード %1</translation>
    </message>
    <message>
        <source>code %1: %2</source>
        <translation>コード %1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the error as the API wrote it, %2 its code and meaning</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>output %1 of %2</source>
        <extracomment>%1 is the output&apos;s number, %2 how many the task has</extracomment>
        <translation>出力 %1/%2</translation>
    </message>
    <message>
        <source>output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Address of the %1</source>
        <translation>%1のアドレス</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>URLをコピー</translation>
    </message>
    <message>
        <source>Copy the address of the %1 to the clipboard</source>
        <translation>%1のアドレスをクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Copy URL of the %1</source>
        <translation>%1のURLをコピー</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>ブラウザーで開く</translation>
    </message>
    <message>
        <source>Open the %1 in the web browser</source>
        <translation>%1をWebブラウザーで開きます</translation>
    </message>
    <message>
        <source>Open the %1 in the browser</source>
        <translation>%1をブラウザーで開く</translation>
    </message>
    <message>
        <source>Expires</source>
        <comment>task detail</comment>
        <extracomment>when the API deletes the task and its outputs</extracomment>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Saved</source>
        <comment>task detail</comment>
        <translation>保存済み</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <extracomment>the date the API deleted the task&apos;s outputs</extracomment>
        <translation>%1（期限切れ）</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n output(s), in %2</source>
        <extracomment>e.g. &quot;1 of 2 outputs, in /home/me/Pictures/WaveSpeed&quot;</extracomment>
        <translation>
            <numerusform>%n個の出力のうち%1個（%2）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskExport</name>
    <message>
        <source>%1 s</source>
        <extracomment>inference time in seconds, e.g. &quot;2.4 s&quot;</extracomment>
        <translation>%1秒</translation>
    </message>
    <message>
        <source>%1/%2 saved</source>
        <extracomment>outputs of a task whose files exist, e.g. &quot;1/2 saved&quot;</extracomment>
        <translation>%1/%2 保存済み</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>column</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Model</source>
        <comment>column</comment>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>column</comment>
        <translation>状態</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>column</comment>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Inference</source>
        <comment>column</comment>
        <translation>推論時間</translation>
    </message>
    <message>
        <source>Outputs</source>
        <comment>column</comment>
        <translation>出力</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>column</comment>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Saved</source>
        <comment>column</comment>
        <translation>保存済み</translation>
    </message>
    <message>
        <source>The file is not a task list: it does not hold a JSON object (%1 at byte %2).</source>
        <translation>このファイルはタスク一覧ではありません。JSONオブジェクトが含まれていません（%2バイト目: %1）。</translation>
    </message>
    <message>
        <source>The file is not a task list exported by WaveSpeed Task Monitor (its format is “%1”).</source>
        <translation>このファイルはWaveSpeed Task Monitorでエクスポートしたタスク一覧ではありません（形式は「%1」です）。</translation>
    </message>
    <message>
        <source>The task list was written by a newer version (format version %1).</source>
        <translation>このタスク一覧は新しいバージョンで書き出されたものです（形式のバージョン %1）。</translation>
    </message>
    <message>
        <source>Task %1 of the list has no ID.</source>
        <translation>一覧の%1番目のタスクにIDがありません。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1に書き込めませんでした：%2</translation>
    </message>
</context>
<context>
    <name>TaskInput</name>
    <message>
        <source>%1 is not a .txt, .json or .csv file.</source>
        <translation>%1は.txt、.json、.csvのいずれのファイルでもありません。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1は%2 MBを超えています。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1を読み取れませんでした：%2</translation>
    </message>
</context>
<context>
    <name>TaskModel</name>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <extracomment>inference time in seconds, e.g. &quot;2.4 s&quot;</extracomment>
        <translation>%1秒</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>error and its meaning</comment>
        <extracomment>a task&apos;s error, then the meaning of its error code</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>task state</comment>
        <translation>キュー待ち</translation>
    </message>
    <message>
        <source>Checking…</source>
        <comment>task state</comment>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>task state</comment>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>task state</comment>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>task state</comment>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>task state</comment>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>task state</comment>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Timed out</source>
        <comment>task state</comment>
        <extracomment>the API said the task timed out</extracomment>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>Not found</source>
        <comment>task state</comment>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Gave up</source>
        <comment>task state</comment>
        <extracomment>the monitor stopped watching the task after its own timeout</extracomment>
        <translation>打ち切り</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>state and unknown status</comment>
        <extracomment>a task state, then a status the API reported that the app does not know</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>state and running time</comment>
        <extracomment>a task state, then how long ago the task was created, e.g. &quot;Waiting · 1:23&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Paused: the API rejected the key. Open Settings to change it.</source>
        <translation>一時停止中：APIがキーを拒否しました。設定を開いてキーを変更してください。</translation>
    </message>
    <message>
        <source>Paused by you.</source>
        <translation>ユーザーが一時停止しました。</translation>
    </message>
    <message>
        <source>Paused: the network is down.</source>
        <translation>一時停止中：ネットワークに接続できません。</translation>
    </message>
    <message numerus="yes">
        <source>Next check in %n second(s), at %1.</source>
        <translation>
            <numerusform>次の確認は%n秒後（%1）です。</numerusform>
        </translation>
    </message>
    <message>
        <source>The API says: %1</source>
        <translation>APIの応答：%1</translation>
    </message>
    <message>
        <source>%1/%2 saving…</source>
        <extracomment>outputs saved so far out of all, e.g. &quot;1/2 saving…&quot;</extracomment>
        <translation>%1/%2 保存中…</translation>
    </message>
    <message>
        <source>%1 · saved</source>
        <extracomment>the number of outputs, all saved, e.g. &quot;2 · saved&quot;</extracomment>
        <translation>%1 · 保存済み</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>download</comment>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Preview</source>
        <comment>column</comment>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>column</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Model</source>
        <comment>column</comment>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>column</comment>
        <translation>状態</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>column</comment>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Inference</source>
        <comment>column</comment>
        <translation>推論時間</translation>
    </message>
    <message>
        <source>Outputs</source>
        <comment>column</comment>
        <translation>出力</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>column</comment>
        <translation>エラー</translation>
    </message>
    <message>
        <source>%1/%2 saved</source>
        <extracomment>some outputs saved out of all, e.g. &quot;1/2 saved&quot;</extracomment>
        <translation>%1/%2 保存済み</translation>
    </message>
    <message>
        <source>%1: not saved</source>
        <extracomment>output number n of a task is not saved</extracomment>
        <translation>%1：未保存</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>output number and where it was saved</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>expired</source>
        <extracomment>the API deleted the task&apos;s outputs</extracomment>
        <translation>期限切れ</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <extracomment>the outputs expire in this many days</extracomment>
        <translation>
            <numerusform>%n日後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <extracomment>the outputs expire in this many hours</extracomment>
        <translation>
            <numerusform>%n時間後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <extracomment>the outputs expire in this many minutes</extracomment>
        <translation>
            <numerusform>%n分後</numerusform>
        </translation>
    </message>
    <message>
        <source>The API deleted this task and its outputs on %1.</source>
        <translation>APIはこのタスクとその出力を%1に削除しました。</translation>
    </message>
    <message>
        <source>The API deletes this task and its outputs on %1.</source>
        <translation>APIはこのタスクとその出力を%1に削除します。</translation>
    </message>
    <message>
        <source>Some outputs are not saved yet: save them before then.</source>
        <translation>まだ保存していない出力があります。それまでに保存してください。</translation>
    </message>
    <message>
        <source>Expires</source>
        <comment>column</comment>
        <extracomment>when the API deletes the task&apos;s outputs</extracomment>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>%1: %2 (missing)</source>
        <extracomment>output n was saved to a file that is gone now</extracomment>
        <translation>%1：%2（ファイルがありません）</translation>
    </message>
</context>
<context>
    <name>TaskPoller</name>
    <message numerus="yes">
        <source>Stopped watching after %n minute(s) without an end.</source>
        <translation>
            <numerusform>%n分経っても終了しなかったため、監視を打ち切りました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskStore</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>The task list %1 cannot be read and could not be moved aside.</source>
        <translation>タスク一覧 %1 を読み取れず、別の場所に退避することもできませんでした。</translation>
    </message>
    <message>
        <source>The saved task list could not be read by this version, so it was moved to %1 and a new, empty list was started.</source>
        <extracomment>%1 is the path the old, unreadable file was moved to</extracomment>
        <translation>保存されたタスク一覧をこのバージョンでは読み取れなかったため、%1 に移動し、新しい空の一覧を作成しました。</translation>
    </message>
    <message>
        <source>Could not open the task list %1: %2</source>
        <translation>タスク一覧 %1 を開けませんでした：%2</translation>
    </message>
</context>
<context>
    <name>ThumbnailDelegate</name>
    <message>
        <source>…</source>
        <comment>loading preview</comment>
        <extracomment>shown in a preview cell while its thumbnail loads</extracomment>
        <translation>…</translation>
    </message>
</context>
<context>
    <name>Thumbnailer</name>
    <message>
        <source>HTTP %1 from the output host</source>
        <translation>出力ファイルのサーバーからHTTP %1が返されました</translation>
    </message>
    <message>
        <source>Network error %1 while fetching the preview</source>
        <extracomment>%1 is Qt&apos;s numeric network error code</extracomment>
        <translation>プレビューの取得中にネットワークエラー %1 が発生しました</translation>
    </message>
    <message>
        <source>The output host did not answer in time</source>
        <translation>出力ファイルのサーバーから時間内に応答がありませんでした</translation>
    </message>
    <message>
        <source>Redirected more than %1 times</source>
        <translation>リダイレクトが%1回を超えました</translation>
    </message>
    <message>
        <source>Refused to follow a redirect</source>
        <translation>リダイレクトには従いませんでした</translation>
    </message>
    <message>
        <source>The output address is not a web address</source>
        <translation>出力のアドレスがWebアドレスではありません</translation>
    </message>
    <message>
        <source>The output is too large for a preview</source>
        <translation>出力が大きすぎてプレビューを作成できません</translation>
    </message>
    <message>
        <source>The output is not an image</source>
        <translation>出力は画像ではありません</translation>
    </message>
    <message>
        <source>Preview unavailable: the image is too large</source>
        <translation>プレビューを表示できません：画像が大きすぎます</translation>
    </message>
    <message>
        <source>Preview unavailable: the image could not be decoded</source>
        <translation>プレビューを表示できません：画像をデコードできませんでした</translation>
    </message>
    <message>
        <source>No video decoder</source>
        <translation>動画デコーダーがありません</translation>
    </message>
    <message>
        <source>The video could not be decoded</source>
        <translation>動画をデコードできませんでした</translation>
    </message>
    <message>
        <source>The video could not be decoded: %1</source>
        <extracomment>%1 is the media framework&apos;s reason</extracomment>
        <translation>動画をデコードできませんでした：%1</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>Task completed</source>
        <translation>タスクが完了しました</translation>
    </message>
    <message>
        <source>Task failed</source>
        <translation>タスクが失敗しました</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) ended</source>
        <translation>
            <numerusform>%n件のタスクが終了しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>完了 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>失敗 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Outputs about to expire</source>
        <translation>まもなく期限切れになる出力</translation>
    </message>
    <message numerus="yes">
        <source>%n completed task(s) will be deleted by the API within a day, and their outputs are not saved yet.</source>
        <translation>
            <numerusform>完了した%n件のタスクが1日以内にAPIによって削除されますが、その出力はまだ保存されていません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VideoFrameGrabber</name>
    <message>
        <source>Not a video</source>
        <translation>動画ではありません</translation>
    </message>
    <message>
        <source>The video could not be played</source>
        <translation>動画を再生できませんでした</translation>
    </message>
    <message>
        <source>Not a playable video</source>
        <translation>再生できる動画ではありません</translation>
    </message>
    <message>
        <source>The video has no frame to show</source>
        <translation>動画に表示できるフレームがありません</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>タイムアウトしました</translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message>
        <source>Output video</source>
        <translation>出力動画</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>動画の再生位置</translation>
    </message>
    <message>
        <source>Seek</source>
        <translation>シーク</translation>
    </message>
    <message>
        <source>Playing time</source>
        <translation>再生時間</translation>
    </message>
    <message>
        <source>the video cannot be played</source>
        <translation>動画を再生できません</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>video</comment>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Play</source>
        <comment>video</comment>
        <translation>再生</translation>
    </message>
    <message>
        <source>Pause the video</source>
        <translation>動画を一時停止します</translation>
    </message>
    <message>
        <source>Play the video</source>
        <translation>動画を再生します</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>音声オフ</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>音声オン</translation>
    </message>
    <message>
        <source>Turn the sound on</source>
        <translation>音声をオンにします</translation>
    </message>
    <message>
        <source>Mute the sound</source>
        <translation>音声をミュートします</translation>
    </message>
    <message>
        <source>Sound</source>
        <comment>video</comment>
        <translation>音声</translation>
    </message>
    <message>
        <source>Loading…</source>
        <comment>video</comment>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>the position in a video and its length, e.g. &quot;0:03 / 0:05&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Watches WaveSpeedAI prediction tasks.</source>
        <translation>WaveSpeedAIの生成タスクを監視します。</translation>
    </message>
    <message>
        <source>Run against the built-in simulated API; no key needed.</source>
        <translation>内蔵の模擬APIを相手に実行します。キーは不要です。</translation>
    </message>
    <message>
        <source>Task IDs, or any text, URL or JSON holding them.</source>
        <translation>タスクID、またはそれを含む任意のテキスト、URL、JSON。</translation>
    </message>
</context>
</TS>
