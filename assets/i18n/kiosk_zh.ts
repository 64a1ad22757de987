<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ArrivalsPanel</name>
    <message>
        <source>Arrivals</source>
        <translation>到达情况</translation>
    </message>
    <message>
        <source>There are no figures to export yet.</source>
        <translation>暂无可导出的数据。</translation>
    </message>
    <message>
        <source>The figures could not be read. Reference for IT: {ref}</source>
        <translation>无法读取数据。供技术支持参考的编号：{ref}</translation>
    </message>
    <message>
        <source>The figures could not be refreshed; those shown are from {time}. Reference for IT: {ref}</source>
        <translation>无法刷新数据；当前显示的是 {time} 的数据。供技术支持参考的编号：{ref}</translation>
    </message>
    <message>
        <source>The picture could not be saved as {file}. Choose another folder.</source>
        <translation>无法将图片保存为 {file}。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Charts saved as {file}</source>
        <translation>图表已保存为 {file}</translation>
    </message>
    <message>
        <source>Updated at {time} (every 30 seconds)</source>
        <translation>更新于 {time}（每 30 秒更新一次）</translation>
    </message>
    <message>
        <source>Export the charts as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <source>Badges printed</source>
        <translation>已打印证件</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>现场登记</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>正在读取数据…</translation>
    </message>
</context>
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
    <name>CheckInDialog</name>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Check in {name}</source>
        <translation>为 {name} 签到</translation>
    </message>
    <message>
        <source>Registration {id}. Compare the ID document with the name and photo.</source>
        <translation>注册号 {id}。请将身份证件与姓名和照片进行核对。</translation>
    </message>
    <message>
        <source>I have checked their ID document</source>
        <translation>我已核验其身份证件</translation>
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
    <name>DeskContext</name>
    <message>
        <source>That did not work. Reference for IT: {ref}</source>
        <translation>操作未成功。供技术人员参考的编号：{ref}</translation>
    </message>
