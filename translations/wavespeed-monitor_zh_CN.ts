<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddTasksDialog</name>
    <message>
        <source>Add Tasks</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <source>Paste task IDs, prediction URLs or API responses. Every task ID found in the text is added.</source>
        <translation>粘贴任务 ID、任务 URL 或 API 响应。文本中找到的每个任务 ID 都会被添加。</translation>
    </message>
    <message>
        <source>Text holding task IDs</source>
        <translation>包含任务 ID 的文本</translation>
    </message>
    <message>
        <source>e.g. https://api.wavespeed.ai/api/v3/predictions/…/result</source>
        <translation>例如 https://api.wavespeed.ai/api/v3/predictions/…/result</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Watch every task ID found in the text</source>
        <translation>监视文本中找到的所有任务 ID</translation>
    </message>
    <message>
        <source>No task IDs found yet.</source>
        <translation>尚未找到任务 ID。</translation>
    </message>
    <message numerus="yes">
        <source>%n task ID(s) found.</source>
        <translation>
            <numerusform>找到 %n 个任务 ID。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>“%1” is not a valid URL.</source>
        <translation>“%1”不是有效的 URL。</translation>
    </message>
    <message>
        <source>The API base must not hold a user name, query or fragment.</source>
        <translation>API 基础地址不能包含用户名、查询参数或片段。</translation>
    </message>
    <message>
        <source>Plain http is allowed only for loopback hosts; use https.</source>
        <translation>仅环回主机允许使用未加密的 http，请使用 https。</translation>
    </message>
    <message>
        <source>The API base must be an https URL.</source>
        <translation>API 基础地址必须是 https URL。</translation>
    </message>
    <message>
        <source>The reply is larger than %1 bytes.</source>
        <translation>响应超过了 %1 字节。</translation>
    </message>
    <message>
        <source>No complete reply within %1 seconds.</source>
        <translation>%1 秒内未收到完整响应。</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>empty reply</source>
        <translation>空响应</translation>
    </message>
    <message>
        <source>an HTML page instead of JSON</source>
        <translation>收到的是 HTML 页面而不是 JSON</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>无效的 JSON（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <source>JSON that is not an object</source>
        <translation>JSON 不是对象</translation>
    </message>
    <message>
        <source>an unreadable envelope code</source>
        <translation>无法识别的响应代码</translation>
    </message>
    <message>
        <source>JSON without the documented envelope</source>
        <translation>不符合文档所述结构的 JSON</translation>
    </message>
    <message>
        <source>API code %1</source>
        <translation>API 代码 %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>No error.</source>
        <translation>没有错误。</translation>
    </message>
    <message>
        <source>The API key was rejected</source>
        <translation>API 密钥被拒绝</translation>
    </message>
    <message>
        <source>The API key was rejected (%1)</source>
        <translation>API 密钥被拒绝（%1）</translation>
    </message>
    <message>
        <source>The task was not found</source>
        <extracomment>Predictions are deleted by WaveSpeed after 7 days, which is the usual cause.</extracomment>
        <translation>找不到该任务</translation>
    </message>
    <message>
        <source>The task was not found (%1)</source>
        <translation>找不到该任务（%1）</translation>
    </message>
    <message>
        <source>Rate limited by the API; retrying in %1 s</source>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation>受到 API 速率限制，%1 秒后重试</translation>
    </message>
    <message>
        <source>Rate limited by the API; retrying later</source>
        <translation>受到 API 速率限制，稍后重试</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>Server error (%1)</source>
        <translation>服务器错误（%1）</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>The API did not answer in time</source>
        <translation>API 未及时响应</translation>
    </message>
    <message>
        <source>The API sent an unreadable answer</source>
        <translation>API 返回了无法读取的响应</translation>
    </message>
    <message>
        <source>The API answered with a redirect, not followed</source>
        <extracomment>The key is never sent to another address, so redirects are not followed.</extracomment>
        <translation>API 返回了重定向，未予跟随</translation>
    </message>
    <message>
        <source>The API answered with a redirect (%1), not followed</source>
        <translation>API 返回了重定向（%1），未予跟随</translation>
    </message>
    <message>
        <source>The API refused the request</source>
        <translation>API 拒绝了请求</translation>
    </message>
    <message>
        <source>The API refused the request (%1)</source>
        <translation>API 拒绝了请求（%1）</translation>
    </message>
    <message>
        <source>Refusing to send the API key over plain HTTP to a non-local address</source>
        <translation>拒绝通过未加密的 HTTP 向非本地地址发送 API 密钥</translation>
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
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Your WaveSpeed API key, from wavespeed.ai under Access Keys</source>
        <translation>您的 WaveSpeed API 密钥，可在 wavespeed.ai 的“Access Keys”页面获取</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>reveal the API key</comment>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>显示 API 密钥</translation>
    </message>
    <message>
        <source>Show or hide the characters of the key</source>
        <translation>显示或隐藏密钥的字符</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Check key</source>
        <translation>检查密钥(&amp;C)</translation>
    </message>
    <message>
        <source>Check the API key</source>
        <translation>检查 API 密钥</translation>
    </message>
    <message>
        <source>Ask the WaveSpeed API whether it accepts this key</source>
        <translation>向 WaveSpeed API 确认是否接受此密钥</translation>
    </message>
    <message>
        <source>Key check result</source>
        <translation>密钥检查结果</translation>
    </message>
    <message>
        <source>What the API answered to the last key check</source>
        <translation>API 对上次密钥检查的答复</translation>
    </message>
    <message>
        <source>Hide</source>
        <comment>hide the API key</comment>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>钥匙串警告</translation>
    </message>
    <message>
        <source>Keep the key for this &amp;session only</source>
        <translation>仅在本次会话中保留密钥(&amp;S)</translation>
    </message>
    <message>
        <source>Forget the key when the application quits</source>
        <translation>退出应用程序时丢弃密钥</translation>
    </message>
    <message>
        <source>Store it &amp;unencrypted in the settings file (anyone who can read your files can use your key)</source>
        <translation>以未加密形式保存在设置文件中(&amp;U)（任何能读取您文件的人都能使用您的密钥）</translation>
    </message>
    <message>
        <source>Write the key into the settings file as plain text</source>
        <translation>将密钥以明文形式写入设置文件</translation>
    </message>
    <message>
        <source>The key from the WAVESPEED_API_KEY environment variable is in use; unset it to use a saved key.</source>
        <translation>正在使用环境变量 WAVESPEED_API_KEY 中的密钥；如需使用已保存的密钥，请取消设置该变量。</translation>
    </message>
    <message>
        <source>The key is stored unencrypted in the settings file.</source>
        <translation>密钥以未加密形式保存在设置文件中。</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>密钥仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>The key is kept in the system keychain.</source>
        <translation>密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Enter a key to check.</source>
        <translation>请输入要检查的密钥。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>The API rejected this key</source>
        <translation>API 拒绝了此密钥</translation>
    </message>
    <message>
        <source>Key accepted</source>
        <translation>密钥有效</translation>
    </message>
    <message>
        <source>Key accepted · balance $%1</source>
        <extracomment>%1 is the account balance in US dollars, e.g. 12.50</extracomment>
        <translation>密钥有效 · 余额 $%1</translation>
    </message>
    <message>
        <source>This does not look like a WaveSpeed API key.</source>
        <translation>这看起来不像 WaveSpeed API 密钥。</translation>
    </message>
    <message>
        <source>Saving the key in the system keychain…</source>
        <translation>正在将密钥保存到系统钥匙串…</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>系统钥匙串不可用。</translation>
    </message>
    <message>
        <source>No system keychain is available. Choose where to keep the key, then press OK.</source>
        <translation>系统钥匙串不可用。请选择密钥的保存方式，然后点击“确定”。</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>Watches WaveSpeedAI prediction tasks until they end, and saves their outputs.</source>
        <translation>监视 WaveSpeedAI 生成任务直至结束，并保存其输出。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Task IDs, or any text, URL or JSON holding them; &quot;-&quot; reads standard input.</source>
        <translation>任务 ID，或包含任务 ID 的任意文本、URL 或 JSON；“-”表示从标准输入读取。</translation>
    </message>
    <message>
        <source>[TEXT ...]</source>
        <translation>[TEXT ...]</translation>
    </message>
    <message>
        <source>API root (default https://api.wavespeed.ai, or WAVESPEED_API_BASE); plain http only for loopback hosts.</source>
        <translation>API 根地址（默认为 https://api.wavespeed.ai 或 WAVESPEED_API_BASE）；仅环回主机可使用未加密的 http。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Save every output of each completed task into DIR.</source>
        <translation>将每个已完成任务的所有输出保存到 DIR。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Stop watching a task after this long (default %1).</source>
        <translation>监视任务的最长秒数，超过后停止（默认 %1）。</translation>
    </message>
    <message>
        <source>SECS</source>
        <translation>SECS</translation>
    </message>
    <message>
        <source>One JSON object per line on standard output.</source>
        <translation>在标准输出上每行输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Run against the built-in simulated API; no key needed.</source>
        <translation>使用内置的模拟 API 运行，无需密钥。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本信息。</translation>
    </message>
    <message>
        <source>Invalid API base %1: %2</source>
        <translation>无效的 API 基础地址 %1：%2</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to %1, not “%2”.</source>
        <translation>--timeout 需要 1 到 %1 之间的秒数，而不是“%2”。</translation>
    </message>
    <message>
        <source>--download needs a folder.</source>
        <translation>--download 需要指定一个文件夹。</translation>
    </message>
    <message>
        <source>When the run ends, write every watched task to FILE as JSON (status, outputs, error, saved paths).</source>
        <translation>运行结束时，将所有监视的任务以 JSON 格式写入 FILE（状态、输出、错误、保存路径）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Also watch every task of the account created within DURATION (e.g. 90m, 24h, 3d; units s, m, h, d; at most 7d).</source>
        <translation>同时监视账户中在 DURATION 内创建的所有任务（例如 90m、24h、3d；单位为 s、m、h、d；最多 7d）。</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURATION</translation>
    </message>
    <message>
        <source>--import-since takes a whole positive number with a unit s, m, h or d, of at most 7 days (e.g. 90m, 24h, 3d), not “%1”.</source>
        <translation>--import-since 需要一个带单位 s、m、h 或 d 的正整数，且不超过 7 天（例如 90m、24h、3d），而不是“%1”。</translation>
    </message>
    <message>
        <source>--export needs a file name.</source>
        <translation>--export 需要指定一个文件名。</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Cannot create the download folder %1.</source>
        <translation>无法创建下载文件夹 %1。</translation>
    </message>
    <message>
        <source>No task ID found in the input.</source>
        <translation>输入中未找到任务 ID。</translation>
    </message>
    <message>
        <source>No API key: set %1, or save a key in the desktop app.</source>
        <translation>没有 API 密钥：请设置 %1，或在桌面应用中保存密钥。</translation>
    </message>
    <message>
        <source>(System keychain: %1)</source>
        <translation>（系统钥匙串：%1）</translation>
    </message>
    <message>
        <source>The simulated API could not start: %1</source>
        <translation>模拟 API 无法启动：%1</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>Demo: a simulated WaveSpeed API runs at %1; no key needed.</source>
        <translation>演示：模拟的 WaveSpeed API 运行于 %1，无需密钥。</translation>
    </message>
    <message>
        <source>Demo: outputs are saved into %1</source>
        <translation>演示：输出将保存到 %1</translation>
    </message>
    <message>
        <source>The simulator refused a demo task: %1</source>
        <translation>模拟器拒绝了一个演示任务：%1</translation>
    </message>
    <message>
        <source>No demo task could be submitted.</source>
        <translation>未能提交任何演示任务。</translation>
    </message>
    <message>
        <source>The API rejected the key. Check %1 or the key saved in the desktop app.</source>
        <translation>API 拒绝了该密钥。请检查 %1 或桌面应用中保存的密钥。</translation>
    </message>
    <message>
        <source>The account&apos;s tasks could not be listed: %1</source>
        <translation>无法列出账户的任务：%1</translation>
    </message>
    <message>
        <source>Import from the account: no tasks found since %1.</source>
        <translation>从账户导入：自 %1 以来未找到任何任务。</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>无法读取系统钥匙串：%1</translation>
    </message>
    <message>
        <source>The system keychain did not answer</source>
        <translation>系统钥匙串没有响应</translation>
    </message>
    <message>
        <source>This does not look like a WaveSpeed API key.</source>
        <translation>这看起来不像 WaveSpeed API 密钥。</translation>
    </message>
    <message>
        <source>The key could not be saved in the system keychain: %1</source>
        <translation>无法将密钥保存到系统钥匙串：%1</translation>
    </message>
    <message>
        <source>The key could not be removed from the system keychain: %1</source>
        <translation>无法从系统钥匙串中删除密钥：%1</translation>
    </message>
</context>
<context>
    <name>Downloader</name>
    <message>
        <source>The output host refused the connection</source>
        <translation>输出文件服务器拒绝了连接</translation>
    </message>
    <message>
        <source>The output host closed the connection early</source>
        <translation>输出文件服务器过早断开了连接</translation>
    </message>
    <message>
        <source>The output host was not found</source>
        <translation>找不到输出文件服务器</translation>
    </message>
    <message>
        <source>The connection to the output host timed out</source>
        <translation>连接输出文件服务器超时</translation>
    </message>
    <message>
        <source>The secure connection to the output host failed</source>
        <translation>与输出文件服务器建立安全连接失败</translation>
    </message>
    <message>
        <source>The network is not available</source>
        <translation>网络不可用</translation>
    </message>
    <message>
        <source>The proxy failed to fetch the output</source>
        <translation>代理服务器无法获取输出</translation>
    </message>
    <message>
        <source>Network error %1 while fetching the output</source>
        <extracomment>%1 is Qt&apos;s numeric network error code</extracomment>
        <translation>获取输出时发生网络错误 %1</translation>
    </message>
    <message>
        <source>The output host sent nothing for %1 seconds</source>
        <translation>输出文件服务器在 %1 秒内没有发送任何数据</translation>
    </message>
    <message>
        <source>HTTP %1 from the output host</source>
        <translation>输出文件服务器返回 HTTP %1</translation>
    </message>
    <message>
        <source>Redirected more than %1 times</source>
        <translation>重定向超过 %1 次</translation>
    </message>
    <message>
        <source>Refused to follow a redirect from https to http</source>
        <translation>已拒绝从 https 重定向到 http</translation>
    </message>
    <message>
        <source>The output address is not a web address</source>
        <translation>输出地址不是网址</translation>
    </message>
    <message>
        <source>Only http and https addresses can be saved, not &quot;%1&quot;</source>
        <translation>只能保存 http 和 https 地址，无法保存“%1”</translation>
    </message>
    <message>
        <source>Received %1 bytes but the server announced %2</source>
        <translation>收到 %1 字节，但服务器声明的大小为 %2 字节</translation>
    </message>
    <message>
        <source>Not enough free space in %1: the output needs %2, only %3 are free</source>
        <extracomment>%1 is a folder, %2 and %3 are sizes such as &quot;1.5 GiB&quot;</extracomment>
        <translation>%1 的可用空间不足：输出需要 %2，但仅剩 %3</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason, e.g. &quot;No space left on device&quot;</extracomment>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>No free file name left for this output in %1</source>
        <translation>%1 中已没有可供此输出使用的文件名</translation>
    </message>
</context>
<context>
    <name>EventWriter</name>
    <message numerus="yes">
        <source>%1  completed  %n output(s)</source>
        <translation>
            <numerusform>%1  已完成  %n 个输出</numerusform>
        </translation>
    </message>
    <message>
        <source>, inference %1 s</source>
        <translation>，推理 %1 秒</translation>
    </message>
    <message>
        <source>%1  saved %2 (%3 bytes)</source>
        <translation>%1  已保存 %2（%3 字节）</translation>
    </message>
    <message>
        <source>%1  download failed: %2</source>
        <translation>%1  下载失败：%2</translation>
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
        <translation>已有搜索正在进行。</translation>
    </message>
</context>
<context>
    <name>HistoryQuery</name>
    <message>
        <source>Choose when the range starts and when it ends.</source>
        <translation>请选择时间范围的开始和结束时间。</translation>
    </message>
    <message>
        <source>A page holds from 1 to %1 tasks.</source>
        <translation>每页可包含 1 到 %1 个任务。</translation>
    </message>
    <message>
        <source>The range starts after it ends.</source>
        <translation>时间范围的开始晚于结束。</translation>
    </message>
    <message>
        <source>a list of tasks that is not an object</source>
        <translation>任务列表不是对象</translation>
    </message>
    <message numerus="yes">
        <source>The API keeps tasks for %n day(s) only: choose a start within the last %n day(s).</source>
        <translation>
            <numerusform>API 仅保留 %n 天内的任务：请选择最近 %n 天内的开始时间。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageFetch</name>
    <message>
        <source>the output is not an image this app can show</source>
        <translation>该输出不是本应用能够显示的图像</translation>
    </message>
    <message>
        <source>the image is too large to preview (%1 × %2 pixels)</source>
        <translation>图像过大，无法预览（%1 × %2 像素）</translation>
    </message>
    <message>
        <source>the image could not be decoded (%1)</source>
        <translation>无法解码图像（%1）</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Output image</source>
        <translation>输出图像</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Recent Tasks</source>
        <translation>导入最近的任务</translation>
    </message>
    <message numerus="yes">
        <source>Search stopped; %n task(s) found so far.</source>
        <translation>
            <numerusform>搜索已停止；目前已找到 %n 个任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no API key yet. Enter one in Settings to find your tasks.</source>
        <translation>尚未设置 API 密钥。请在设置中输入密钥以查找您的任务。</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>创建时间（开始）</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>创建时间（结束）</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>task status</comment>
        <translation>全部</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>task status</comment>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>task status</comment>
        <translation>失败</translation>
    </message>
    <message>
        <source>Processing</source>
        <comment>task status</comment>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>task status</comment>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Any model</source>
        <translation>任意模型</translation>
    </message>
    <message>
        <source>A model ID such as wavespeed-ai/flux-dev; empty for any</source>
        <translation>模型 ID，例如 wavespeed-ai/flux-dev；留空表示任意模型</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>List the account&apos;s tasks in this range</source>
        <translation>列出账户在此时间范围内的任务</translation>
    </message>
    <message>
        <source>Search progress</source>
        <translation>搜索进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>search</comment>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop searching; the tasks found so far stay listed</source>
        <translation>停止搜索；已找到的任务仍保留在列表中</translation>
    </message>
    <message>
        <source>Tasks found</source>
        <translation>找到的任务</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <source>Watch the checked tasks</source>
        <translation>监视已勾选的任务</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>开始时间(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>结束时间(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message numerus="yes">
        <source>Found %n task(s)</source>
        <translation>
            <numerusform>已找到 %n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Found %1 of %2</source>
        <extracomment>%1 tasks found so far of %2 in all</extracomment>
        <translation>已找到 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>Already watched</source>
        <translation>已在监视中</translation>
    </message>
    <message>
        <source>No tasks found in this range.</source>
        <translation>此时间范围内未找到任务。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) found.</source>
        <translation>
            <numerusform>找到 %n 个任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>The API rejected the key. Open Settings to enter another one.</source>
        <translation>API 拒绝了该密钥。请打开设置输入其他密钥。</translation>
    </message>
    <message>
        <source>The account&apos;s tasks could not be listed: %1</source>
        <translation>无法列出账户的任务：%1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n Task(s)</source>
        <translation>
            <numerusform>添加 %n 个任务(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add Tasks</source>
        <translation>添加任务(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) found, %1 of them already watched.</source>
        <translation>
            <numerusform>找到 %n 个任务，其中 %1 个已在监视中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The task list cannot be kept between runs: %1</source>
        <translation>无法在两次运行之间保留任务列表：%1</translation>
    </message>
    <message>
        <source>The API rejected the key. Open Settings to enter another one.</source>
        <translation>API 拒绝了该密钥。请打开设置输入其他密钥。</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Search ID, model or error</source>
        <translation>搜索 ID、模型或错误</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>搜索任务</translation>
    </message>
    <message>
        <source>Show only tasks whose ID, model or error contains this text</source>
        <translation>仅显示 ID、模型或错误中包含此文本的任务</translation>
    </message>
    <message>
        <source>Show tasks by state</source>
        <translation>按状态显示任务</translation>
    </message>
    <message>
        <source>Show only tasks in these states</source>
        <translation>仅显示处于这些状态的任务</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>全部任务</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Invalid API base %1: %2</source>
        <translation>无效的 API 基础地址 %1：%2</translation>
    </message>
    <message>
        <source>No API key yet. Open Settings to enter one.</source>
        <translation>尚未设置 API 密钥。请打开设置输入密钥。</translation>
    </message>
    <message>
        <source>The simulated API could not start: %1</source>
        <translation>模拟 API 无法启动：%1</translation>
    </message>
    <message numerus="yes">
        <source>Demo: %n sample task(s) submitted to the simulated API.</source>
        <translation>
            <numerusform>演示：已向模拟 API 提交 %n 个示例任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo: the simulator refused a task: %1</source>
        <translation>演示：模拟器拒绝了一个任务：%1</translation>
    </message>
    <message>
        <source>&amp;Add Tasks…</source>
        <translation>添加任务(&amp;A)…</translation>
    </message>
    <message>
        <source>Paste task IDs, URLs or API responses to watch</source>
        <translation>粘贴要监视的任务 ID、URL 或 API 响应</translation>
    </message>
    <message>
        <source>&amp;Paste Tasks</source>
        <translation>粘贴任务(&amp;P)</translation>
    </message>
    <message>
        <source>Watch every task ID in the clipboard</source>
        <translation>监视剪贴板中的所有任务 ID</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>下载(&amp;D)</translation>
    </message>
    <message>
        <source>Save every output of the selected tasks into the download folder</source>
        <translation>将所选任务的所有输出保存到下载文件夹</translation>
    </message>
    <message>
        <source>Download All &amp;Completed</source>
        <translation>下载全部已完成(&amp;C)</translation>
    </message>
    <message>
        <source>Save the outputs of every completed task not saved yet</source>
        <translation>保存所有已完成但尚未保存的任务的输出</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <source>Open the folder the outputs were saved in</source>
        <translation>打开保存输出的文件夹</translation>
    </message>
    <message>
        <source>Check &amp;Now</source>
        <translation>立即检查(&amp;N)</translation>
    </message>
    <message>
        <source>Check the selected tasks as soon as their minimum interval allows</source>
        <translation>在最小间隔允许的情况下尽快检查所选任务</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>暂停(&amp;U)</translation>
    </message>
    <message>
        <source>Stop or resume checking the selected tasks</source>
        <translation>暂停或继续检查所选任务</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Stop watching the selected tasks and remove them</source>
        <translation>停止监视所选任务并将其移除</translation>
    </message>
    <message>
        <source>&amp;Copy IDs</source>
        <translation>复制 ID(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the IDs of the selected tasks</source>
        <translation>复制所选任务的 ID</translation>
    </message>
    <message>
        <source>&amp;Open Preview</source>
        <translation>打开预览(&amp;O)</translation>
    </message>
    <message>
        <source>Show the selected task in the preview pane</source>
        <translation>在预览窗格中显示所选任务</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Select every task in the table</source>
        <translation>选择表格中的所有任务</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>API key, download folder and polling</source>
        <translation>API 密钥、下载文件夹和轮询</translation>
    </message>
    <message>
        <source>&amp;Preview Pane</source>
        <translation>预览窗格(&amp;P)</translation>
    </message>
    <message>
        <source>Show or hide the preview pane</source>
        <translation>显示或隐藏预览窗格</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit; unfinished tasks resume at the next start</source>
        <translation>退出；未完成的任务将在下次启动时继续</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Version, licence and libraries</source>
        <translation>版本、许可证和所用的库</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>任务(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) removed.</source>
        <translation>
            <numerusform>已移除 %n 个任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;Watches WaveSpeedAI prediction tasks and saves their outputs.&lt;/p&gt;&lt;p&gt;MIT licence. Built with Qt %3 and QtKeychain.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;监视 WaveSpeedAI 生成任务并保存其输出。&lt;/p&gt;&lt;p&gt;MIT 许可证。使用 Qt %3 和 QtKeychain 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>继续(&amp;U)</translation>
    </message>
    <message>
        <source>No task IDs found in the dropped text.</source>
        <translation>拖放的文本中未找到任务 ID。</translation>
    </message>
    <message>
        <source>No task IDs found in the clipboard.</source>
        <translation>剪贴板中未找到任务 ID。</translation>
    </message>
    <message>
        <source>No task IDs found in the text.</source>
        <translation>文本中未找到任务 ID。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) added</source>
        <translation>
            <numerusform>已添加 %n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already watched</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n 个已在监视中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving the outputs of %n task(s) into %1</source>
        <translation>
            <numerusform>正在将 %n 个任务的输出保存到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save: only completed tasks have outputs.</source>
        <translation>没有可保存的内容：只有已完成的任务才有输出。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n output(s) of %1.</source>
        <translation>
            <numerusform>已保存 %1 的 %n 个输出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save every output of %1: %2</source>
        <translation>未能保存 %1 的全部输出：%2</translation>
    </message>
    <message>
        <source>&amp;Import Recent Tasks…</source>
        <translation>导入最近的任务(&amp;I)…</translation>
    </message>
    <message>
        <source>Find the tasks of your account from the last 7 days and watch them</source>
        <translation>查找您账户中最近 7 天的任务并监视它们</translation>
    </message>
    <message>
        <source>Save Everything About to &amp;Expire</source>
        <translation>保存所有即将过期的输出(&amp;E)</translation>
    </message>
    <message>
        <source>Save the outputs of every completed task that the API deletes within a day</source>
        <translation>保存 API 将在一天内删除的所有已完成任务的输出</translation>
    </message>
    <message>
        <source>&amp;Export Selected…</source>
        <translation>导出所选任务(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the selected tasks to a CSV or JSON file</source>
        <translation>将所选任务保存为 CSV 或 JSON 文件</translation>
    </message>
    <message>
        <source>Export A&amp;ll…</source>
        <translation>全部导出(&amp;L)…</translation>
    </message>
    <message>
        <source>Save every task to a CSV or JSON file</source>
        <translation>将所有任务保存为 CSV 或 JSON 文件</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown Table</source>
        <translation>复制为 Markdown 表格(&amp;M)</translation>
    </message>
    <message>
        <source>Copy the selected tasks, or every task when none is selected, as a Markdown table</source>
        <translation>将所选任务（未选择任何任务时为所有任务）复制为 Markdown 表格</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n task(s) as a Markdown table.</source>
        <translation>
            <numerusform>已将 %n 个任务复制为 Markdown 表格。</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Export Tasks</source>
        <translation>导出任务</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个任务导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save: every output is saved already.</source>
        <translation>没有可保存的内容：所有输出均已保存。</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <extracomment>completed tasks whose unsaved outputs the API deletes within a day</extracomment>
        <translation>即将过期</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>The model list is not a list.</source>
        <translation>模型列表不是列表格式。</translation>
    </message>
</context>
<context>
    <name>Monitor</name>
    <message>
        <source>The API rejected the key; every task is paused.</source>
        <translation>API 拒绝了该密钥，所有任务均已暂停。</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited by the API; every check waits %n second(s).</source>
        <translation>
            <numerusform>受到 API 速率限制，所有检查将等待 %n 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>The rate limit is over; checks resume.</source>
        <translation>速率限制已解除，检查将继续。</translation>
    </message>
    <message>
        <source>%1 Checking again in %2 s.</source>
        <translation>%1 %2 秒后重新检查。</translation>
    </message>
</context>
<context>
    <name>OutputFetch</name>
    <message>
        <source>the output host refused the connection</source>
        <translation>输出文件服务器拒绝了连接</translation>
    </message>
    <message>
        <source>the output host was not found</source>
        <translation>找不到输出文件服务器</translation>
    </message>
    <message>
        <source>the connection to the output host timed out</source>
        <translation>连接输出文件服务器超时</translation>
    </message>
    <message>
        <source>the secure connection to the output host failed</source>
        <translation>与输出文件服务器建立安全连接失败</translation>
    </message>
    <message>
        <source>network error %1</source>
        <extracomment>%1 is Qt&apos;s numeric network error code</extracomment>
        <translation>网络错误 %1</translation>
    </message>
    <message>
        <source>the output host answered HTTP %1; outputs are deleted after 7 days</source>
        <translation>输出文件服务器返回 HTTP %1；输出会在 7 天后删除</translation>
    </message>
    <message>
        <source>the output host answered HTTP %1</source>
        <translation>输出文件服务器返回 HTTP %1</translation>
    </message>
    <message>
        <source>only http and https outputs can be shown</source>
        <translation>只能显示 http 和 https 输出</translation>
    </message>
    <message>
        <source>the output host sent nothing for %1 seconds</source>
        <translation>输出文件服务器在 %1 秒内没有发送任何数据</translation>
    </message>
    <message>
        <source>redirected more than %1 times</source>
        <translation>重定向超过 %1 次</translation>
    </message>
    <message>
        <source>refused to follow a redirect to an unsafe address</source>
        <translation>已拒绝重定向到不安全的地址</translation>
    </message>
    <message>
        <source>the output is larger than %1 MB</source>
        <translation>输出大于 %1 MB</translation>
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
        <translation>显示</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>download</comment>
        <extracomment>a button in a task&apos;s row: tries the failed download again</extracomment>
        <translation>重试</translation>
    </message>
    <message>
        <source>Save every output of this task into the download folder</source>
        <translation>将此任务的所有输出保存到下载文件夹</translation>
    </message>
    <message>
        <source>Saving output %1 of %2…</source>
        <translation>正在保存第 %1 个输出（共 %2 个）…</translation>
    </message>
    <message>
        <source>Show the saved files in their folder</source>
        <translation>在文件夹中显示已保存的文件</translation>
    </message>
    <message>
        <source>Saving failed. Click to try again.</source>
        <translation>保存失败。点击即可重试。</translation>
    </message>
    <message>
        <source>Saving failed: %1
Click to try again.</source>
        <extracomment>%1 is why saving the outputs failed</extracomment>
        <translation>保存失败：%1
点击即可重试。</translation>
    </message>
</context>
<context>
    <name>Prediction</name>
    <message>
        <source>content moderation</source>
        <comment>task error code</comment>
        <translation>内容审核</translation>
    </message>
    <message>
        <source>missing parameter</source>
        <comment>task error code</comment>
        <translation>缺少参数</translation>
    </message>
    <message>
        <source>invalid parameter</source>
        <comment>task error code</comment>
        <translation>参数无效</translation>
    </message>
    <message>
        <source>media could not be fetched</source>
        <comment>task error code</comment>
        <translation>无法获取媒体</translation>
    </message>
    <message>
        <source>task failed</source>
        <comment>task error code</comment>
        <translation>任务失败</translation>
    </message>
    <message>
        <source>internal error</source>
        <comment>task error code</comment>
        <translation>内部错误</translation>
    </message>
    <message>
        <source>service unavailable</source>
        <comment>task error code</comment>
        <translation>服务不可用</translation>
    </message>
    <message>
        <source>timeout</source>
        <comment>task error code</comment>
        <translation>超时</translation>
    </message>
    <message>
        <source>the reply holds no prediction object</source>
        <translation>响应中没有 prediction 对象</translation>
    </message>
    <message>
        <source>a prediction without id or status</source>
        <translation>缺少 id 或 status 的 prediction</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Select a task to preview it</source>
        <translation>选择一个任务即可预览</translation>
    </message>
    <message>
        <source>Preview unavailable: %1</source>
        <translation>无法预览：%1</translation>
    </message>
    <message>
        <source>this kind of output has no preview; open it in the browser</source>
        <translation>此类输出没有预览，请在浏览器中打开</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>正在加载预览…</translation>
    </message>
    <message>
        <source>This task completed without outputs</source>
        <translation>此任务已完成，但没有输出</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>state: error</comment>
        <extracomment>%1 is the task&apos;s state, e.g. &quot;Failed&quot;, %2 the error and its meaning</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The preview appears when the task completes</source>
        <translation>任务完成后将显示预览</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>output position</comment>
        <extracomment>the output shown and how many the task has, e.g. &quot;2 / 3&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>This output was flagged as sensitive.</source>
        <translation>此输出被标记为敏感内容。</translation>
    </message>
    <message>
        <source>Show flagged content</source>
        <translation>显示被标记的内容</translation>
    </message>
    <message>
        <source>Show this task&apos;s flagged outputs without the blur</source>
        <translation>取消模糊，显示此任务被标记的输出</translation>
    </message>
    <message>
        <source>‹</source>
        <comment>previous output</comment>
        <translation>‹</translation>
    </message>
    <message>
        <source>Show the previous output of this task</source>
        <translation>显示此任务的上一个输出</translation>
    </message>
    <message>
        <source>Previous output</source>
        <translation>上一个输出</translation>
    </message>
    <message>
        <source>›</source>
        <comment>next output</comment>
        <translation>›</translation>
    </message>
    <message>
        <source>Show the next output of this task</source>
        <translation>显示此任务的下一个输出</translation>
    </message>
    <message>
        <source>Next output</source>
        <translation>下一个输出</translation>
    </message>
    <message>
        <source>Output number</source>
        <translation>输出序号</translation>
    </message>
    <message>
        <source>Fit</source>
        <comment>zoom</comment>
        <translation>适应窗格</translation>
    </message>
    <message>
        <source>Fit the image to the pane (Ctrl+0); zoom with Ctrl+wheel, Ctrl++ and Ctrl+-</source>
        <translation>使图像适应窗格大小（Ctrl+0）；用 Ctrl+滚轮、Ctrl++ 和 Ctrl+- 缩放</translation>
    </message>
    <message>
        <source>Fit to pane</source>
        <translation>适应窗格</translation>
    </message>
    <message>
        <source>100%</source>
        <comment>zoom</comment>
        <translation>100%</translation>
    </message>
    <message>
        <source>Show the image at its actual size</source>
        <translation>以实际大小显示图像</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>%1: &quot;%2&quot; must be a number from 0 to 1</source>
        <translation>%1：“%2”必须是 0 到 1 之间的数字</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a whole number from %3 to %4</source>
        <translation>%1：“%2”必须是 %3 到 %4 之间的整数</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be [min, max] with 0 &lt;= min &lt;= max &lt;= %3</source>
        <translation>%1：“%2”必须是满足 0 &lt;= min &lt;= max &lt;= %3 的 [min, max]</translation>
    </message>
    <message>
        <source>model &quot;%1&quot;</source>
        <translation>模型“%1”</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 必须是对象</translation>
    </message>
    <message>
        <source>%1: &quot;type&quot; must read like &quot;text-to-image&quot;</source>
        <translation>%1：“type”的格式必须类似“text-to-image”</translation>
    </message>
    <message>
        <source>%1: the fail, cancel and timeout rates add up to more than 1</source>
        <translation>%1：失败、取消和超时的比率之和大于 1</translation>
    </message>
    <message>
        <source>&quot;faults&quot; must be an object</source>
        <translation>“faults”必须是对象</translation>
    </message>
    <message>
        <source>faults: the server error, rate limit, reset and malformed rates add up to more than 1</source>
        <translation>faults：服务器错误、速率限制、连接重置和格式错误的比率之和大于 1</translation>
    </message>
    <message>
        <source>&quot;faults.rate_limit&quot; must be an object</source>
        <translation>“faults.rate_limit”必须是对象</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>偏移量 %1 处的 JSON 无效：%2</translation>
    </message>
    <message>
        <source>a scenario must be a JSON object</source>
        <translation>场景必须是 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;models&quot; must be an object keyed by model path</source>
        <translation>“models”必须是以模型路径为键的对象</translation>
    </message>
    <message>
        <source>a model path must not be empty</source>
        <translation>模型路径不能为空</translation>
    </message>
    <message>
        <source>&quot;balance&quot; must be a number of at least 0</source>
        <translation>“balance”必须是不小于 0 的数字</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Monitoring</source>
        <translation>监视</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes</comment>
        <extracomment>Suffix of a number of minutes, with its leading space</extracomment>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Per-task timeout in minutes</source>
        <translation>每个任务的超时时间（分钟）</translation>
    </message>
    <message>
        <source>Stop watching a task that has not ended after this long</source>
        <translation>任务超过此时长仍未结束时，停止监视</translation>
    </message>
    <message>
        <source>Stop watching a task &amp;after:</source>
        <translation>任务监视时限(&amp;A)：</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>每秒请求数</translation>
    </message>
    <message>
        <source>The most requests sent to the API in one second, for all tasks together</source>
        <translation>所有任务合计每秒最多向 API 发送的请求数</translation>
    </message>
    <message>
        <source>&amp;Requests per second:</source>
        <translation>每秒请求数(&amp;R)：</translation>
    </message>
    <message>
        <source>Show a &amp;notification when a task ends</source>
        <translation>任务结束时显示通知(&amp;N)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Tell when a task completes or fails while the window is in the background</source>
        <translation>窗口位于后台时，在任务完成或失败后发出通知</translation>
    </message>
    <message>
        <source>&amp;Blur previews flagged as not safe for work</source>
        <translation>模糊被标记为不宜公开（NSFW）的预览(&amp;B)</translation>
    </message>
    <message>
        <source>Blur NSFW previews</source>
        <translation>模糊 NSFW 预览</translation>
    </message>
    <message>
        <source>Blur outputs the API flags as NSFW until you click them</source>
        <translation>将 API 标记为 NSFW 的输出模糊显示，直到您点击它们</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>下载文件夹</translation>
    </message>
    <message>
        <source>Where outputs are saved; empty uses the default folder</source>
        <translation>输出的保存位置；留空则使用默认文件夹</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>浏览(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>选择下载文件夹</translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation>下载文件夹(&amp;D)：</translation>
    </message>
    <message>
        <source>Choose the Download Folder</source>
        <translation>选择下载文件夹</translation>
    </message>
    <message>
        <source>System default</source>
        <comment>language</comment>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language of the application; takes effect after a restart</source>
        <translation>应用程序的界面语言；重启后生效</translation>
    </message>
    <message>
        <source>Takes effect after a restart</source>
        <translation>重启后生效</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Save the settings and close</source>
        <translation>保存设置并关闭</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>不保存并关闭</translation>
    </message>
    <message>
        <source>All in the download folder</source>
        <comment>save layout</comment>
        <translation>全部放在下载文件夹中</translation>
    </message>
    <message>
        <source>In a folder per day</source>
        <comment>save layout</comment>
        <translation>按日期分文件夹</translation>
    </message>
    <message>
        <source>In a folder per model</source>
        <comment>save layout</comment>
        <translation>按模型分文件夹</translation>
    </message>
    <message>
        <source>How saved outputs are organised</source>
        <translation>已保存输出的整理方式</translation>
    </message>
    <message>
        <source>&amp;Organise saved files:</source>
        <translation>整理已保存的文件(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Save the outputs of every task as it completes</source>
        <translation>任务完成时自动保存其输出(&amp;S)</translation>
    </message>
    <message>
        <source>Auto-save</source>
        <translation>自动保存</translation>
    </message>
    <message>
        <source>A folder per day is named after the day each task was created; a folder per model after the model&apos;s name</source>
        <translation>按日期的文件夹以每个任务的创建日期命名；按模型的文件夹以模型名称命名</translation>
    </message>
    <message>
        <source>Outputs already saved are never saved again, even after a restart</source>
        <translation>已保存的输出不会再次保存，重启后也是如此</translation>
    </message>
</context>
<context>
    <name>Simulator</name>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>无法在 127.0.0.1:%1 上监听：%2</translation>
    </message>
    <message>
        <source>The simulator is already running</source>
        <translation>模拟器已在运行</translation>
    </message>
</context>
<context>
    <name>SimulatorCommand</name>
    <message>
        <source>A simulated WaveSpeed API on 127.0.0.1, for demos and tests.</source>
        <translation>运行在 127.0.0.1 上的模拟 WaveSpeed API，用于演示和测试。</translation>
    </message>
    <message>
        <source>API port (default 8080; 0 picks a free one).</source>
        <translation>API 端口（默认 8080；0 表示自动选择空闲端口）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Output host port (default: the API port + 1).</source>
        <translation>输出文件服务器端口（默认为 API 端口 + 1）。</translation>
    </message>
    <message>
        <source>Scenario JSON file (default: the built-in one).</source>
        <translation>场景 JSON 文件（默认使用内置场景）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The API key to accept (default sim-demo-key).</source>
        <translation>要接受的 API 密钥（默认 sim-demo-key）。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Create N tasks at start and print their IDs.</source>
        <translation>启动时创建 N 个任务并输出其 ID。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>意外的参数：%1</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535</source>
        <translation>--port 需要 0 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>--output-port needs a number from 0 to 65535</source>
        <translation>--output-port 需要 0 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>--key must not be empty</source>
        <translation>--key 不能为空</translation>
    </message>
    <message>
        <source>--tasks needs a number from 0 to %1</source>
        <translation>--tasks 需要 0 到 %1 之间的数字</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>请尝试执行“%1 --help”。</translation>
    </message>
    <message>
        <source>%1: cannot use the scenario %2: %3</source>
        <translation>%1：无法使用场景 %2：%3</translation>
    </message>
    <message>
        <source>API:     %1</source>
        <translation>API:     %1</translation>
    </message>
    <message>
        <source>Outputs: %1</source>
        <translation>输出:    %1</translation>
    </message>
    <message>
        <source>Key:     %1</source>
        <translation>密钥:    %1</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another instance is running.</source>
        <translation>另一个实例正在运行。</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Task counts</source>
        <translation>任务计数</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>Account balance</source>
        <translation>账户余额</translation>
    </message>
    <message>
        <source>The balance of the WaveSpeed account the key belongs to</source>
        <translation>该密钥所属 WaveSpeed 账户的余额</translation>
    </message>
    <message>
        <source>Balance: $%1</source>
        <comment>US dollars</comment>
        <translation>余额：$%1</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n 个进行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n 个已暂停</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n 个已完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <source>No tasks</source>
        <translation>没有任务</translation>
    </message>
    <message>
        <source>open Settings</source>
        <translation>打开设置</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited — resuming in %n s</source>
        <translation>
            <numerusform>已被限流 — %n 秒后恢复</numerusform>
        </translation>
    </message>
    <message>
        <source>API key rejected — %1</source>
        <translation>API 密钥被拒绝 — %1</translation>
    </message>
    <message>
        <source>No API key — %1</source>
        <translation>没有 API 密钥 — %1</translation>
    </message>
    <message>
        <source>Outputs about to expire</source>
        <translation>即将过期的输出</translation>
    </message>
    <message>
        <source>Completed tasks whose outputs the API deletes within a day, and that are not saved yet</source>
        <translation>输出将在一天内被 API 删除且尚未保存的已完成任务</translation>
    </message>
    <message>
        <source>save them</source>
        <translation>立即保存</translation>
    </message>
    <message numerus="yes">
        <source>%n expiring within a day — %1</source>
        <comment>tasks</comment>
        <extracomment>completed tasks whose outputs the API deletes within a day; then a link that saves them</extracomment>
        <translation>
            <numerusform>%n 个将在一天内过期 — %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDetails</name>
    <message>
        <source>Processing</source>
        <comment>task state</comment>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Created, waiting to start</source>
        <comment>task state</comment>
        <translation>已创建，等待开始</translation>
    </message>
    <message>
        <source>Checking</source>
        <comment>task state</comment>
        <translation>检查中</translation>
    </message>
    <message>
        <source>Paused: the API key was rejected</source>
        <comment>task state</comment>
        <translation>已暂停：API 密钥被拒绝</translation>
    </message>
    <message>
        <source>Paused: the network is down</source>
        <comment>task state</comment>
        <translation>已暂停：网络已断开</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>task state</comment>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>task detail</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Model</source>
        <comment>task detail</comment>
        <translation>模型</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>task detail</comment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>task detail</comment>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Inference</source>
        <comment>task detail</comment>
        <translation>推理时间</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>task detail</comment>
        <translation>错误</translation>
    </message>
    <message>
        <source>Outputs</source>
        <comment>task detail</comment>
        <translation>输出</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>task state</comment>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>task state</comment>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>task state</comment>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>task state</comment>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Timed out on the server</source>
        <comment>task state</comment>
        <translation>服务器端超时</translation>
    </message>
    <message>
        <source>Not found</source>
        <comment>task state</comment>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Gave up waiting</source>
        <comment>task state</comment>
        <translation>已放弃等待</translation>
    </message>
    <message>
        <source>code %1</source>
        <extracomment>%1 is the API&apos;s error number, %2 what it means, e.g. &quot;content moderation&quot;</extracomment>
        <translation>代码 %1</translation>
    </message>
    <message>
        <source>code %1: %2</source>
        <translation>代码 %1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the error as the API wrote it, %2 its code and meaning</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>output %1 of %2</source>
        <extracomment>%1 is the output&apos;s number, %2 how many the task has</extracomment>
        <translation>输出 %1/%2</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Address of the %1</source>
        <translation>%1 的地址</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>复制 URL</translation>
    </message>
    <message>
        <source>Copy the address of the %1 to the clipboard</source>
        <translation>将 %1 的地址复制到剪贴板</translation>
    </message>
    <message>
        <source>Copy URL of the %1</source>
        <translation>复制 %1 的 URL</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <source>Open the %1 in the web browser</source>
        <translation>在网页浏览器中打开 %1</translation>
    </message>
    <message>
        <source>Open the %1 in the browser</source>
        <translation>在浏览器中打开 %1</translation>
    </message>
    <message>
        <source>Expires</source>
        <comment>task detail</comment>
        <extracomment>when the API deletes the task and its outputs</extracomment>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Saved</source>
        <comment>task detail</comment>
        <translation>已保存</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <extracomment>the date the API deleted the task&apos;s outputs</extracomment>
        <translation>%1（已过期）</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n output(s), in %2</source>
        <extracomment>e.g. &quot;1 of 2 outputs, in /home/me/Pictures/WaveSpeed&quot;</extracomment>
        <translation>
            <numerusform>%n 个输出中的 %1 个，位于 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskExport</name>
    <message>
        <source>%1 s</source>
        <extracomment>inference time in seconds, e.g. &quot;2.4 s&quot;</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1/%2 saved</source>
        <extracomment>outputs of a task whose files exist, e.g. &quot;1/2 saved&quot;</extracomment>
        <translation>%1/%2 已保存</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>column</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Model</source>
        <comment>column</comment>
        <translation>模型</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>column</comment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>column</comment>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Inference</source>
        <comment>column</comment>
        <translation>推理时间</translation>
    </message>
    <message>
        <source>Outputs</source>
        <comment>column</comment>
        <translation>输出</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>column</comment>
        <translation>错误</translation>
    </message>
    <message>
        <source>Saved</source>
        <comment>column</comment>
        <translation>已保存</translation>
    </message>
    <message>
        <source>The file is not a task list: it does not hold a JSON object (%1 at byte %2).</source>
        <translation>该文件不是任务列表：其中不含 JSON 对象（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>The file is not a task list exported by WaveSpeed Task Monitor (its format is “%1”).</source>
        <translation>该文件不是 WaveSpeed Task Monitor 导出的任务列表（其格式为“%1”）。</translation>
    </message>
    <message>
        <source>The task list was written by a newer version (format version %1).</source>
        <translation>该任务列表由更新的版本写入（格式版本 %1）。</translation>
    </message>
    <message>
        <source>Task %1 of the list has no ID.</source>
        <translation>列表中的第 %1 个任务没有 ID。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>TaskInput</name>
    <message>
        <source>%1 is not a .txt, .json or .csv file.</source>
        <translation>%1 不是 .txt、.json 或 .csv 文件。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 大于 %2 MB。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>TaskModel</name>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <extracomment>inference time in seconds, e.g. &quot;2.4 s&quot;</extracomment>
        <translation>%1 秒</translation>
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
        <translation>排队中</translation>
    </message>
    <message>
        <source>Checking…</source>
        <comment>task state</comment>
        <translation>检查中…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>task state</comment>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>task state</comment>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>task state</comment>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>task state</comment>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>task state</comment>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Timed out</source>
        <comment>task state</comment>
        <extracomment>the API said the task timed out</extracomment>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Not found</source>
        <comment>task state</comment>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Gave up</source>
        <comment>task state</comment>
        <extracomment>the monitor stopped watching the task after its own timeout</extracomment>
        <translation>已放弃</translation>
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
        <translation>已暂停：API 拒绝了该密钥。请打开设置更改密钥。</translation>
    </message>
    <message>
        <source>Paused by you.</source>
        <translation>已由您暂停。</translation>
    </message>
    <message>
        <source>Paused: the network is down.</source>
        <translation>已暂停：网络已断开。</translation>
    </message>
    <message numerus="yes">
        <source>Next check in %n second(s), at %1.</source>
        <translation>
            <numerusform>%n 秒后（%1）进行下一次检查。</numerusform>
        </translation>
    </message>
    <message>
        <source>The API says: %1</source>
        <translation>API 返回：%1</translation>
    </message>
    <message>
        <source>%1/%2 saving…</source>
        <extracomment>outputs saved so far out of all, e.g. &quot;1/2 saving…&quot;</extracomment>
        <translation>%1/%2 正在保存…</translation>
    </message>
    <message>
        <source>%1 · saved</source>
        <extracomment>the number of outputs, all saved, e.g. &quot;2 · saved&quot;</extracomment>
        <translation>%1 · 已保存</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>download</comment>
        <translation>失败</translation>
    </message>
    <message>
        <source>Preview</source>
        <comment>column</comment>
        <translation>预览</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>column</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Model</source>
        <comment>column</comment>
        <translation>模型</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>column</comment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>column</comment>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Inference</source>
        <comment>column</comment>
        <translation>推理时间</translation>
    </message>
    <message>
        <source>Outputs</source>
        <comment>column</comment>
        <translation>输出</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>column</comment>
        <translation>错误</translation>
    </message>
    <message>
        <source>%1/%2 saved</source>
        <extracomment>some outputs saved out of all, e.g. &quot;1/2 saved&quot;</extracomment>
        <translation>%1/%2 已保存</translation>
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
        <translation>已过期</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <extracomment>the outputs expire in this many days</extracomment>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <extracomment>the outputs expire in this many hours</extracomment>
        <translation>
            <numerusform>%n 小时后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <extracomment>the outputs expire in this many minutes</extracomment>
        <translation>
            <numerusform>%n 分钟后</numerusform>
        </translation>
    </message>
    <message>
        <source>The API deleted this task and its outputs on %1.</source>
        <translation>API 已于 %1 删除此任务及其输出。</translation>
    </message>
    <message>
        <source>The API deletes this task and its outputs on %1.</source>
        <translation>API 将于 %1 删除此任务及其输出。</translation>
    </message>
    <message>
        <source>Some outputs are not saved yet: save them before then.</source>
        <translation>部分输出尚未保存：请在此之前保存。</translation>
    </message>
    <message>
        <source>Expires</source>
        <comment>column</comment>
        <extracomment>when the API deletes the task&apos;s outputs</extracomment>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>%1: %2 (missing)</source>
        <extracomment>output n was saved to a file that is gone now</extracomment>
        <translation>%1：%2（文件已不存在）</translation>
    </message>
</context>
<context>
    <name>TaskPoller</name>
    <message numerus="yes">
        <source>Stopped watching after %n minute(s) without an end.</source>
        <translation>
            <numerusform>任务 %n 分钟后仍未结束，已停止监视。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskStore</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The task list %1 cannot be read and could not be moved aside.</source>
        <translation>无法读取任务列表 %1，也无法将其移到别处。</translation>
    </message>
    <message>
        <source>The saved task list could not be read by this version, so it was moved to %1 and a new, empty list was started.</source>
        <extracomment>%1 is the path the old, unreadable file was moved to</extracomment>
        <translation>此版本无法读取已保存的任务列表，因此已将其移至 %1，并新建了一个空列表。</translation>
    </message>
    <message>
        <source>Could not open the task list %1: %2</source>
        <translation>无法打开任务列表 %1：%2</translation>
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
        <translation>输出文件服务器返回 HTTP %1</translation>
    </message>
    <message>
        <source>Network error %1 while fetching the preview</source>
        <extracomment>%1 is Qt&apos;s numeric network error code</extracomment>
        <translation>获取预览时发生网络错误 %1</translation>
    </message>
    <message>
        <source>The output host did not answer in time</source>
        <translation>输出文件服务器未及时响应</translation>
    </message>
    <message>
        <source>Redirected more than %1 times</source>
        <translation>重定向超过 %1 次</translation>
    </message>
    <message>
        <source>Refused to follow a redirect</source>
        <translation>已拒绝跟随重定向</translation>
    </message>
    <message>
        <source>The output address is not a web address</source>
        <translation>输出地址不是网址</translation>
    </message>
    <message>
        <source>The output is too large for a preview</source>
        <translation>输出过大，无法生成预览</translation>
    </message>
    <message>
        <source>The output is not an image</source>
        <translation>输出不是图像</translation>
    </message>
    <message>
        <source>Preview unavailable: the image is too large</source>
        <translation>无法预览：图像过大</translation>
    </message>
    <message>
        <source>Preview unavailable: the image could not be decoded</source>
        <translation>无法预览：无法解码图像</translation>
    </message>
    <message>
        <source>No video decoder</source>
        <translation>没有可用的视频解码器</translation>
    </message>
    <message>
        <source>The video could not be decoded</source>
        <translation>无法解码视频</translation>
    </message>
    <message>
        <source>The video could not be decoded: %1</source>
        <extracomment>%1 is the media framework&apos;s reason</extracomment>
        <translation>无法解码视频：%1</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>Task completed</source>
        <translation>任务已完成</translation>
    </message>
    <message>
        <source>Task failed</source>
        <translation>任务失败</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) ended</source>
        <translation>
            <numerusform>%n 个任务已结束</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n 个已完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <source>Outputs about to expire</source>
        <translation>即将过期的输出</translation>
    </message>
    <message numerus="yes">
        <source>%n completed task(s) will be deleted by the API within a day, and their outputs are not saved yet.</source>
        <translation>
            <numerusform>%n 个已完成任务将在一天内被 API 删除，但其输出尚未保存。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VideoFrameGrabber</name>
    <message>
        <source>Not a video</source>
        <translation>不是视频</translation>
    </message>
    <message>
        <source>The video could not be played</source>
        <translation>无法播放视频</translation>
    </message>
    <message>
        <source>Not a playable video</source>
        <translation>不是可播放的视频</translation>
    </message>
    <message>
        <source>The video has no frame to show</source>
        <translation>视频中没有可显示的帧</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>已超时</translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message>
        <source>Output video</source>
        <translation>输出视频</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>视频中的位置</translation>
    </message>
    <message>
        <source>Seek</source>
        <translation>跳转</translation>
    </message>
    <message>
        <source>Playing time</source>
        <translation>播放时间</translation>
    </message>
    <message>
        <source>the video cannot be played</source>
        <translation>无法播放视频</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>video</comment>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <comment>video</comment>
        <translation>播放</translation>
    </message>
    <message>
        <source>Pause the video</source>
        <translation>暂停视频</translation>
    </message>
    <message>
        <source>Play the video</source>
        <translation>播放视频</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>声音关闭</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>声音开启</translation>
    </message>
    <message>
        <source>Turn the sound on</source>
        <translation>打开声音</translation>
    </message>
    <message>
        <source>Mute the sound</source>
        <translation>关闭声音</translation>
    </message>
    <message>
        <source>Sound</source>
        <comment>video</comment>
        <translation>声音</translation>
    </message>
    <message>
        <source>Loading…</source>
        <comment>video</comment>
        <translation>正在加载…</translation>
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
        <translation>监视 WaveSpeedAI 生成任务。</translation>
    </message>
    <message>
        <source>Run against the built-in simulated API; no key needed.</source>
        <translation>使用内置的模拟 API 运行，无需密钥。</translation>
    </message>
    <message>
        <source>Task IDs, or any text, URL or JSON holding them.</source>
        <translation>任务 ID，或包含任务 ID 的任意文本、URL 或 JSON。</translation>
    </message>
</context>
</TS>
