<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Self-service badge collection</source>
        <translation>استلام الشارات بالخدمة الذاتية</translation>
    </message>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>جلسات اليوم</translation>
    </message>
    <message>
        <source>Hold the QR code from your registration confirmation under the scanner, on your phone or on paper.</source>
        <translation>يُرجى وضع رمز الاستجابة السريعة الوارد في تأكيد تسجيلكم تحت الماسح الضوئي، على هاتفكم أو على الورق.</translation>
    </message>
    <message>
        <source>What is on today, and where</source>
        <translation>ما يجري اليوم وأين</translation>
    </message>
    <message>
        <source>Badges are printed at the accreditation desk today.</source>
        <translation>تُطبع الشارات اليوم في مكتب الاعتماد.</translation>
    </message>
    <message>
        <source>This kiosk is not taking codes at the moment. Please go to the accreditation desk.</source>
        <translation>لا يقبل هذا الكشك الرموز في الوقت الحالي. يُرجى التوجه إلى مكتب الاعتماد.</translation>
    </message>
    <message>
        <source>You can still check in here, then collect your badge at the desk.</source>
        <translation>لا يزال بإمكانكم تسجيل الوصول هنا، ثم استلام شارتكم من المكتب.</translation>
    </message>
    <message>
        <source>Start screen</source>
        <translation>شاشة البداية</translation>
    </message>
    <message>
        <source>Show the screens in this language</source>
        <translation>عرض الشاشات بهذه اللغة</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>Make the text on the screens larger</source>
        <translation>تكبير النص على الشاشات</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Hold your code here</source>
        <translation>يُرجى وضع رمزكم هنا</translation>
    </message>
    <message>
        <source>Camera not available</source>
        <translation>الكاميرا غير متاحة</translation>
    </message>
    <message>
        <source>Please use the scanner.</source>
        <translation>يُرجى استخدام الماسح الضوئي.</translation>
    </message>
</context>
<context>
    <name>CheckingScreen</name>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>يُرجى الانتظار قليلاً.</translation>
    </message>
</context>
<context>
    <name>NowNextStrip</name>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>جلسات اليوم</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>{caption} {time}: {title} ({room})</source>
        <translation>{caption} {time}: {title} ({room})</translation>
    </message>
</context>
<context>
    <name>PhotoScreen</name>
    <message>
        <source>A photo for your badge</source>
        <translation>صورة لشارتكم</translation>
    </message>
    <message>
        <source>Look at the camera</source>
        <translation>انظروا إلى الكاميرا</translation>
    </message>
    <message>
        <source>Keep your face inside the oval. The photo is taken after the countdown.</source>
        <translation>يُرجى إبقاء وجهكم داخل الشكل البيضاوي. تُلتقط الصورة بعد انتهاء العد التنازلي.</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>لحظة من فضلكم…</translation>
    </message>
    <message>
        <source>Preparing your photo.</source>
        <translation>جارٍ إعداد صورتكم.</translation>
    </message>
    <message>
        <source>Is this photo all right?</source>
        <translation>هل هذه الصورة مناسبة؟</translation>
    </message>
    <message>
        <source>This photo will be printed on your badge.</source>
        <translation>ستُطبع هذه الصورة على شارتكم.</translation>
    </message>
    <message>
        <source>Printing your badge…</source>
        <translation>جارٍ طباعة شارتكم…</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>يُرجى الانتظار قليلاً.</translation>
    </message>
    <message>
        <source>The photo is printed on your badge and sent to the event&apos;s registration system. It is kept until the event&apos;s data is deleted after the event.</source>
        <translation>تُطبع الصورة على شارتكم وتُرسل إلى نظام التسجيل الخاص بالفعالية، ويُحتفظ بها إلى حين حذف بيانات الفعالية بعد انتهائها.</translation>
    </message>
    <message>
        <source>No thanks: you are checked in all the same; staff at the accreditation desk will take your photo and print your badge.</source>
        <translation>لا، شكراً: تم تسجيل وصولكم على أي حال، وسيلتقط موظفو مكتب الاعتماد صورتكم ويطبعون شارتكم.</translation>
    </message>
    <message>
        <source>Take my photo</source>
        <translation>التقاط صورتي</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>لا، شكراً</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>استخدام هذه الصورة</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>إعادة الالتقاط</translation>
    </message>
    <message>
        <source>Your badge needs a photo. This kiosk can take it now, in a few seconds.</source>
        <translation>تحتاج شارتكم إلى صورة. ويمكن لهذا الكشك التقاطها الآن في بضع ثوانٍ.</translation>
    </message>