</context>
<context>
    <name>DeskExceptions</name>
    <message>
        <source>Print interrupted</source>
        <translation>打印中断</translation>
    </message>
    <message>
        <source>Print failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <source>Badge waiting for the desk</source>
        <translation>证件待在注册处打印</translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>Rejected by the registry</source>
        <translation>被注册中心拒绝</translation>
    </message>
    <message>
        <source>Refused scan</source>
        <translation>扫码被拒</translation>
    </message>
    <message>
        <source>The badge name was changed at two desks; the later change stands. Check the name.</source>
        <translation>两个服务台修改了证件姓名，以较晚的修改为准。请核对姓名。</translation>
    </message>
    <message>
        <source>Checked in at two kiosks: check that one person holds one badge.</source>
        <translation>在两台自助终端办理了签到：请确认此人只持有一张证件。</translation>
    </message>
    <message>
        <source>Two badges carry the same version: check which one the person holds.</source>
        <translation>两张证件版本号相同：请确认此人持有哪一张。</translation>
    </message>
    <message>
        <source>The registry flagged this registration for a check.</source>
        <translation>注册中心标记此注册需要核查。</translation>
    </message>
    <message>
        <source>a check-in</source>
        <translation>一条签到记录</translation>
    </message>
    <message>
        <source>a printed badge</source>
        <translation>一张已打印的证件</translation>
    </message>
    <message>
        <source>a voided badge</source>
        <translation>一张已作废的证件</translation>
    </message>
    <message>
        <source>a walk-in registration</source>
        <translation>一项现场注册</translation>
    </message>
    <message>
        <source>a badge name correction</source>
        <translation>一项证件姓名更正</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>一条记录</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>打印中</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>This was already dealt with, here or at another desk. The list is up to date again.</source>
        <translation>此事项已在本服务台或其他服务台处理。列表已更新。</translation>
    </message>
    <message>
        <source>Write a short note saying why (one line, at most 200 characters); nothing was cancelled.</source>
        <translation>请简要说明原因（一行，最多200个字符）；未取消任何内容。</translation>
    </message>
    <message>
        <source>That printer is no longer configured here; choose another one.</source>
        <translation>此处已不再配置该打印机，请另选一台。</translation>
    </message>
    <message>
        <source>The registry cannot be reached; the desk keeps trying.</source>
        <translation>无法连接注册中心，服务台将继续尝试。</translation>
    </message>
    <message>
        <source>The registry is not answering properly; the desk keeps trying.</source>
        <translation>注册中心响应异常，服务台将继续尝试。</translation>
    </message>
    <message>
        <source>The registry sent an answer the desk cannot read. Tell IT.</source>
        <translation>注册中心发来的应答无法读取。请通知信息技术人员。</translation>
    </message>
    <message>
        <source>The registry refused a request. Tell IT.</source>
        <translation>注册中心拒绝了一项请求。请通知信息技术人员。</translation>
    </message>
    <message>
        <source>The registry was reset; the desk is reading all its data again.</source>
        <translation>注册中心已重置，服务台正在重新读取全部数据。</translation>
    </message>
    <message>
        <source>The registry does not recognise this machine: IT must enroll it again.</source>
        <translation>注册中心无法识别本机：须由信息技术人员重新登记。</translation>
    </message>
    <message>
        <source>This machine was withdrawn at the registry. Tell IT.</source>
        <translation>本机已在注册中心被停用。请通知信息技术人员。</translation>
    </message>
    <message>
        <source>The enrolment code is not valid: IT must enroll this machine again.</source>
        <translation>登记码无效：须由信息技术人员重新登记本机。</translation>
    </message>
    <message>
        <source>Printing on %1 was cut off by a stop. Did the badge come out?</source>
        <translation>在 %1 上的打印因停机而中断。证件打印出来了吗？</translation>
    </message>
    <message>
        <source>Could not print on %1: %2</source>
        <translation>无法在 %1 上打印：%2</translation>
    </message>
    <message>
        <source>Checked in; the badge is waiting to be printed here.</source>
        <translation>已签到；证件等待在此打印。</translation>
    </message>
    <message>
        <source>The registry refused %1: %2</source>
        <translation>注册中心拒绝了%1：%2</translation>
    </message>
    <message>
        <source>(scanned %1 times)</source>
        <translation>（扫码 %1 次）</translation>
    </message>
    <message>
        <source>pretix does not know this ticket (deleted, or another event&apos;s)</source>
        <translation>pretix 中没有此门票（已删除，或属于其他活动）</translation>
    </message>
    <message>
        <source>the order is not paid in pretix</source>
        <translation>该订单在 pretix 中尚未付款</translation>
    </message>
    <message>
        <source>the ticket is blocked in pretix</source>
        <translation>该门票在 pretix 中已被锁定</translation>
    </message>
    <message>
        <source>the ticket is not valid at this time in pretix</source>
        <translation>根据 pretix，该门票在此时间无效</translation>
    </message>
    <message>
        <source>the order or ticket is cancelled in pretix</source>
        <translation>该订单或门票已在 pretix 中取消</translation>
    </message>
    <message>
        <source>pretix says the ticket was already used</source>
        <translation>根据 pretix，该门票已被使用</translation>
    </message>
    <message>
        <source>pretix&apos;s check-in list does not admit this product</source>
        <translation>pretix 的签到名单不接受此产品</translation>
    </message>
    <message>
        <source>pretix&apos;s check-in rules refuse this entry</source>
        <translation>pretix 的签到规则拒绝此次入场</translation>
    </message>
    <message>
        <source>pretix found more than one ticket</source>
        <translation>pretix 找到了多张门票</translation>
    </message>
    <message>
        <source>the ticket was revoked in pretix (reissued with a new code)</source>
        <translation>该门票已在 pretix 中撤销（已使用新代码重新签发）</translation>
    </message>
    <message>
        <source>the order is not approved in pretix</source>
        <translation>该订单在 pretix 中尚未获批准</translation>
    </message>
    <message>
        <source>pretix asks check-in questions: check the person in on a pretix device</source>
        <translation>pretix 要求签到时回答问题：请在 pretix 设备上为此人办理签到</translation>
    </message>
    <message>
        <source>pretix refused the check-in</source>
        <translation>pretix 拒绝了此次签到</translation>
    </message>
    <message>
        <source>pretix cannot void a badge from a device: print the new badge here; pretix keeps the print log of both</source>
        <translation>pretix 无法通过设备作废证件：请在此打印新证件；pretix 会保留两张证件的打印记录</translation>
    </message>
    <message>
        <source>pretix devices cannot register people: create the order in pretix; the person reaches the kiosk with the next sync</source>
        <translation>pretix 设备无法登记人员：请在 pretix 中创建订单；下次同步后，此人即会出现在自助终端上</translation>
    </message>
    <message>
        <source>pretix devices cannot change names: correct the attendee name in the order in pretix; the kiosk takes it with the next sync</source>
        <translation>pretix 设备无法更改姓名：请在 pretix 的订单中更正参会者姓名；自助终端将在下次同步时获取更新</translation>
    </message>
    <message>
        <source>pretix&apos;s device profile does not allow print logs: give the device the pretixSCAN profile</source>
        <translation>pretix 中的设备配置不允许记录打印：请为该设备设置 pretixSCAN 配置</translation>
    </message>
    <message>
        <source>this outbox item cannot be read (not sent to pretix)</source>
        <translation>无法读取此待发送记录（未发送至 pretix）</translation>
    </message>
    <message>
        <source>pretix refused the print log</source>
        <translation>pretix 拒绝了打印记录</translation>
    </message>
