<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Self-service badge collection</source>
        <translation>自助领取证件</translation>
    </message>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>今日会议</translation>
    </message>
    <message>
        <source>Hold the QR code from your registration confirmation under the scanner, on your phone or on paper.</source>
        <translation>请将注册确认函中的二维码（手机或纸质均可）置于扫描器下方。</translation>
    </message>
    <message>
        <source>What is on today, and where</source>
        <translation>今天的活动及地点</translation>
    </message>
    <message>
        <source>Badges are printed at the accreditation desk today.</source>
        <translation>今天的证件在注册处打印。</translation>
    </message>
    <message>
        <source>This kiosk is not taking codes at the moment. Please go to the accreditation desk.</source>
        <translation>本自助终端暂不受理扫码。请前往注册处。</translation>
    </message>
    <message>
        <source>You can still check in here, then collect your badge at the desk.</source>
        <translation>您仍可在此签到，然后到注册处领取证件。</translation>
    </message>
    <message>
        <source>Start screen</source>
        <translation>开始界面</translation>
    </message>
    <message>
        <source>Show the screens in this language</source>
        <translation>以此语言显示界面</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Make the text on the screens larger</source>
        <translation>放大界面上的文字</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Hold your code here</source>
        <translation>请将二维码对准此处</translation>
    </message>
    <message>
        <source>Camera not available</source>
        <translation>摄像头不可用</translation>
    </message>
    <message>
        <source>Please use the scanner.</source>
        <translation>请使用扫描器。</translation>
    </message>
</context>
<context>
    <name>CheckingScreen</name>
    <message>
        <source>Checking…</source>
        <translation>正在核验…</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>请稍候。</translation>
    </message>
</context>
<context>
    <name>NowNextStrip</name>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>今日会议</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>即将开始</translation>
    </message>
    <message>
        <source>{caption} {time}: {title} ({room})</source>
        <translation>{caption} {time}：{title}（{room}）</translation>
    </message>
</context>
<context>
    <name>PhotoScreen</name>
    <message>
        <source>A photo for your badge</source>
        <translation>为您的证件拍照</translation>
    </message>
    <message>
        <source>Look at the camera</source>
        <translation>请看摄像头</translation>
    </message>
    <message>
        <source>Keep your face inside the oval. The photo is taken after the countdown.</source>
        <translation>请将面部保持在椭圆框内。倒计时结束后即拍照。</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>请稍候…</translation>
    </message>
    <message>
        <source>Preparing your photo.</source>
        <translation>正在处理您的照片。</translation>
    </message>
    <message>
        <source>Is this photo all right?</source>
        <translation>这张照片可以吗？</translation>
    </message>
    <message>
        <source>This photo will be printed on your badge.</source>
        <translation>这张照片将打印在您的证件上。</translation>
    </message>
    <message>
        <source>Printing your badge…</source>
        <translation>正在打印您的证件…</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>请稍候。</translation>
    </message>
    <message>
        <source>The photo is printed on your badge and sent to the event&apos;s registration system. It is kept until the event&apos;s data is deleted after the event.</source>
        <translation>照片将打印在您的证件上，并发送至本活动的注册系统。照片将一直保存，直至活动结束后活动数据被删除。</translation>
    </message>
    <message>
        <source>No thanks: you are checked in all the same; staff at the accreditation desk will take your photo and print your badge.</source>
        <translation>不用了：您仍已完成签到；注册处工作人员将为您拍照并打印证件。</translation>
    </message>
    <message>
        <source>Take my photo</source>
        <translation>为我拍照</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>不用了，谢谢</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>使用这张照片</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>重拍</translation>
    </message>
    <message>
        <source>Your badge needs a photo. This kiosk can take it now, in a few seconds.</source>
        <translation>您的证件需要照片。本自助终端现在即可为您拍摄，只需几秒钟。</translation>
    </message>