</context>
<context>
    <name>PinPadScreen</name>
    <message>
        <source>Staff sign-in</source>
        <translation>دخول الموظفين</translation>
    </message>
    <message>
        <source>Enter your staff PIN, or scan your staff QR code.</source>
        <translation>أدخلوا رقم التعريف الشخصي للموظف أو امسحوا رمز الاستجابة السريعة الخاص بالموظفين.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>PrinterStatusLabel</name>
    <message>
        <source>ready</source>
        <translation>جاهزة</translation>
    </message>
    <message>
        <source>paper running low</source>
        <translation>الورق على وشك النفاد</translation>
    </message>
    <message>
        <source>out of paper</source>
        <translation>نفد الورق</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>الغطاء مفتوح</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>يتعذر الوصول إليها</translation>
    </message>
    <message>
        <source>state unknown</source>
        <translation>الحالة غير معروفة</translation>
    </message>
    <message>
        <source>Printer: checking…</source>
        <translation>الطابعة: جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>الطابعة: %1</translation>
    </message>
    <message>
        <source>badges at the accreditation desk</source>
        <translation>الشارات في مكتب الاعتماد</translation>
    </message>
</context>
<context>
    <name>RefusalScreen</name>
    <message>
        <source>Reference for staff: {reference}</source>
        <translation>مرجع للموظفين: {reference}</translation>
    </message>
    <message>
        <source>Printed on {date} at {time}</source>
        <translation>طُبعت في {date} الساعة {time}</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Registration {number}</source>
        <translation>رقم التسجيل {number}</translation>
    </message>
    <message>
        <source>Back to the start screen</source>
        <translation>العودة إلى شاشة البداية</translation>
    </message>