</context>
<context>
    <name>DeskSignInPage</name>
    <message>
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again in {seconds} s.</source>
        <translation>错误尝试次数过多。请在 {seconds} 秒后重试。</translation>
    </message>
    <message>
        <source>Wrong PIN or staff code. Try again.</source>
        <translation>PIN 码或工作人员二维码错误，请重试。</translation>
    </message>
    <message>
        <source>Accreditation desk</source>
        <translation>注册处</translation>
    </message>
    <message>
        <source>Type your staff PIN and press Enter, or scan your staff QR code.</source>
        <translation>请输入工作人员 PIN 码并按回车键，或扫描工作人员二维码。</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>工作人员 PIN 码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Type your PIN first.</source>
        <translation>请先输入 PIN 码。</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>Sign in first, then scan the visitor&apos;s code.</source>
        <translation>请先登录，再扫描来访者的二维码。</translation>
    </message>
    <message>
        <source>That staff code was not accepted.</source>
        <translation>该工作人员二维码未被接受。</translation>
    </message>
    <message>
        <source>The desk could not check this. Reference for IT: {ref}</source>
        <translation>注册处无法核对。供技术人员参考的编号：{ref}</translation>
    </message>
    <message>
        <source>Accreditation desk</source>
        <translation>注册处</translation>
    </message>
    <message>
        <source>Accreditation desk · {event}</source>
        <translation>注册处 · {event}</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Desk staff</source>
        <translation>注册处工作人员</translation>
    </message>
    <message>
        <source>{staff} · {role}</source>
        <translation>{staff} · {role}</translation>
    </message>
</context>
<context>
    <name>ExceptionsPanel</name>
    <message>
        <source>Exceptions</source>
        <translation>异常情况</translation>
    </message>
    <message>
        <source>Exceptions (%1)</source>
        <translation>待处理事项（%1）</translation>
    </message>
    <message>
        <source>The exceptions could not be read. Reference for IT: %1</source>
        <translation>无法读取待处理事项。供信息技术人员参考的编号：%1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Mark as checked</source>
        <translation>标记为已核查</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>标记为已阅</translation>
    </message>
    <message>
        <source>Mark as handled</source>
        <translation>标记为已处理</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>已记录。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>自助终端</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>注册号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Nothing needs a person right now.</source>
        <translation>目前没有需要人工处理的事项。</translation>
    </message>
    <message>
        <source>The newest %1 are listed; answer them to see the others.</source>
        <translation>仅列出最新的 %1 项；处理后即可看到其余事项。</translation>
    </message>
</context>
<context>
    <name>JobActions</name>
    <message>
        <source>Yes, it came out</source>
        <translation>是，已打印出来</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Print now</source>
        <translation>立即打印</translation>
    </message>
    <message>
        <source>Cancel the print</source>
        <translation>取消打印</translation>
    </message>
    <message>
        <source>Why is this badge not printed? (kept in the audit log)</source>
        <translation>为何不打印此证件？（将记入审计日志）</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>取消…</translation>
    </message>
    <message>
        <source>Send to…</source>
        <translation>发送至…</translation>
    </message>
    <message>
        <source>Only one printer is configured.</source>
        <translation>仅配置了一台打印机。</translation>
    </message>
    <message>
        <source>Badge printed on %1.</source>
        <translation>证件已在 %1 上打印。</translation>
    </message>
    <message>
        <source>Still not printed: %1</source>
        <translation>仍未打印：%1</translation>
    </message>
    <message>
        <source>Recorded: the badge did not come out. Print it again when ready.</source>
        <translation>已记录：证件未打印出来。准备就绪后请重新打印。</translation>
    </message>
    <message>
        <source>The print was cancelled.</source>
        <translation>打印已取消。</translation>
    </message>
    <message>
        <source>Recorded: the badge counts as collected.</source>
        <translation>已记录：证件视为已领取。</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Correct the badge name</source>
        <translation>更正证件姓名</translation>
    </message>
    <message>
        <source>Registration {id}. Type the name as it should print, in any script. The next badge prints it; the registry gets it with the next sync.</source>
        <translation>注册号 {id}。请按应打印的样子输入姓名，可使用任何文字。下一张证件将打印此姓名；下次同步时注册系统将收到此更正。</translation>
    </message>
    <message>
        <source>Badge name</source>
        <translation>证件姓名</translation>
    </message>
    <message>
        <source>Save the name</source>
        <translation>保存姓名</translation>
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
    <name>OperationsPanel</name>
    <message>
        <source>Operations</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>The printers and the queue could not be read. Reference for IT: %1</source>
        <translation>无法读取打印机和打印队列。供信息技术人员参考的编号：%1</translation>
    </message>
    <message>
        <source>Printing a test page on %1…</source>
        <translation>正在 %1 上打印测试页…</translation>
    </message>
    <message>
        <source>The test page did not print: %1</source>
        <translation>测试页未能打印：%1</translation>
    </message>
    <message>
        <source>Test page sent to %1.</source>
        <translation>测试页已发送至 %1。</translation>
    </message>
    <message>
        <source>Sync started.</source>
        <translation>已开始同步。</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>打印队列</translation>
    </message>
    <message>
        <source>Sync with the registry</source>
        <translation>与注册中心同步</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>注册号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>What the printer said</source>
        <translation>打印机提示</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Main printer</source>
        <translation>主打印机</translation>
    </message>
    <message>
        <source>Fallback %1</source>
        <translation>备用 %1</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>打印测试页</translation>
    </message>
    <message>
        <source>The newest %1 of %2 open jobs are listed.</source>
        <translation>共有 %2 个未完成的打印任务，仅列出最新的 %1 个。</translation>
    </message>
    <message>
        <source>No badge is waiting to be printed.</source>
        <translation>没有等待打印的证件。</translation>
    </message>
    <message>
        <source>Last complete update</source>
        <translation>上次完整更新</translation>
    </message>
    <message>
        <source>Data age</source>
        <translation>数据时效</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>最近问题</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>注册中心</translation>
    </message>
    <message>
        <source>This desk is not enrolled with a registry: nothing is synced.</source>
        <translation>本服务台未在注册中心登记：不进行同步。</translation>
    </message>
    <message>
        <source>Waiting for the first round…</source>
        <translation>正在等待首次同步…</translation>
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
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 项</translation>
    </message>
    <message>
        <source>%1 rejected (see Exceptions)</source>
        <translation>%1 项被拒（见待处理事项）</translation>
    </message>
    <message>
        <source>no data from the registry yet</source>
        <translation>尚无注册中心数据</translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation>刚刚更新</translation>
    </message>
    <message>
        <source>updated %1 min ago</source>
        <translation>%1 分钟前更新</translation>
    </message>
    <message>
        <source>updated %1 h ago</source>
        <translation>%1 小时前更新</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The last round did not finish: %1</source>
        <translation>上次同步未完成：%1</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organisation, country, category</source>
        <translation>机构、国家、类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Badge valid</source>
        <translation>证件有效</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>未签到</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Type a name, an organisation, a country or a registration number.</source>
        <translation>请输入姓名、机构、国家或注册号。</translation>
    </message>
    <message>
        <source>Nobody found for “{text}”.</source>
        <translation>未找到与“{text}”匹配的人员。</translation>
    </message>
    <message>
        <source>Registration {id} is not on this desk&apos;s list.</source>
        <translation>本服务台名单中没有注册号 {id}。</translation>
    </message>
    <message>
        <source>Name in any script, organisation, country, e-mail or registration number</source>
        <translation>任何文字的姓名、机构、国家、电子邮件或注册号</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>找到的人员</translation>
    </message>