</context>
<context>
    <name>PinPadScreen</name>
    <message>
        <source>Staff sign-in</source>
        <translation>工作人员登录</translation>
    </message>
    <message>
        <source>Enter your staff PIN, or scan your staff QR code.</source>
        <translation>请输入工作人员PIN码，或扫描工作人员二维码。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>PrinterStatusLabel</name>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>paper running low</source>
        <translation>纸张即将用完</translation>
    </message>
    <message>
        <source>out of paper</source>
        <translation>缺纸</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>机盖打开</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>state unknown</source>
        <translation>状态未知</translation>
    </message>
    <message>
        <source>Printer: checking…</source>
        <translation>打印机：正在检查…</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>打印机：%1</translation>
    </message>
    <message>
        <source>badges at the accreditation desk</source>
        <translation>证件请到注册处领取</translation>
    </message>
</context>
<context>
    <name>RefusalScreen</name>
    <message>
        <source>Reference for staff: {reference}</source>
        <translation>供工作人员参考：{reference}</translation>
    </message>
    <message>
        <source>Printed on {date} at {time}</source>
        <translation>打印时间：{date} {time}</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Registration {number}</source>
        <translation>注册编号 {number}</translation>
    </message>
    <message>
        <source>Back to the start screen</source>
        <translation>返回开始界面</translation>
    </message>
</context>
<context>
    <name>ScanTestWindow</name>
    <message>
        <source>Scanner test</source>
        <translation>扫描器测试</translation>
    </message>
    <message>
        <source>Scan codes with every scanner, or type in the field. Nothing is checked in or printed.</source>
        <translation>请用每台扫描器扫描二维码，或在输入框中输入。不会办理签到，也不会打印。</translation>
    </message>
    <message>
        <source>Type here: typing must appear in this field, scans must not.</source>
        <translation>在此输入：键入的文字应出现在此框中，扫描内容则不应出现。</translation>
    </message>
    <message>
        <source>no kiosk database: codes are not checked</source>
        <translation>没有自助机数据库：不校验二维码</translation>
    </message>
    <message>
        <source>SCAN</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>TYPING</source>
        <translation>键入</translation>
    </message>
    <message>
        <source>NO SUFFIX</source>
        <translation>无后缀</translation>
    </message>
    <message>
        <source>{time}  {source}  {verdict}  {count} characters</source>
        <translation>{time}  {source}  {verdict}  {count} 个字符</translation>
    </message>
    <message>
        <source>received: {text}</source>
        <translation>收到：{text}</translation>
    </message>
    <message>
        <source>bytes: {hex}</source>
        <translation>字节：{hex}</translation>
    </message>
    <message>
        <source>keys {low:.1f} to {high:.1f} ms apart (median {median:.1f} ms)</source>
        <translation>按键间隔 {low:.1f} 至 {high:.1f} 毫秒（中位数 {median:.1f} 毫秒）</translation>
    </message>
    <message>
        <source>handed on to the focused field as typing</source>
        <translation>已作为键入内容交给当前输入框</translation>
    </message>
    <message>
        <source>fast, but the suffix never came: handed on as typing</source>
        <translation>速度快，但未收到后缀：已作为键入内容交出</translation>
    </message>
    <message>
        <source>the same code again within the debounce time: ignored</source>
        <translation>防重复时间内再次读到同一二维码：已忽略</translation>
    </message>
    <message>
        <source>not checked: {error}</source>
        <translation>未校验：{error}</translation>
    </message>
    <message>
        <source>read as: not digits</source>
        <translation>读取结果：不是数字</translation>
    </message>
    <message>
        <source>none needed</source>
        <translation>无需映射</translation>
    </message>
    <message>
        <source>read as: {count} digit reading(s); layout mapping: {mappings}</source>
        <translation>读取结果：{count} 种数字读法；键盘布局映射：{mappings}</translation>
    </message>
    <message>
        <source>not a code</source>
        <translation>不是二维码</translation>
    </message>
    <message>
        <source>signed code</source>
        <translation>签名二维码</translation>
    </message>
    <message>
        <source>badge QR</source>
        <translation>证件二维码</translation>
    </message>
    <message>
        <source>Indico code</source>
        <translation>Indico 二维码</translation>
    </message>
    <message>
        <source>older Indico code</source>
        <translation>旧版 Indico 二维码</translation>
    </message>
    <message>
        <source>ticket secret</source>
        <translation>票据密钥</translation>
    </message>
    <message>
        <source>{kind}: {answer}</source>
        <translation>{kind}：{answer}</translation>
    </message>
    <message>
        <source> (digits recovered through {mapping})</source>
        <translation>（数字通过 {mapping} 恢复）</translation>
    </message>
    <message>
        <source>, registration {number}</source>
        <translation>，注册号 {number}</translation>
    </message>
    <message>
        <source>Keyboard wedge: off</source>
        <translation>键盘式扫描器：关闭</translation>
    </message>
    <message>
        <source>Keyboard wedge: suffix {suffix}, keys at most {gap:.0f} ms apart, at least {length} characters</source>
        <translation>键盘式扫描器：后缀 {suffix}，按键间隔不超过 {gap:.0f} 毫秒，至少 {length} 个字符</translation>
    </message>
    <message>
        <source>Serial scanner: none configured</source>
        <translation>串口扫描器：未配置</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>not available, retrying</source>
        <translation>不可用，正在重试</translation>
    </message>
    <message>
        <source>Serial scanner {port}: {status}</source>
        <translation>串口扫描器 {port}：{status}</translation>
    </message>