</context>
<context>
    <name>ScanTestWindow</name>
    <message>
        <source>Scanner test</source>
        <translation>اختبار الماسحات</translation>
    </message>
    <message>
        <source>Scan codes with every scanner, or type in the field. Nothing is checked in or printed.</source>
        <translation>امسح الرموز بكل ماسح، أو اكتب في الحقل. لا يُسجَّل أي حضور ولا يُطبع شيء.</translation>
    </message>
    <message>
        <source>Type here: typing must appear in this field, scans must not.</source>
        <translation>اكتب هنا: يجب أن يظهر ما تكتبه في هذا الحقل، أما المسح فلا.</translation>
    </message>
    <message>
        <source>no kiosk database: codes are not checked</source>
        <translation>لا توجد قاعدة بيانات للكشك: لا يُتحقق من الرموز</translation>
    </message>
    <message>
        <source>SCAN</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>TYPING</source>
        <translation>كتابة</translation>
    </message>
    <message>
        <source>NO SUFFIX</source>
        <translation>بلا لاحقة</translation>
    </message>
    <message>
        <source>{time}  {source}  {verdict}  {count} characters</source>
        <translation>{time}  {source}  {verdict}  {count} حرفًا</translation>
    </message>
    <message>
        <source>received: {text}</source>
        <translation>المستلَم: {text}</translation>
    </message>
    <message>
        <source>bytes: {hex}</source>
        <translation>البايتات: {hex}</translation>
    </message>
    <message>
        <source>keys {low:.1f} to {high:.1f} ms apart (median {median:.1f} ms)</source>
        <translation>الفاصل بين المفاتيح من {low:.1f} إلى {high:.1f} م.ث (الوسيط {median:.1f} م.ث)</translation>
    </message>
    <message>
        <source>handed on to the focused field as typing</source>
        <translation>سُلِّم إلى الحقل النشط ككتابة</translation>
    </message>
    <message>
        <source>fast, but the suffix never came: handed on as typing</source>
        <translation>سريع، لكن اللاحقة لم تصل: سُلِّم ككتابة</translation>
    </message>
    <message>
        <source>the same code again within the debounce time: ignored</source>
        <translation>الرمز نفسه مرة أخرى خلال مهلة منع التكرار: تم تجاهله</translation>
    </message>
    <message>
        <source>not checked: {error}</source>
        <translation>لم يُتحقق منه: {error}</translation>
    </message>
    <message>
        <source>read as: not digits</source>
        <translation>قُرئ على أنه: ليس أرقامًا</translation>
    </message>
    <message>
        <source>none needed</source>
        <translation>لا حاجة</translation>
    </message>
    <message>
        <source>read as: {count} digit reading(s); layout mapping: {mappings}</source>
        <translation>قُرئ على أنه: {count} قراءة رقمية؛ تحويل لوحة المفاتيح: {mappings}</translation>
    </message>
    <message>
        <source>not a code</source>
        <translation>ليس رمزًا</translation>
    </message>
    <message>
        <source>signed code</source>
        <translation>رمز موقَّع</translation>
    </message>
    <message>
        <source>badge QR</source>
        <translation>رمز QR للشارة</translation>
    </message>
    <message>
        <source>Indico code</source>
        <translation>رمز Indico</translation>
    </message>
    <message>
        <source>older Indico code</source>
        <translation>رمز Indico قديم</translation>
    </message>
    <message>
        <source>ticket secret</source>
        <translation>سر التذكرة</translation>
    </message>
    <message>
        <source>{kind}: {answer}</source>
        <translation>{kind}: {answer}</translation>
    </message>
    <message>
        <source> (digits recovered through {mapping})</source>
        <translation> (استُعيدت الأرقام عبر {mapping})</translation>
    </message>
    <message>
        <source>, registration {number}</source>
        <translation>، التسجيل {number}</translation>
    </message>
    <message>
        <source>Keyboard wedge: off</source>
        <translation>ماسح لوحة المفاتيح: متوقف</translation>
    </message>
    <message>
        <source>Keyboard wedge: suffix {suffix}, keys at most {gap:.0f} ms apart, at least {length} characters</source>
        <translation>ماسح لوحة المفاتيح: اللاحقة {suffix}، فاصل المفاتيح {gap:.0f} م.ث كحد أقصى، {length} حرفًا على الأقل</translation>
    </message>
    <message>
        <source>Serial scanner: none configured</source>
        <translation>الماسح التسلسلي: غير مُعَدّ</translation>
    </message>
    <message>
        <source>off</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>not available, retrying</source>
        <translation>غير متاح، جارٍ إعادة المحاولة</translation>
    </message>
    <message>
        <source>Serial scanner {port}: {status}</source>
        <translation>الماسح التسلسلي {port}: {status}</translation>
    </message>
</context>
<context>
    <name>SessionsBoard</name>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>جلسات اليوم</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>جميع الأجزاء</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>جميع اللغات</translation>
    </message>
    <message>
        <source>More sessions: {count}. Choose a track or a language.</source>
        <translation>جلسات أخرى: {count}. اختر جزءًا أو لغة.</translation>
    </message>
    <message>
        <source>The programme cannot be shown right now ({reference}).</source>
        <translation>يتعذر عرض البرنامج الآن ({reference}).</translation>
    </message>
    <message>
        <source>Loading today&apos;s sessions…</source>
        <translation>جارٍ تحميل جلسات اليوم…</translation>
    </message>
    <message>
        <source>There are no sessions today.</source>
        <translation>لا توجد جلسات اليوم.</translation>
    </message>
    <message>
        <source>Today&apos;s sessions have ended.</source>
        <translation>انتهت جلسات اليوم.</translation>
    </message>
    <message>
        <source>No session still to come matches these choices.</source>
        <translation>لا توجد جلسة قادمة تطابق هذه الاختيارات.</translation>
    </message>
</context>
<context>
    <name>StaffFlow</name>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again in {seconds} s.</source>
        <translation>محاولات خاطئة كثيرة. أعيدوا المحاولة بعد {seconds} ثانية.</translation>
    </message>
    <message>
        <source>Wrong PIN or staff code. Try again.</source>
        <translation>رقم التعريف الشخصي أو رمز الموظف غير صحيح. أعيدوا المحاولة.</translation>
    </message>
    <message>
        <source>The kiosk could not check this. Reference: {ref}</source>
        <translation>تعذر على الكشك التحقق من ذلك. المرجع: {ref}</translation>
    </message>
    <message>
        <source>Printing a test page…</source>
        <translation>جارٍ طباعة صفحة اختبار…</translation>
    </message>
    <message>
        <source>The test page was sent to the printer.</source>
        <translation>أُرسلت صفحة الاختبار إلى الطابعة.</translation>
    </message>
    <message>
        <source>The test page could not be printed: see `kiosk printers`.</source>
        <translation>تعذرت طباعة صفحة الاختبار: راجعوا `kiosk printers`.</translation>
    </message>