</context>
<context>
    <name>PersonActions</name>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Choose the person&apos;s photo</source>
        <translation>选择此人的照片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>The photo could not be stored. Try again; if it fails again, tell IT.</source>
        <translation>无法保存照片。请重试；如仍失败，请告知信息技术人员。</translation>
    </message>
    <message>
        <source>{name} is checked in.</source>
        <translation>{name} 已签到。</translation>
    </message>
    <message>
        <source>The badge of {name} is void.</source>
        <translation>{name} 的证件已作废。</translation>
    </message>
    <message>
        <source>The pick-up of the badge of {name} is recorded.</source>
        <translation>{name} 的证件领取已记录。</translation>
    </message>
    <message>
        <source>That did not work. Reference for IT: {ref}</source>
        <translation>操作未成功。供技术人员参考的编号：{ref}</translation>
    </message>
    <message>
        <source>No webcam is set up at this desk: choose the person&apos;s photo</source>
        <translation>此注册处未设置网络摄像头：请选择此人的照片</translation>
    </message>
    <message>
        <source>{name}: badge version {version} printed on {printer}.</source>
        <translation>{name}：第 {version} 版证件已在 {printer} 上打印。</translation>
    </message>
    <message>
        <source>{name}: badge version {version} did not print: {problem} The job waits on the Exceptions page.</source>
        <translation>{name}：第 {version} 版证件未能打印：{problem} 该打印任务在“异常情况”页面等待处理。</translation>
    </message>
    <message>
        <source>{name}: temporary registration {id} created. Check them in and print their badge.</source>
        <translation>{name}：已创建临时注册 {id}。请为其签到并打印证件。</translation>
    </message>
    <message>
        <source>The photo of {name} is replaced; the badge waiting to print shows it.</source>
        <translation>{name} 的照片已更换；等待打印的证件将显示新照片。</translation>
    </message>
    <message>
        <source>The photo of {name} is replaced. Reprint the badge (reason: photo replaced) to show it.</source>
        <translation>{name} 的照片已更换。请重新打印证件（原因：照片已更换）以显示新照片。</translation>
    </message>
    <message>
        <source>Another desk saved a later badge name for this person: it stays. Your correction is kept in the history and listed on the Exceptions page.</source>
        <translation>另一注册台为此人保存了更晚的证件姓名，该姓名保留。您的更正已记入历史，并列在“异常情况”页面。</translation>
    </message>
    <message>
        <source>The badge name is saved as {name}. Another desk changed it meanwhile: both corrections are kept and listed on the Exceptions page.</source>
        <translation>证件姓名已保存为 {name}。另一注册台在此期间也作了更改：两项更正均已保留，并列在“异常情况”页面。</translation>
    </message>
    <message>
        <source>The badge name is saved as {name}.</source>
        <translation>证件姓名已保存为 {name}。</translation>
    </message>
    <message>
        <source>Print: a print job for this person is still open. Answer it first on the Exceptions page.</source>
        <translation>打印：此人仍有未完成的打印任务。请先在“异常情况”页面处理。</translation>
    </message>
    <message>
        <source>Void: this person has no valid badge.</source>
        <translation>作废：此人没有有效证件。</translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation>签到…</translation>
    </message>
    <message>
        <source>Reprint badge…</source>
        <translation>重新打印证件…</translation>
    </message>
    <message>
        <source>Print badge…</source>
        <translation>打印证件…</translation>
    </message>
    <message>
        <source>Correct name…</source>
        <translation>更正姓名…</translation>
    </message>
    <message>
        <source>Replace photo…</source>
        <translation>更换照片…</translation>
    </message>
    <message>
        <source>VIP pick-up…</source>
        <translation>贵宾证件代领…</translation>
    </message>
    <message>
        <source>Void badge…</source>
        <translation>作废证件…</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>现场登记…</translation>
    </message>
    <message>
        <source>Void badge (supervisor only)</source>
        <translation>作废证件（仅限主管）</translation>
    </message>
    <message>
        <source>Walk-in (supervisor only)</source>
        <translation>现场登记（仅限主管）</translation>
    </message>