</context>
<context>
    <name>SessionsBoard</name>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>今日会议</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>所有语言</translation>
    </message>
    <message>
        <source>More sessions: {count}. Choose a track or a language.</source>
        <translation>还有 {count} 场会议，请选择类别或语言。</translation>
    </message>
    <message>
        <source>The programme cannot be shown right now ({reference}).</source>
        <translation>目前无法显示日程（{reference}）。</translation>
    </message>
    <message>
        <source>Loading today&apos;s sessions…</source>
        <translation>正在加载今日会议……</translation>
    </message>
    <message>
        <source>There are no sessions today.</source>
        <translation>今天没有会议。</translation>
    </message>
    <message>
        <source>Today&apos;s sessions have ended.</source>
        <translation>今天的会议已全部结束。</translation>
    </message>
    <message>
        <source>No session still to come matches these choices.</source>
        <translation>没有符合所选条件的后续会议。</translation>
    </message>
</context>
<context>
    <name>StaffFlow</name>
    <message>
        <source>Checking…</source>
        <translation>正在核验…</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again in {seconds} s.</source>
        <translation>错误次数过多。请在 {seconds} 秒后重试。</translation>
    </message>
    <message>
        <source>Wrong PIN or staff code. Try again.</source>
        <translation>PIN码或工作人员代码错误。请重试。</translation>
    </message>
    <message>
        <source>The kiosk could not check this. Reference: {ref}</source>
        <translation>自助终端无法完成核验。参考编号：{ref}</translation>
    </message>
    <message>
        <source>Printing a test page…</source>
        <translation>正在打印测试页…</translation>
    </message>
    <message>
        <source>The test page was sent to the printer.</source>
        <translation>测试页已发送到打印机。</translation>
    </message>
    <message>
        <source>The test page could not be printed: see `kiosk printers`.</source>
        <translation>测试页未能打印：请查看 `kiosk printers`。</translation>
    </message>
</context>
<context>
    <name>StaffMenuScreen</name>
    <message>
        <source>Staff menu</source>
        <translation>工作人员菜单</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>desk staff</source>
        <translation>注册处工作人员</translation>
    </message>
    <message>
        <source>Signed in: {staff} ({role})</source>
        <translation>已登录：{staff}（{role}）</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>打印测试页</translation>
    </message>
    <message>
        <source>Scanner test</source>
        <translation>扫描器测试</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>退出自助终端模式</translation>
    </message>
    <message>
        <source>Quit the kiosk</source>
        <translation>关闭自助终端</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>返回自助终端</translation>
    </message>
    <message>
        <source>Leaving kiosk mode and quitting need a supervisor.</source>
        <translation>退出自助终端模式或关闭自助终端需要主管操作。</translation>
    </message>
    <message>
        <source>Printers: not checked yet</source>
        <translation>打印机：尚未检查</translation>
    </message>
    <message>
        <source>Printer {number}: {state}</source>
        <translation>打印机 {number}：{state}</translation>
    </message>
    <message>
        <source>No printer can print: badges wait for the desk.</source>
        <translation>没有可用的打印机：证件将由注册处打印。</translation>
    </message>