</context>
<context>
    <name>StaffMenuScreen</name>
    <message>
        <source>Staff menu</source>
        <translation>قائمة الموظفين</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <source>desk staff</source>
        <translation>موظف المكتب</translation>
    </message>
    <message>
        <source>Signed in: {staff} ({role})</source>
        <translation>تم تسجيل الدخول: {staff} ({role})</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>طباعة اختبارية</translation>
    </message>
    <message>
        <source>Scanner test</source>
        <translation>اختبار الماسحات</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>الخروج من وضع الكشك</translation>
    </message>
    <message>
        <source>Quit the kiosk</source>
        <translation>إغلاق الكشك</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>العودة إلى الكشك</translation>
    </message>
    <message>
        <source>Leaving kiosk mode and quitting need a supervisor.</source>
        <translation>يلزم وجود مشرف للخروج من وضع الكشك أو إغلاقه.</translation>
    </message>
    <message>
        <source>Printers: not checked yet</source>
        <translation>الطابعات: لم يُتحقق منها بعد</translation>
    </message>
    <message>
        <source>Printer {number}: {state}</source>
        <translation>الطابعة {number}: {state}</translation>
    </message>
    <message>
        <source>No printer can print: badges wait for the desk.</source>
        <translation>لا توجد طابعة قادرة على الطباعة: ستُطبع الشارات في المكتب.</translation>
    </message>
</context>
<context>
    <name>StartUpChecks</name>
    <message>
        <source>Start-up check failed: {check}: {finding}</source>
        <translation>فشل فحص بدء التشغيل: {check}: {finding}</translation>
    </message>
    <message>
        <source>Other problems: {count}.</source>
        <translation>مشكلات أخرى: {count}.</translation>
    </message>
    <message>
        <source>IT: run “kiosk doctor” on this machine for what to do.</source>
        <translation>لفريق تكنولوجيا المعلومات: شغّلوا الأمر «kiosk doctor» على هذا الجهاز لمعرفة ما يجب فعله.</translation>
    </message>
</context>
<context>
    <name>SyncStatusCorner</name>
    <message>
        <source>Connecting to the registry…</source>
        <translation>جارٍ الاتصال بالسجل…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>no data from the registry yet</source>
        <translation>لا توجد بيانات من السجل بعد</translation>
    </message>
    <message>
        <source>data updated just now</source>
        <translation>تم تحديث البيانات للتو</translation>
    </message>
    <message>
        <source>data updated %1 min ago</source>
        <translation>تم تحديث البيانات قبل %1 د</translation>
    </message>
    <message>
        <source>data updated %1 h ago</source>
        <translation>تم تحديث البيانات قبل %1 س</translation>
    </message>