</context>
<context>
    <name>PersonDetail</name>
    <message>
        <source>Search for a person or scan their code.</source>
        <translation>请搜索人员或扫描其二维码。</translation>
    </message>
    <message>
        <source>Latin script: {name}</source>
        <translation>拉丁字母：{name}</translation>
    </message>
    <message>
        <source>Own script: {name}</source>
        <translation>本国文字：{name}</translation>
    </message>
    <message>
        <source>Category: {category}</source>
        <translation>类别：{category}</translation>
    </message>
    <message>
        <source>Registration {id}</source>
        <translation>注册号 {id}</translation>
    </message>
    <message>
        <source>Provisional: known only from a walk-in code, not yet from the registry.</source>
        <translation>临时：仅凭现场签发的代码得知，登记系统中尚无记录。</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <source>No badge preview</source>
        <translation>无法预览证件</translation>
    </message>
    <message>
        <source>The valid badge (version {version})</source>
        <translation>有效证件（第 {version} 版）</translation>
    </message>
    <message>
        <source>The next badge (version {version})</source>
        <translation>下一张证件（第 {version} 版）</translation>
    </message>
    <message>
        <source>Not checked in yet.</source>
        <translation>尚未签到。</translation>
    </message>
    <message>
        <source>No badge printed yet.</source>
        <translation>尚未打印证件。</translation>
    </message>
    <message>
        <source>{when}: collected by {collector} ({document}) at {kiosk}</source>
        <translation>{when}：由 {collector}（{document}）在 {kiosk} 领取</translation>
    </message>
    <message>
        <source>Version {version} · {when} · {kiosk} · {printer} · {reason}</source>
        <translation>第 {version} 版 · {when} · {kiosk} · {printer} · {reason}</translation>
    </message>
    <message>
        <source>voided {when}</source>
        <translation>已于 {when} 作废</translation>
    </message>
    <message>
        <source>deactivated {when}</source>
        <translation>已于 {when} 停用</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Print job {job} (version {version}) is {state}.</source>
        <translation>打印任务 {job}（第 {version} 版）：{state}。</translation>
    </message>
    <message>
        <source>Check-ins on every kiosk</source>
        <translation>各自助终端的签到记录</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Name corrections</source>
        <translation>姓名更正</translation>
    </message>
    <message>
        <source>VIP pick-ups</source>
        <translation>贵宾证件代领</translation>
    </message>
    <message>
        <source>Open print job</source>
        <translation>未完成的打印任务</translation>
    </message>