</context>
<context>
    <name>StartUpChecks</name>
    <message>
        <source>Start-up check failed: {check}: {finding}</source>
        <translation>启动检查未通过：{check}：{finding}</translation>
    </message>
    <message>
        <source>Other problems: {count}.</source>
        <translation>另有 {count} 项问题。</translation>
    </message>
    <message>
        <source>IT: run “kiosk doctor” on this machine for what to do.</source>
        <translation>IT 人员：请在本机运行“kiosk doctor”，查看处理方法。</translation>
    </message>
</context>
<context>
    <name>SyncStatusCorner</name>
    <message>
        <source>Connecting to the registry…</source>
        <translation>正在连接注册中心…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>no data from the registry yet</source>
        <translation>尚无注册中心数据</translation>
    </message>
    <message>
        <source>data updated just now</source>
        <translation>数据刚刚更新</translation>
    </message>
    <message>
        <source>data updated %1 min ago</source>
        <translation>数据于 %1 分钟前更新</translation>
    </message>
    <message>
        <source>data updated %1 h ago</source>
        <translation>数据于 %1 小时前更新</translation>
    </message>
</context>
<context>
    <name>_SessionCard</name>
    <message>
        <source>until {time}</source>
        <translation>至 {time}</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>即将开始</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Your badge is printing — please take it from the printer.</source>
        <translation>正在打印您的证件，请从打印机取走。</translation>
    </message>
    <message>
        <source>Please wear your badge visibly at all times on the premises.</source>
        <translation>在会场内请始终佩戴证件并保持可见。</translation>
    </message>
    <message>
        <source>Badge already collected</source>
        <translation>证件已领取</translation>
    </message>
    <message>
        <source>A badge has already been printed for this registration.</source>
        <translation>此注册的证件已经打印。</translation>
    </message>
    <message>
        <source>Your badge is ready at the desk</source>
        <translation>您的证件已在服务台备妥</translation>
    </message>
    <message>
        <source>Badges in your category are handed over in person.</source>
        <translation>您所属类别的证件须当面领取。</translation>
    </message>
    <message>
        <source>No code received</source>
        <translation>未收到代码</translation>
    </message>
    <message>
        <source>The scanner did not receive anything from your code.</source>
        <translation>扫描器未从您的二维码读取到任何内容。</translation>
    </message>
    <message>
        <source>Please hold the QR code flat under the scanner and try again.</source>
        <translation>请将二维码平放在扫描器下方，然后重试。</translation>
    </message>
    <message>
        <source>Code not readable</source>
        <translation>代码无法读取</translation>
    </message>
    <message>
        <source>This code could not be read: it may be damaged, incomplete or not a registration code.</source>
        <translation>无法读取此代码：它可能已损坏、不完整，或并非注册代码。</translation>
    </message>
    <message>
        <source>Code format not supported</source>
        <translation>不支持此代码格式</translation>
    </message>
    <message>
        <source>This code uses a format that this kiosk cannot read.</source>
        <translation>本自助终端无法读取此代码所用的格式。</translation>
    </message>
    <message>
        <source>Code could not be verified</source>
        <translation>无法验证代码</translation>
    </message>
    <message>
        <source>This code did not pass the authenticity check.</source>
        <translation>此代码未通过真实性验证。</translation>
    </message>
    <message>
        <source>Code issuer not recognised</source>
        <translation>无法识别代码签发方</translation>
    </message>
    <message>
        <source>This kiosk does not yet know who issued this code; it may have been issued very recently.</source>
        <translation>本自助终端尚无法识别此代码的签发方；该代码可能是最近才签发的。</translation>
    </message>
    <message>
        <source>Code withdrawn</source>
        <translation>代码已撤销</translation>
    </message>
    <message>
        <source>This code was signed with a security key that is no longer accepted.</source>
        <translation>此代码所用的安全密钥已不再被接受。</translation>
    </message>
    <message>
        <source>Code for another event</source>
        <translation>其他活动的代码</translation>
    </message>
    <message>
        <source>This code is a registration for a different event.</source>
        <translation>此代码是另一活动的注册代码。</translation>
    </message>
    <message>
        <source>Not valid today</source>
        <translation>今日无效</translation>
    </message>
    <message>
        <source>Your registration does not include today&apos;s date.</source>
        <translation>您的注册不包括今天。</translation>
    </message>
    <message>
        <source>Registration not active</source>
        <translation>注册无效</translation>
    </message>
    <message>
        <source>This registration has been cancelled or withdrawn.</source>
        <translation>此注册已被取消或撤销。</translation>
    </message>
    <message>
        <source>Code replaced by a newer one</source>
        <translation>代码已被更新的代码取代</translation>
    </message>
    <message>
        <source>A newer code has been issued for this registration, so this one can no longer be used.</source>
        <translation>此注册已签发更新的代码，因此该代码不能再使用。</translation>
    </message>
    <message>
        <source>Registration not found</source>
        <translation>未找到注册信息</translation>
    </message>
    <message>
        <source>This kiosk has no record of this registration yet.</source>
        <translation>本自助终端尚无此注册的记录。</translation>
    </message>
    <message>
        <source>Your badge may already have been printed: its printing was interrupted.</source>
        <translation>您的证件可能已经打印：打印过程被中断。</translation>
    </message>
    <message>
        <source>You are checked in, but the printer has a problem and your badge could not be printed.</source>
        <translation>您已完成签到，但打印机出现故障，未能打印您的证件。</translation>
    </message>
    <message>
        <source>Please go to the accreditation desk: staff will take your photo and print your badge.</source>
        <translation>请前往注册处，工作人员将为您拍照并打印证件。</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <source>The kiosk could not check your code. This is not your fault.</source>
        <translation>本自助终端未能核验您的代码。这不是您的问题。</translation>
    </message>
    <message>
        <source>Please go to the accreditation desk, where staff will help you.</source>
        <translation>请前往注册处，工作人员将为您提供帮助。</translation>
    </message>
    <message>
        <source>Please try again with the QR code from your registration confirmation, or go to the accreditation desk.</source>
        <translation>请使用注册确认函中的二维码重试，或前往注册处。</translation>
    </message>
    <message>
        <source>If you have lost your badge, please see the accreditation desk.</source>
        <translation>如您的证件遗失，请前往注册处。</translation>
    </message>
    <message>
        <source>Please go to the accreditation desk, where your badge is waiting for you.</source>
        <translation>请前往注册处领取您的证件。</translation>
    </message>
    <message>
        <source>Please show the code you received for this event, or go to the accreditation desk.</source>
        <translation>请出示您为本活动收到的代码，或前往注册处。</translation>
    </message>
    <message>
        <source>Please scan the most recent code you received, or go to the accreditation desk.</source>
        <translation>请扫描您收到的最新代码，或前往注册处。</translation>
    </message>
    <message>
        <source>Please ask at the accreditation desk; staff will check and print it if needed.</source>
        <translation>请前往注册处询问；工作人员将进行核实，并在需要时为您打印。</translation>
    </message>
    <message>
        <source>Please go to the accreditation desk to collect your badge.</source>
        <translation>请前往注册处领取证件。</translation>
    </message>
    <message>
        <source>The printer is out of paper.</source>
        <translation>打印机缺纸。</translation>
    </message>
    <message>
        <source>The printer&apos;s cover is open.</source>
        <translation>打印机盖板未关闭。</translation>
    </message>
    <message>
        <source>The printer is not responding.</source>
        <translation>打印机无响应。</translation>
    </message>
    <message>
        <source>The printer reported a fault.</source>
        <translation>打印机报告了故障。</translation>
    </message>
    <message>
        <source>You are checked in. Your badge needs a photo, which is taken at the desk.</source>
        <translation>您已完成签到。您的证件需要照片，照片将在注册处拍摄。</translation>
    </message>
    <message>
        <source>You are checked in, but the camera stopped working before your photo was taken.</source>
        <translation>您已完成签到，但摄像头在拍照前停止工作。</translation>
    </message>
    <message>
        <source>You are checked in. Badges are printed at the accreditation desk today.</source>
        <translation>您已完成签到。今天的证件在注册处打印。</translation>
    </message>
    <message>
        <source>Please collect your badge at the accreditation desk at the entrance of the ITU Montbrillant building.</source>
        <translation>请到国际电联Montbrillant大楼入口处的注册处领取证件。</translation>
    </message>
</context>
<context>
    <name>sessions</name>
    <message>
        <source>Room to be announced</source>
        <translation>会议室待定</translation>
    </message>
</context>
</TS>