</context>
<context>
    <name>_SessionCard</name>
    <message>
        <source>until {time}</source>
        <translation>حتى {time}</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Welcome</source>
        <translation>مرحباً بكم</translation>
    </message>
    <message>
        <source>Your badge is printing — please take it from the printer.</source>
        <translation>تجري طباعة شارتكم الآن — يُرجى أخذها من الطابعة.</translation>
    </message>
    <message>
        <source>Please wear your badge visibly at all times on the premises.</source>
        <translation>يُرجى ارتداء الشارة بشكل ظاهر في جميع الأوقات داخل المباني.</translation>
    </message>
    <message>
        <source>Badge already collected</source>
        <translation>تم استلام الشارة مسبقاً</translation>
    </message>
    <message>
        <source>A badge has already been printed for this registration.</source>
        <translation>سبقت طباعة شارة لهذا التسجيل.</translation>
    </message>
    <message>
        <source>Your badge is ready at the desk</source>
        <translation>شارتكم جاهزة في المكتب</translation>
    </message>
    <message>
        <source>Badges in your category are handed over in person.</source>
        <translation>تُسلَّم شارات فئتكم شخصياً.</translation>
    </message>
    <message>
        <source>No code received</source>
        <translation>لم يُستلم أي رمز</translation>
    </message>
    <message>
        <source>The scanner did not receive anything from your code.</source>
        <translation>لم يستلم الماسح الضوئي أي بيانات من رمزكم.</translation>
    </message>
    <message>
        <source>Please hold the QR code flat under the scanner and try again.</source>
        <translation>يُرجى إمساك رمز الاستجابة السريعة بشكل مستوٍ تحت الماسح الضوئي والمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Code not readable</source>
        <translation>تتعذر قراءة الرمز</translation>
    </message>
    <message>
        <source>This code could not be read: it may be damaged, incomplete or not a registration code.</source>
        <translation>تعذرت قراءة هذا الرمز: ربما يكون تالفاً أو ناقصاً أو ليس رمز تسجيل.</translation>
    </message>
    <message>
        <source>Code format not supported</source>
        <translation>تنسيق الرمز غير مدعوم</translation>
    </message>
    <message>
        <source>This code uses a format that this kiosk cannot read.</source>
        <translation>يستخدم هذا الرمز تنسيقاً لا يستطيع هذا الكشك قراءته.</translation>
    </message>
    <message>
        <source>Code could not be verified</source>
        <translation>تعذر التحقق من الرمز</translation>
    </message>
    <message>
        <source>This code did not pass the authenticity check.</source>
        <translation>لم يجتز هذا الرمز فحص الأصالة.</translation>
    </message>
    <message>
        <source>Code issuer not recognised</source>
        <translation>جهة إصدار الرمز غير معروفة</translation>
    </message>
    <message>
        <source>This kiosk does not yet know who issued this code; it may have been issued very recently.</source>
        <translation>لا يعرف هذا الكشك بعدُ الجهة التي أصدرت هذا الرمز؛ فربما صدر مؤخراً جداً.</translation>
    </message>
    <message>
        <source>Code withdrawn</source>
        <translation>تم سحب الرمز</translation>
    </message>
    <message>
        <source>This code was signed with a security key that is no longer accepted.</source>
        <translation>وُقِّع هذا الرمز بمفتاح أمان لم يعد مقبولاً.</translation>
    </message>
    <message>
        <source>Code for another event</source>
        <translation>رمز لفعالية أخرى</translation>
    </message>
    <message>
        <source>This code is a registration for a different event.</source>
        <translation>هذا الرمز خاص بالتسجيل في فعالية مختلفة.</translation>
    </message>
    <message>
        <source>Not valid today</source>
        <translation>غير صالح اليوم</translation>
    </message>
    <message>
        <source>Your registration does not include today&apos;s date.</source>
        <translation>لا يشمل تسجيلكم تاريخ اليوم.</translation>
    </message>
    <message>
        <source>Registration not active</source>
        <translation>التسجيل غير نشط</translation>
    </message>
    <message>
        <source>This registration has been cancelled or withdrawn.</source>
        <translation>أُلغي هذا التسجيل أو سُحب.</translation>
    </message>
    <message>
        <source>Code replaced by a newer one</source>
        <translation>استُبدل الرمز برمز أحدث</translation>
    </message>
    <message>
        <source>A newer code has been issued for this registration, so this one can no longer be used.</source>
        <translation>صدر رمز أحدث لهذا التسجيل، ولذلك لم يعد من الممكن استخدام هذا الرمز.</translation>
    </message>
    <message>
        <source>Registration not found</source>
        <translation>لم يُعثر على التسجيل</translation>
    </message>
    <message>
        <source>This kiosk has no record of this registration yet.</source>
        <translation>لا يوجد لدى هذا الكشك سجل لهذا التسجيل حتى الآن.</translation>
    </message>
    <message>
        <source>Your badge may already have been printed: its printing was interrupted.</source>
        <translation>ربما تكون شارتكم قد طُبعت بالفعل: فقد توقفت عملية الطباعة.</translation>
    </message>
    <message>
        <source>You are checked in, but the printer has a problem and your badge could not be printed.</source>
        <translation>تم تسجيل وصولكم، ولكن حدثت مشكلة في الطابعة وتعذرت طباعة شارتكم.</translation>
    </message>
    <message>
        <source>Please go to the accreditation desk: staff will take your photo and print your badge.</source>
        <translation>يُرجى التوجه إلى مكتب الاعتماد، حيث سيلتقط الموظفون صورتكم ويطبعون شارتكم.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <source>The kiosk could not check your code. This is not your fault.</source>
        <translation>تعذر على الكشك التحقق من رمزكم. ولا يعود ذلك إلى خطأ من جانبكم.</translation>
    </message>
    <message>
        <source>Please go to the accreditation desk, where staff will help you.</source>
        <translation>يُرجى التوجه إلى مكتب الاعتماد، حيث سيساعدكم الموظفون.</translation>
    </message>
    <message>
        <source>Please try again with the QR code from your registration confirmation, or go to the accreditation desk.</source>
        <translation>يُرجى المحاولة مرة أخرى باستخدام رمز الاستجابة السريعة الوارد في تأكيد تسجيلكم، أو التوجه إلى مكتب الاعتماد.</translation>
    </message>
    <message>
        <source>If you have lost your badge, please see the accreditation desk.</source>
        <translation>إذا فقدتم شارتكم، يُرجى مراجعة مكتب الاعتماد.</translation>
    </message>
    <message>
        <source>Please go to the accreditation desk, where your badge is waiting for you.</source>
        <translation>يُرجى التوجه إلى مكتب الاعتماد، حيث تنتظركم شارتكم.</translation>
    </message>
    <message>
        <source>Please show the code you received for this event, or go to the accreditation desk.</source>
        <translation>يُرجى إبراز الرمز الذي تلقيتموه لهذه الفعالية، أو التوجه إلى مكتب الاعتماد.</translation>
    </message>
    <message>
        <source>Please scan the most recent code you received, or go to the accreditation desk.</source>
        <translation>يُرجى مسح أحدث رمز تلقيتموه، أو التوجه إلى مكتب الاعتماد.</translation>
    </message>
    <message>
        <source>Please ask at the accreditation desk; staff will check and print it if needed.</source>
        <translation>يُرجى التوجه إلى مكتب الاعتماد؛ سيتحقق الموظفون من ذلك ويطبعونها عند الحاجة.</translation>
    </message>
    <message>
        <source>Please go to the accreditation desk to collect your badge.</source>
        <translation>يُرجى التوجه إلى مكتب الاعتماد لاستلام شارتكم.</translation>
    </message>
    <message>
        <source>The printer is out of paper.</source>
        <translation>نفد الورق من الطابعة.</translation>
    </message>
    <message>
        <source>The printer&apos;s cover is open.</source>
        <translation>غطاء الطابعة مفتوح.</translation>
    </message>
    <message>
        <source>The printer is not responding.</source>
        <translation>الطابعة لا تستجيب.</translation>
    </message>
    <message>
        <source>The printer reported a fault.</source>
        <translation>أبلغت الطابعة عن عطل.</translation>
    </message>
    <message>
        <source>You are checked in. Your badge needs a photo, which is taken at the desk.</source>
        <translation>تم تسجيل وصولكم. تحتاج شارتكم إلى صورة تُلتقط في مكتب الاعتماد.</translation>
    </message>
    <message>
        <source>You are checked in, but the camera stopped working before your photo was taken.</source>
        <translation>تم تسجيل وصولكم، ولكن الكاميرا توقفت عن العمل قبل التقاط صورتكم.</translation>
    </message>
    <message>
        <source>You are checked in. Badges are printed at the accreditation desk today.</source>
        <translation>تم تسجيل وصولكم. تُطبع الشارات اليوم في مكتب الاعتماد.</translation>
    </message>
    <message>
        <source>Please collect your badge at the accreditation desk at the entrance of the ITU Montbrillant building.</source>
        <translation>يُرجى استلام شارتكم من مكتب الاعتماد عند مدخل مبنى مونبريان التابع للاتحاد الدولي للاتصالات.</translation>
    </message>
</context>
<context>
    <name>sessions</name>
    <message>
        <source>Room to be announced</source>
        <translation>ستُعلن القاعة لاحقًا</translation>
    </message>
</context>
</TS>