</context>
<context>
    <name>PhotoCaptureDialog</name>
    <message>
        <source>No webcam was found at this desk. Choose a file instead.</source>
        <translation>此注册处未找到网络摄像头。请改为选择文件。</translation>
    </message>
    <message>
        <source>The webcam gives no picture. Check its cable, or choose a file instead.</source>
        <translation>网络摄像头没有画面。请检查连接线，或改为选择文件。</translation>
    </message>
    <message>
        <source>The webcam stopped. Check its cable, or choose a file instead.</source>
        <translation>网络摄像头已停止。请检查连接线，或改为选择文件。</translation>
    </message>
    <message>
        <source>That picture could not be used. Take the photo again.</source>
        <translation>该画面无法使用。请重新拍照。</translation>
    </message>
    <message>
        <source>Photo from the webcam</source>
        <translation>用网络摄像头拍照</translation>
    </message>
    <message>
        <source>Photo of {name}</source>
        <translation>{name} 的照片</translation>
    </message>
    <message>
        <source>Starting the webcam…</source>
        <translation>正在启动网络摄像头…</translation>
    </message>
    <message>
        <source>Ask the person to look at the webcam, face inside the oval, then take the photo.</source>
        <translation>请此人看向网络摄像头，脸部位于椭圆框内，然后拍照。</translation>
    </message>
    <message>
        <source>Preparing the photo…</source>
        <translation>正在准备照片…</translation>
    </message>
    <message>
        <source>This photo will be printed on the badge. Use it, or choose a file.</source>
        <translation>此照片将打印在证件上。请使用，或选择文件。</translation>
    </message>
    <message>
        <source>This photo will be printed on the badge. Use it, or retake it.</source>
        <translation>此照片将打印在证件上。请使用，或重新拍摄。</translation>
    </message>
    <message>
        <source>Keeping the photo…</source>
        <translation>正在保存照片…</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>Webcam picture</source>
        <translation>网络摄像头画面</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>使用此照片</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>重拍</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
    <name>PhotoSourceDialog</name>
    <message>
        <source>Replace photo</source>
        <translation>更换照片</translation>
    </message>
    <message>
        <source>New photo of {name}</source>
        <translation>{name} 的新照片</translation>
    </message>
    <message>
        <source>Take with the webcam</source>
        <translation>用网络摄像头拍摄</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
    <name>PrintDialog</name>
    <message>
        <source>Print badge</source>
        <translation>打印证件</translation>
    </message>
    <message>
        <source>Badge for {name}</source>
        <translation>{name} 的证件</translation>
    </message>
    <message>
        <source>Badge version {version} will be printed.</source>
        <translation>将打印第 {version} 版证件。</translation>
    </message>
    <message>
        <source>The badge now valid (version {old}) stops working once the new one is printed.</source>
        <translation>新证件打印后，当前有效的证件（第 {old} 版）即失效。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
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
    <name>ReasonField</name>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Details (optional, or the reason itself)</source>
        <translation>详细说明（可选，或直接填写原因）</translation>
    </message>
    <message>
        <source>Reason details</source>
        <translation>原因说明</translation>
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
    <name>RegistryWords</name>
    <message>
        <source>kiosk registry</source>
        <translation>自助终端注册中心</translation>
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
    <name>VipPickupDialog</name>
    <message>
        <source>VIP badge pick-up</source>
        <translation>贵宾证件代领</translation>
    </message>
    <message>
        <source>Who collects the badge of {name}?</source>
        <translation>谁来领取 {name} 的证件？</translation>
    </message>
    <message>
        <source>Check the collector&apos;s ID document. Their name stays on this machine.</source>
        <translation>请核验领取人的身份证件。其姓名仅保存在本机。</translation>
    </message>
    <message>
        <source>Collector&apos;s name</source>
        <translation>领取人姓名</translation>
    </message>
    <message>
        <source>ID document shown</source>
        <translation>出示的身份证件</translation>
    </message>
    <message>
        <source>Record the pick-up</source>
        <translation>记录领取</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void badge</source>
        <translation>作废证件</translation>
    </message>
    <message>
        <source>Void the badge of {name}</source>
        <translation>作废 {name} 的证件</translation>
    </message>
    <message>
        <source>Badge version {version} stops working at every door at once. No badge of this person is valid until the next print.</source>
        <translation>第 {version} 版证件将立即在所有入口失效。在下次打印之前，此人没有任何有效证件。</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in</source>
        <translation>现场登记</translation>
    </message>
    <message>
        <source>Temporary badge for a walk-in</source>
        <translation>为现场登记人员制作临时证件</translation>
    </message>
    <message>
        <source>For someone not registered. Type the names as on their ID document. The registration is provisional until the registry confirms it.</source>
        <translation>适用于未注册人员。请按身份证件填写姓名。在注册系统确认之前，此注册为临时注册。</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Badge name</source>
        <translation>证件姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Country (two letters)</source>
        <translation>国家（两个字母）</translation>
    </message>
    <message>
        <source>Badge category</source>
        <translation>证件类别</translation>
    </message>
    <message>
        <source>Empty: given and family name</source>
        <translation>留空则使用名和姓</translation>
    </message>
    <message>
        <source>Create the registration</source>
        <translation>创建注册</translation>
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
    <name>desk-documents</name>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>National identity card</source>
        <translation>国民身份证</translation>
    </message>
    <message>
        <source>UN laissez-passer</source>
        <translation>联合国通行证</translation>
    </message>
    <message>
        <source>Other official document</source>
        <translation>其他官方证件</translation>
    </message>
</context>
<context>
    <name>desk-problems</name>
    <message>
        <source>The text holds an invisible control character (a tab, a line break …). Retype it instead of pasting it.</source>
        <translation>文本中含有不可见的控制字符（制表符、换行符……）。请手动输入，不要粘贴。</translation>
    </message>
    <message>
        <source>The name holds an invisible character that reorders text. Retype the name instead of pasting it.</source>
        <translation>姓名中含有会改变文字顺序的不可见字符。请手动输入姓名，不要粘贴。</translation>
    </message>
    <message>
        <source>A name is empty. Type the name.</source>
        <translation>姓名为空。请输入姓名。</translation>
    </message>
    <message>
        <source>The text is too long: a name has at most {name_limit} characters, a reason or an organisation at most {reason_limit}.</source>
        <translation>文本过长：姓名最多 {name_limit} 个字符，原因或机构名称最多 {reason_limit} 个字符。</translation>
    </message>
    <message>
        <source>Choose or type a reason: it goes into the audit log.</source>
        <translation>请选择或输入原因：原因将记入审计日志。</translation>
    </message>
    <message>
        <source>The country is a two-letter code (CH, SN, CN …) or empty.</source>
        <translation>国家应为两个字母的代码（CH、SN、CN……）或留空。</translation>
    </message>
    <message>
        <source>Check the person&apos;s ID document first, then tick the box.</source>
        <translation>请先核验此人的身份证件，然后勾选此框。</translation>
    </message>
    <message>
        <source>This registration is not on this machine. Sync, then try again.</source>
        <translation>本机上没有此注册。请同步后重试。</translation>
    </message>
    <message>
        <source>This registration is revoked or cancelled: no check-in and no badge. Ask a supervisor.</source>
        <translation>此注册已被撤销或取消：不能签到，也不能发放证件。请联系主管。</translation>
    </message>
    <message>
        <source>This person has no valid badge to void.</source>
        <translation>此人没有可作废的有效证件。</translation>
    </message>
    <message>
        <source>The badge cannot be printed now: the registration is revoked or cancelled, or a print job for this person is still open (answer it on the Exceptions page).</source>
        <translation>现在无法打印证件：此注册已被撤销或取消，或此人仍有未完成的打印任务（请在“异常情况”页面处理）。</translation>
    </message>
    <message>
        <source>This desk has no printer. Print at a desk with a printer.</source>
        <translation>此注册台没有打印机。请在配有打印机的注册台打印。</translation>
    </message>
    <message>
        <source>This machine has no event yet. Sync or import the roster first.</source>
        <translation>本机尚无活动信息。请先同步或导入名单。</translation>
    </message>
    <message>
        <source>The event has no badge category with this code.</source>
        <translation>本活动没有使用此代码的证件类别。</translation>
    </message>
    <message>
        <source>No free registration number was found. Try again.</source>
        <translation>未找到可用的注册号。请重试。</translation>
    </message>
    <message>
        <source>Only a supervisor may do this. Ask a supervisor; this attempt was recorded.</source>
        <translation>只有主管可以执行此操作。请联系主管；此次尝试已被记录。</translation>
    </message>
    <message>
        <source>This file cannot be used as a badge photo: choose a JPEG or PNG picture of the person.</source>
        <translation>此文件不能用作证件照片：请选择此人的 JPEG 或 PNG 图片。</translation>
    </message>
</context>
<context>
    <name>desk-reasons</name>
    <message>
        <source>Choose a reason…</source>
        <translation>请选择原因…</translation>
    </message>
    <message>
        <source>Other (type it below)</source>
        <translation>其他（请在下方填写）</translation>
    </message>
    <message>
        <source>First badge</source>
        <translation>首张证件</translation>
    </message>
    <message>
        <source>Badge lost</source>
        <translation>证件遗失</translation>
    </message>
    <message>
        <source>Badge damaged</source>
        <translation>证件损坏</translation>
    </message>
    <message>
        <source>Name corrected</source>
        <translation>姓名已更正</translation>
    </message>
    <message>
        <source>Photo replaced</source>
        <translation>照片已更换</translation>
    </message>
    <message>
        <source>Reported lost</source>
        <translation>报告遗失</translation>
    </message>
    <message>
        <source>Reported stolen</source>
        <translation>报告被盗</translation>
    </message>
    <message>
        <source>Used by someone else</source>
        <translation>被他人使用</translation>
    </message>
    <message>
        <source>Misspelt</source>
        <translation>拼写错误</translation>
    </message>
    <message>
        <source>As on the ID document</source>
        <translation>与身份证件一致</translation>
    </message>
    <message>
        <source>The person&apos;s preferred name</source>
        <translation>本人惯用姓名</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>未注册</translation>
    </message>
    <message>
        <source>Registration not found</source>
        <translation>找不到注册记录</translation>
    </message>
    <message>
        <source>Invited on site</source>
        <translation>现场受邀</translation>
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
        <source>Ticket blocked</source>
        <translation>门票已被冻结</translation>
    </message>
    <message>
        <source>The organiser has blocked this ticket for now.</source>
        <translation>主办方已暂时冻结此门票。</translation>
    </message>
    <message>
        <source>Ticket not on this kiosk yet</source>
        <translation>本自助终端尚无此门票</translation>
    </message>
    <message>
        <source>Your ticket is genuine, but this kiosk has not received it yet.</source>
        <translation>您的门票真实有效，但本自助终端尚未收到该门票信息。</translation>
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
    <name>people_texts</name>
    <message>
        <source>first badge</source>
        <translation>首张证件</translation>
    </message>
    <message>
        <source>The scan was empty. Scan the code again.</source>
        <translation>扫描内容为空，请重新扫描。</translation>
    </message>
    <message>
        <source>That is not a registration code or a badge. Scan the QR code again.</source>
        <translation>这不是注册码，也不是证件。请重新扫描二维码。</translation>
    </message>
    <message>
        <source>This code is in a format this desk cannot read. Search for the person by name.</source>
        <translation>本服务台无法读取此格式的代码。请按姓名搜索该人员。</translation>
    </message>
    <message>
        <source>This code&apos;s signature is not valid: it may be forged. Check the person&apos;s ID.</source>
        <translation>此代码的签名无效，可能是伪造的。请核对其身份证件。</translation>
    </message>
    <message>
        <source>This code is signed with a key this desk does not know. Sync, then scan again.</source>
        <translation>此代码的签名密钥本服务台未知。请同步后重新扫描。</translation>
    </message>
    <message>
        <source>This code is signed with a withdrawn key. Search for the person by name.</source>
        <translation>此代码使用已撤销的密钥签名。请按姓名搜索该人员。</translation>
    </message>
    <message>
        <source>This code is for another event.</source>
        <translation>此代码属于另一活动。</translation>
    </message>
    <message>
        <source>This code is genuine, but the person is not on this desk&apos;s list yet. Sync.</source>
        <translation>此代码真实有效，但本服务台名单中尚无此人。请同步。</translation>
    </message>
    <message>
        <source>Nobody on this desk&apos;s list has this code. Search for the person by name.</source>
        <translation>本服务台名单中无人持有此代码。请按姓名搜索该人员。</translation>
    </message>
    <message>
        <source>This ticket is blocked by the organiser. Search for the person by name.</source>
        <translation>此门票已被主办方冻结。请按姓名搜索该人员。</translation>
    </message>
    <message>
        <source>This ticket was replaced or cancelled. Search for the person by name.</source>
        <translation>此门票已被替换或取消。请按姓名搜索该人员。</translation>
    </message>
    <message>
        <source>This ticket is genuine, but it is not valid at this time.</source>
        <translation>此门票真实有效，但当前不在有效期内。</translation>
    </message>
    <message>
        <source>Scanned: their valid badge.</source>
        <translation>已扫描：其有效证件。</translation>
    </message>
    <message>
        <source>Scanned: badge version {version}, which is no longer valid.</source>
        <translation>已扫描：第 {version} 版证件，该证件已失效。</translation>
    </message>
    <message>
        <source>Scanned: an unsigned badge code. Check the person&apos;s ID.</source>
        <translation>已扫描：未签名的证件代码。请核对其身份证件。</translation>
    </message>
    <message>
        <source>Scanned: an older registration code, replaced by a newer one.</source>
        <translation>已扫描：旧注册码，已被新代码取代。</translation>
    </message>
    <message>
        <source>Scanned: this registration is revoked.</source>
        <translation>已扫描：此注册已撤销。</translation>
    </message>
    <message>
        <source>Scanned: this registration is not valid today.</source>
        <translation>已扫描：此注册今天无效。</translation>
    </message>
    <message>
        <source>Scanned: this ticket is blocked by the organiser.</source>
        <translation>已扫描：此门票已被主办方冻结。</translation>
    </message>
    <message>
        <source>typed code</source>
        <translation>手动输入代码</translation>
    </message>
    <message>
        <source>scanner</source>
        <translation>扫描器</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>by hand at the desk</source>
        <translation>在服务台人工办理</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已注册</translation>
    </message>
    <message>
        <source>Registration cancelled</source>
        <translation>注册已取消</translation>
    </message>
    <message>
        <source>Registration revoked</source>
        <translation>注册已撤销</translation>
    </message>
    <message>
        <source>waiting to print</source>
        <translation>等待打印</translation>
    </message>
    <message>
        <source>being printed</source>
        <translation>正在打印</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>cut off: did it come out?</source>
        <translation>已中断：证件是否已打出？</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>national ID card</source>
        <translation>国民身份证</translation>
    </message>
    <message>
        <source>UN laissez-passer</source>
        <translation>联合国通行证</translation>
    </message>
    <message>
        <source>other ID document</source>
        <translation>其他身份证件</translation>
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
