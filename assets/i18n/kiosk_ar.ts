<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>ArrivalsPanel</name>
    <message>
        <source>Arrivals</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>There are no figures to export yet.</source>
        <translation>لا توجد بعدُ أرقام للتصدير.</translation>
    </message>
    <message>
        <source>The figures could not be read. Reference for IT: {ref}</source>
        <translation>تعذرت قراءة الأرقام. المرجع لقسم تكنولوجيا المعلومات: {ref}</translation>
    </message>
    <message>
        <source>The figures could not be refreshed; those shown are from {time}. Reference for IT: {ref}</source>
        <translation>تعذر تحديث الأرقام؛ الأرقام المعروضة هي أرقام الساعة {time}. المرجع لقسم تكنولوجيا المعلومات: {ref}</translation>
    </message>
    <message>
        <source>The picture could not be saved as {file}. Choose another folder.</source>
        <translation>تعذر حفظ الصورة باسم {file}. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>Charts saved as {file}</source>
        <translation>حُفظت الرسوم البيانية باسم {file}</translation>
    </message>
    <message>
        <source>Updated at {time} (every 30 seconds)</source>
        <translation>آخر تحديث الساعة {time} (كل 30 ثانية)</translation>
    </message>
    <message>
        <source>Export the charts as PNG</source>
        <translation>تصدير الرسوم البيانية بصيغة PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>تصدير PNG</translation>
    </message>
    <message>
        <source>Badges printed</source>
        <translation>الشارات المطبوعة</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>التسجيل في الموقع</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>جارٍ قراءة الأرقام…</translation>
    </message>
</context>
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
    <name>CheckInDialog</name>
    <message>
        <source>Check in</source>
        <translation>تسجيل الوصول</translation>
    </message>
    <message>
        <source>Check in {name}</source>
        <translation>تسجيل وصول {name}</translation>
    </message>
    <message>
        <source>Registration {id}. Compare the ID document with the name and photo.</source>
        <translation>التسجيل {id}. قارِن وثيقة الهوية بالاسم والصورة.</translation>
    </message>
    <message>
        <source>I have checked their ID document</source>
        <translation>لقد تحققتُ من وثيقة هويته</translation>
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
    <name>DeskContext</name>
    <message>
        <source>That did not work. Reference for IT: {ref}</source>
        <translation>لم تنجح العملية. المرجع لقسم تكنولوجيا المعلومات: {ref}</translation>
    </message>
</context>
<context>
    <name>DeskExceptions</name>
    <message>
        <source>Print interrupted</source>
        <translation>طباعة متوقفة</translation>
    </message>
    <message>
        <source>Print failed</source>
        <translation>تعذرت الطباعة</translation>
    </message>
    <message>
        <source>Badge waiting for the desk</source>
        <translation>شارة بانتظار الطباعة في المكتب</translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation>تعارض في المزامنة</translation>
    </message>
    <message>
        <source>Rejected by the registry</source>
        <translation>رفضه السجل</translation>
    </message>
    <message>
        <source>Refused scan</source>
        <translation>رمز مرفوض</translation>
    </message>
    <message>
        <source>The badge name was changed at two desks; the later change stands. Check the name.</source>
        <translation>عُدِّل الاسم على الشارة في مكتبين، ويُعتمد التعديل الأحدث. يُرجى التحقق من الاسم.</translation>
    </message>
    <message>
        <source>Checked in at two kiosks: check that one person holds one badge.</source>
        <translation>سُجِّل الوصول في كشكين: تحققوا من أن الشخص يحمل شارة واحدة فقط.</translation>
    </message>
    <message>
        <source>Two badges carry the same version: check which one the person holds.</source>
        <translation>تحمل شارتان رقم الإصدار نفسه: تحققوا من الشارة التي يحملها الشخص.</translation>
    </message>
    <message>
        <source>The registry flagged this registration for a check.</source>
        <translation>أشار السجل إلى أن هذا التسجيل يحتاج إلى تحقق.</translation>
    </message>
    <message>
        <source>a check-in</source>
        <translation>تسجيل وصول</translation>
    </message>
    <message>
        <source>a printed badge</source>
        <translation>شارة مطبوعة</translation>
    </message>
    <message>
        <source>a voided badge</source>
        <translation>شارة ملغاة</translation>
    </message>
    <message>
        <source>a walk-in registration</source>
        <translation>تسجيلًا في الموقع</translation>
    </message>
    <message>
        <source>a badge name correction</source>
        <translation>تصحيح اسم على شارة</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>سجلًا</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>قيد الطباعة</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>تعذرت</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>متوقفة</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>مطبوعة</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>This was already dealt with, here or at another desk. The list is up to date again.</source>
        <translation>عولجت هذه الحالة من قبل، هنا أو في مكتب آخر. وقد حُدِّثت القائمة.</translation>
    </message>
    <message>
        <source>Write a short note saying why (one line, at most 200 characters); nothing was cancelled.</source>
        <translation>اكتبوا ملاحظة قصيرة تبيّن السبب (سطر واحد، 200 حرف على الأكثر)؛ لم يُلغَ أي شيء.</translation>
    </message>
    <message>
        <source>That printer is no longer configured here; choose another one.</source>
        <translation>لم تعد هذه الطابعة مهيأة هنا؛ اختاروا طابعة أخرى.</translation>
    </message>
    <message>
        <source>The registry cannot be reached; the desk keeps trying.</source>
        <translation>يتعذر الوصول إلى السجل؛ ويواصل المكتب المحاولة.</translation>
    </message>
    <message>
        <source>The registry is not answering properly; the desk keeps trying.</source>
        <translation>لا يستجيب السجل على النحو الصحيح؛ ويواصل المكتب المحاولة.</translation>
    </message>
    <message>
        <source>The registry sent an answer the desk cannot read. Tell IT.</source>
        <translation>أرسل السجل ردًا لا يستطيع المكتب قراءته. أبلغوا فريق تكنولوجيا المعلومات.</translation>
    </message>
    <message>
        <source>The registry refused a request. Tell IT.</source>
        <translation>رفض السجل طلبًا. أبلغوا فريق تكنولوجيا المعلومات.</translation>
    </message>
    <message>
        <source>The registry was reset; the desk is reading all its data again.</source>
        <translation>أُعيد ضبط السجل؛ ويعيد المكتب قراءة جميع بياناته.</translation>
    </message>
    <message>
        <source>The registry does not recognise this machine: IT must enroll it again.</source>
        <translation>لا يتعرف السجل على هذا الجهاز: يجب أن يعيد فريق تكنولوجيا المعلومات تسجيله.</translation>
    </message>
    <message>
        <source>This machine was withdrawn at the registry. Tell IT.</source>
        <translation>سُحب هذا الجهاز في السجل. أبلغوا فريق تكنولوجيا المعلومات.</translation>
    </message>
    <message>
        <source>The enrolment code is not valid: IT must enroll this machine again.</source>
        <translation>رمز التسجيل غير صالح: يجب أن يعيد فريق تكنولوجيا المعلومات تسجيل هذا الجهاز.</translation>
    </message>
    <message>
        <source>Printing on %1 was cut off by a stop. Did the badge come out?</source>
        <translation>توقفت الطباعة على %1 بسبب إيقاف التشغيل. هل خرجت الشارة؟</translation>
    </message>
    <message>
        <source>Could not print on %1: %2</source>
        <translation>تعذرت الطباعة على %1: %2</translation>
    </message>
    <message>
        <source>Checked in; the badge is waiting to be printed here.</source>
        <translation>سُجِّل الوصول؛ والشارة بانتظار طباعتها هنا.</translation>
    </message>
    <message>
        <source>The registry refused %1: %2</source>
        <translation>رفض السجل %1: %2</translation>
    </message>
    <message>
        <source>(scanned %1 times)</source>
        <translation>(مُسح %1 مرات)</translation>
    </message>
    <message>
        <source>pretix does not know this ticket (deleted, or another event&apos;s)</source>
        <translation>لا يعرف pretix هذه التذكرة (محذوفة، أو تخص فعالية أخرى)</translation>
    </message>
    <message>
        <source>the order is not paid in pretix</source>
        <translation>الطلب غير مدفوع في pretix</translation>
    </message>
    <message>
        <source>the ticket is blocked in pretix</source>
        <translation>التذكرة محظورة في pretix</translation>
    </message>
    <message>
        <source>the ticket is not valid at this time in pretix</source>
        <translation>التذكرة غير صالحة في هذا الوقت وفقًا لـ pretix</translation>
    </message>
    <message>
        <source>the order or ticket is cancelled in pretix</source>
        <translation>الطلب أو التذكرة ملغاة في pretix</translation>
    </message>
    <message>
        <source>pretix says the ticket was already used</source>
        <translation>يفيد pretix بأن التذكرة استُخدمت من قبل</translation>
    </message>
    <message>
        <source>pretix&apos;s check-in list does not admit this product</source>
        <translation>قائمة تسجيل الوصول في pretix لا تقبل هذا المنتج</translation>
    </message>
    <message>
        <source>pretix&apos;s check-in rules refuse this entry</source>
        <translation>قواعد تسجيل الوصول في pretix ترفض هذا الدخول</translation>
    </message>
    <message>
        <source>pretix found more than one ticket</source>
        <translation>عثر pretix على أكثر من تذكرة واحدة</translation>
    </message>
    <message>
        <source>the ticket was revoked in pretix (reissued with a new code)</source>
        <translation>أُبطلت التذكرة في pretix (أُعيد إصدارها برمز جديد)</translation>
    </message>
    <message>
        <source>the order is not approved in pretix</source>
        <translation>الطلب غير معتمد في pretix</translation>
    </message>
    <message>
        <source>pretix asks check-in questions: check the person in on a pretix device</source>
        <translation>يطرح pretix أسئلة عند تسجيل الوصول: سجّلوا وصول الشخص على جهاز pretix</translation>
    </message>
    <message>
        <source>pretix refused the check-in</source>
        <translation>رفض pretix تسجيل الوصول</translation>
    </message>
    <message>
        <source>pretix cannot void a badge from a device: print the new badge here; pretix keeps the print log of both</source>
        <translation>لا يمكن لـ pretix إلغاء شارة من جهاز: اطبعوا الشارة الجديدة هنا؛ ويحتفظ pretix بسجل طباعة الشارتين</translation>
    </message>
    <message>
        <source>pretix devices cannot register people: create the order in pretix; the person reaches the kiosk with the next sync</source>
        <translation>لا يمكن لأجهزة pretix تسجيل الأشخاص: أنشئوا الطلب في pretix؛ وسيصل الشخص إلى الكشك مع المزامنة التالية</translation>
    </message>
    <message>
        <source>pretix devices cannot change names: correct the attendee name in the order in pretix; the kiosk takes it with the next sync</source>
        <translation>لا يمكن لأجهزة pretix تغيير الأسماء: صحّحوا اسم المشارك في الطلب في pretix؛ وسيتلقاه الكشك مع المزامنة التالية</translation>
    </message>
    <message>
        <source>pretix&apos;s device profile does not allow print logs: give the device the pretixSCAN profile</source>
        <translation>ملف تعريف الجهاز في pretix لا يسمح بسجلات الطباعة: امنحوا الجهاز ملف التعريف pretixSCAN</translation>
    </message>
    <message>
        <source>this outbox item cannot be read (not sent to pretix)</source>
        <translation>تتعذر قراءة هذا العنصر من قائمة الإرسال (لم يُرسَل إلى pretix)</translation>
    </message>
    <message>
        <source>pretix refused the print log</source>
        <translation>رفض pretix سجل الطباعة</translation>
    </message>
</context>
<context>
    <name>DeskSignInPage</name>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again in {seconds} s.</source>
        <translation>محاولات خاطئة كثيرة. أعد المحاولة بعد {seconds} ثانية.</translation>
    </message>
    <message>
        <source>Wrong PIN or staff code. Try again.</source>
        <translation>رقم التعريف الشخصي أو رمز الموظف غير صحيح. أعد المحاولة.</translation>
    </message>
    <message>
        <source>Accreditation desk</source>
        <translation>مكتب الاعتماد</translation>
    </message>
    <message>
        <source>Type your staff PIN and press Enter, or scan your staff QR code.</source>
        <translation>اكتب رقم التعريف الشخصي للموظف واضغط Enter، أو امسح رمز QR الخاص بالموظف.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>رقم التعريف الشخصي للموظف</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Type your PIN first.</source>
        <translation>اكتب رقم التعريف الشخصي أولًا.</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>Sign in first, then scan the visitor&apos;s code.</source>
        <translation>سجّل الدخول أولًا، ثم امسح رمز الزائر.</translation>
    </message>
    <message>
        <source>That staff code was not accepted.</source>
        <translation>لم يُقبل رمز الموظف هذا.</translation>
    </message>
    <message>
        <source>The desk could not check this. Reference for IT: {ref}</source>
        <translation>تعذّر على المكتب التحقق من ذلك. المرجع لقسم تكنولوجيا المعلومات: {ref}</translation>
    </message>
    <message>
        <source>Accreditation desk</source>
        <translation>مكتب الاعتماد</translation>
    </message>
    <message>
        <source>Accreditation desk · {event}</source>
        <translation>مكتب الاعتماد · {event}</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <source>Desk staff</source>
        <translation>موظف المكتب</translation>
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
        <translation>الحالات الاستثنائية</translation>
    </message>
    <message>
        <source>Exceptions (%1)</source>
        <translation>الحالات المعلقة (%1)</translation>
    </message>
    <message>
        <source>The exceptions could not be read. Reference for IT: %1</source>
        <translation>تعذرت قراءة الحالات المعلقة. المرجع لفريق تكنولوجيا المعلومات: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Mark as checked</source>
        <translation>وضع علامة: تم التحقق</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>وضع علامة: تمت المشاهدة</translation>
    </message>
    <message>
        <source>Mark as handled</source>
        <translation>وضع علامة: تمت المعالجة</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>سُجِّل.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>الكشك</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing needs a person right now.</source>
        <translation>لا توجد حالات تحتاج إلى تدخل في الوقت الحالي.</translation>
    </message>
    <message>
        <source>The newest %1 are listed; answer them to see the others.</source>
        <translation>تُعرض أحدث %1 حالة؛ عالجوها لرؤية الحالات الأخرى.</translation>
    </message>
</context>
<context>
    <name>JobActions</name>
    <message>
        <source>Yes, it came out</source>
        <translation>نعم، خرجت</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Print now</source>
        <translation>اطبع الآن</translation>
    </message>
    <message>
        <source>Cancel the print</source>
        <translation>إلغاء الطباعة</translation>
    </message>
    <message>
        <source>Why is this badge not printed? (kept in the audit log)</source>
        <translation>لماذا لا تُطبع هذه الشارة؟ (يُحفظ في سجل التدقيق)</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>إبقاؤها</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>إلغاء…</translation>
    </message>
    <message>
        <source>Send to…</source>
        <translation>إرسال إلى…</translation>
    </message>
    <message>
        <source>Only one printer is configured.</source>
        <translation>لم تُهيأ سوى طابعة واحدة.</translation>
    </message>
    <message>
        <source>Badge printed on %1.</source>
        <translation>طُبعت الشارة على %1.</translation>
    </message>
    <message>
        <source>Still not printed: %1</source>
        <translation>لم تُطبع بعد: %1</translation>
    </message>
    <message>
        <source>Recorded: the badge did not come out. Print it again when ready.</source>
        <translation>سُجِّل: لم تخرج الشارة. أعيدوا طباعتها عندما يتسنى ذلك.</translation>
    </message>
    <message>
        <source>The print was cancelled.</source>
        <translation>أُلغيت الطباعة.</translation>
    </message>
    <message>
        <source>Recorded: the badge counts as collected.</source>
        <translation>سُجِّل: تُعد الشارة مستلمة.</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Correct the badge name</source>
        <translation>تصحيح الاسم على الشارة</translation>
    </message>
    <message>
        <source>Registration {id}. Type the name as it should print, in any script. The next badge prints it; the registry gets it with the next sync.</source>
        <translation>التسجيل {id}. اكتب الاسم كما ينبغي أن يُطبع، بأي كتابة. ستحمله الشارة التالية، وسيتلقاه السجل عند المزامنة التالية.</translation>
    </message>
    <message>
        <source>Badge name</source>
        <translation>الاسم على الشارة</translation>
    </message>
    <message>
        <source>Save the name</source>
        <translation>حفظ الاسم</translation>
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
    <name>OperationsPanel</name>
    <message>
        <source>Operations</source>
        <translation>العمليات</translation>
    </message>
    <message>
        <source>The printers and the queue could not be read. Reference for IT: %1</source>
        <translation>تعذرت قراءة حالة الطابعات وقائمة الطباعة. المرجع لفريق تكنولوجيا المعلومات: %1</translation>
    </message>
    <message>
        <source>Printing a test page on %1…</source>
        <translation>جارٍ طباعة صفحة اختبار على %1…</translation>
    </message>
    <message>
        <source>The test page did not print: %1</source>
        <translation>لم تُطبع صفحة الاختبار: %1</translation>
    </message>
    <message>
        <source>Test page sent to %1.</source>
        <translation>أُرسلت صفحة الاختبار إلى %1.</translation>
    </message>
    <message>
        <source>Sync started.</source>
        <translation>بدأت المزامنة.</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>الطابعات</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>قائمة انتظار الطباعة</translation>
    </message>
    <message>
        <source>Sync with the registry</source>
        <translation>المزامنة مع السجل</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>زامِن الآن</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>What the printer said</source>
        <translation>رسالة الطابعة</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Main printer</source>
        <translation>الطابعة الرئيسية</translation>
    </message>
    <message>
        <source>Fallback %1</source>
        <translation>احتياطية %1</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>طباعة اختبار</translation>
    </message>
    <message>
        <source>The newest %1 of %2 open jobs are listed.</source>
        <translation>تُعرض أحدث %1 مهمة طباعة من أصل %2 مهمة مفتوحة.</translation>
    </message>
    <message>
        <source>No badge is waiting to be printed.</source>
        <translation>لا توجد شارات بانتظار الطباعة.</translation>
    </message>
    <message>
        <source>Last complete update</source>
        <translation>آخر تحديث كامل</translation>
    </message>
    <message>
        <source>Data age</source>
        <translation>حداثة البيانات</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>آخر مشكلة</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>This desk is not enrolled with a registry: nothing is synced.</source>
        <translation>هذا المكتب غير مسجل لدى أي سجل: لا تجري أي مزامنة.</translation>
    </message>
    <message>
        <source>Waiting for the first round…</source>
        <translation>بانتظار أول مزامنة…</translation>
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
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 عناصر</translation>
    </message>
    <message>
        <source>%1 rejected (see Exceptions)</source>
        <translation>%1 مرفوضة (انظر الحالات المعلقة)</translation>
    </message>
    <message>
        <source>no data from the registry yet</source>
        <translation>لا توجد بيانات من السجل بعد</translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation>حُدِّثت للتو</translation>
    </message>
    <message>
        <source>updated %1 min ago</source>
        <translation>حُدِّثت قبل %1 د</translation>
    </message>
    <message>
        <source>updated %1 h ago</source>
        <translation>حُدِّثت قبل %1 س</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>The last round did not finish: %1</source>
        <translation>لم تكتمل آخر مزامنة: %1</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Organisation, country, category</source>
        <translation>الجهة، البلد، الفئة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Badge valid</source>
        <translation>الشارة سارية</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>سُجِّل حضوره</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>لم يُسجَّل حضوره</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Type a name, an organisation, a country or a registration number.</source>
        <translation>اكتبوا اسماً أو جهةً أو بلداً أو رقم تسجيل.</translation>
    </message>
    <message>
        <source>Nobody found for “{text}”.</source>
        <translation>لم يُعثر على أحد باسم «{text}».</translation>
    </message>
    <message>
        <source>Registration {id} is not on this desk&apos;s list.</source>
        <translation>التسجيل {id} غير موجود في قائمة هذا المكتب.</translation>
    </message>
    <message>
        <source>Name in any script, organisation, country, e-mail or registration number</source>
        <translation>الاسم بأي كتابة، أو الجهة، أو البلد، أو البريد الإلكتروني، أو رقم التسجيل</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>الأشخاص الذين عُثر عليهم</translation>
    </message>
</context>
<context>
    <name>PersonActions</name>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Choose the person&apos;s photo</source>
        <translation>اختر صورة الشخص</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>صور (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>The photo could not be stored. Try again; if it fails again, tell IT.</source>
        <translation>تعذّر حفظ الصورة. حاول مرة أخرى، وإن تكرّر الفشل فأبلِغ قسم تكنولوجيا المعلومات.</translation>
    </message>
    <message>
        <source>{name} is checked in.</source>
        <translation>تم تسجيل وصول {name}.</translation>
    </message>
    <message>
        <source>The badge of {name} is void.</source>
        <translation>أُلغيت شارة {name}.</translation>
    </message>
    <message>
        <source>The pick-up of the badge of {name} is recorded.</source>
        <translation>سُجِّل استلام شارة {name}.</translation>
    </message>
    <message>
        <source>That did not work. Reference for IT: {ref}</source>
        <translation>لم تنجح العملية. المرجع لقسم تكنولوجيا المعلومات: {ref}</translation>
    </message>
    <message>
        <source>No webcam is set up at this desk: choose the person&apos;s photo</source>
        <translation>لم تُضبط كاميرا ويب في هذا المكتب: اختر صورة الشخص</translation>
    </message>
    <message>
        <source>{name}: badge version {version} printed on {printer}.</source>
        <translation>{name}: طُبعت الشارة بالإصدار {version} على {printer}.</translation>
    </message>
    <message>
        <source>{name}: badge version {version} did not print: {problem} The job waits on the Exceptions page.</source>
        <translation>{name}: لم تُطبع الشارة بالإصدار {version}: {problem} تنتظر المهمة في صفحة الحالات الاستثنائية.</translation>
    </message>
    <message>
        <source>{name}: temporary registration {id} created. Check them in and print their badge.</source>
        <translation>{name}: أُنشئ التسجيل المؤقت {id}. سجّل وصوله واطبع شارته.</translation>
    </message>
    <message>
        <source>The photo of {name} is replaced; the badge waiting to print shows it.</source>
        <translation>استُبدلت صورة {name}؛ وستظهر على الشارة المنتظِرة للطباعة.</translation>
    </message>
    <message>
        <source>The photo of {name} is replaced. Reprint the badge (reason: photo replaced) to show it.</source>
        <translation>استُبدلت صورة {name}. أعِد طباعة الشارة (السبب: استبدال الصورة) لإظهارها.</translation>
    </message>
    <message>
        <source>Another desk saved a later badge name for this person: it stays. Your correction is kept in the history and listed on the Exceptions page.</source>
        <translation>حفظ مكتب آخر اسماً أحدث لهذا الشخص على الشارة، وهو الذي يبقى. يُحتفظ بتصحيحك في السجل ويُدرج في صفحة الحالات الاستثنائية.</translation>
    </message>
    <message>
        <source>The badge name is saved as {name}. Another desk changed it meanwhile: both corrections are kept and listed on the Exceptions page.</source>
        <translation>حُفظ الاسم على الشارة بصيغة {name}. غيّره مكتب آخر في الأثناء: يُحتفظ بالتصحيحين ويُدرجان في صفحة الحالات الاستثنائية.</translation>
    </message>
    <message>
        <source>The badge name is saved as {name}.</source>
        <translation>حُفظ الاسم على الشارة بصيغة {name}.</translation>
    </message>
    <message>
        <source>Print: a print job for this person is still open. Answer it first on the Exceptions page.</source>
        <translation>الطباعة: لا تزال هناك مهمة طباعة مفتوحة لهذا الشخص. عالِجها أولاً في صفحة الحالات الاستثنائية.</translation>
    </message>
    <message>
        <source>Void: this person has no valid badge.</source>
        <translation>الإلغاء: ليست لدى هذا الشخص شارة صالحة.</translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation>تسجيل الوصول…</translation>
    </message>
    <message>
        <source>Reprint badge…</source>
        <translation>إعادة طباعة الشارة…</translation>
    </message>
    <message>
        <source>Print badge…</source>
        <translation>طباعة الشارة…</translation>
    </message>
    <message>
        <source>Correct name…</source>
        <translation>تصحيح الاسم…</translation>
    </message>
    <message>
        <source>Replace photo…</source>
        <translation>استبدال الصورة…</translation>
    </message>
    <message>
        <source>VIP pick-up…</source>
        <translation>استلام شارة كبار الشخصيات…</translation>
    </message>
    <message>
        <source>Void badge…</source>
        <translation>إلغاء الشارة…</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>حضور دون تسجيل…</translation>
    </message>
    <message>
        <source>Void badge (supervisor only)</source>
        <translation>إلغاء الشارة (للمشرف فقط)</translation>
    </message>
    <message>
        <source>Walk-in (supervisor only)</source>
        <translation>حضور دون تسجيل (للمشرف فقط)</translation>
    </message>
</context>
<context>
    <name>PersonDetail</name>
    <message>
        <source>Search for a person or scan their code.</source>
        <translation>ابحثوا عن شخص أو امسحوا رمزه.</translation>
    </message>
    <message>
        <source>Latin script: {name}</source>
        <translation>بالحروف اللاتينية: {name}</translation>
    </message>
    <message>
        <source>Own script: {name}</source>
        <translation>بكتابته الأصلية: {name}</translation>
    </message>
    <message>
        <source>Category: {category}</source>
        <translation>الفئة: {category}</translation>
    </message>
    <message>
        <source>Registration {id}</source>
        <translation>التسجيل {id}</translation>
    </message>
    <message>
        <source>Provisional: known only from a walk-in code, not yet from the registry.</source>
        <translation>مؤقت: معروف من رمز صادر في الموقع فقط، ولم يرد بعد من السجل.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>لا توجد صورة</translation>
    </message>
    <message>
        <source>No badge preview</source>
        <translation>لا تتوفر معاينة للشارة</translation>
    </message>
    <message>
        <source>The valid badge (version {version})</source>
        <translation>الشارة السارية (الإصدار {version})</translation>
    </message>
    <message>
        <source>The next badge (version {version})</source>
        <translation>الشارة التالية (الإصدار {version})</translation>
    </message>
    <message>
        <source>Not checked in yet.</source>
        <translation>لم يُسجَّل حضوره بعد.</translation>
    </message>
    <message>
        <source>No badge printed yet.</source>
        <translation>لم تُطبع أي شارة بعد.</translation>
    </message>
    <message>
        <source>{when}: collected by {collector} ({document}) at {kiosk}</source>
        <translation>{when}: استلمها {collector} ({document}) في {kiosk}</translation>
    </message>
    <message>
        <source>Version {version} · {when} · {kiosk} · {printer} · {reason}</source>
        <translation>الإصدار {version} · {when} · {kiosk} · {printer} · {reason}</translation>
    </message>
    <message>
        <source>voided {when}</source>
        <translation>أُبطلت في {when}</translation>
    </message>
    <message>
        <source>deactivated {when}</source>
        <translation>عُطِّلت في {when}</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>سارية</translation>
    </message>
    <message>
        <source>Print job {job} (version {version}) is {state}.</source>
        <translation>مهمة الطباعة {job} (الإصدار {version}): {state}.</translation>
    </message>
    <message>
        <source>Check-ins on every kiosk</source>
        <translation>تسجيلات الحضور في جميع الأكشاك</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>الشارات</translation>
    </message>
    <message>
        <source>Name corrections</source>
        <translation>تصحيحات الاسم</translation>
    </message>
    <message>
        <source>VIP pick-ups</source>
        <translation>استلام شارات كبار الشخصيات</translation>
    </message>
    <message>
        <source>Open print job</source>
        <translation>مهمة طباعة معلّقة</translation>
    </message>
</context>
<context>
    <name>PhotoCaptureDialog</name>
    <message>
        <source>No webcam was found at this desk. Choose a file instead.</source>
        <translation>لم يُعثر على كاميرا ويب في هذا المكتب. اختر ملفًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The webcam gives no picture. Check its cable, or choose a file instead.</source>
        <translation>كاميرا الويب لا تعرض أي صورة. تحقّق من كبلها، أو اختر ملفًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The webcam stopped. Check its cable, or choose a file instead.</source>
        <translation>توقّفت كاميرا الويب. تحقّق من كبلها، أو اختر ملفًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>That picture could not be used. Take the photo again.</source>
        <translation>تعذّر استخدام تلك الصورة. التقط الصورة مرة أخرى.</translation>
    </message>
    <message>
        <source>Photo from the webcam</source>
        <translation>صورة من كاميرا الويب</translation>
    </message>
    <message>
        <source>Photo of {name}</source>
        <translation>صورة {name}</translation>
    </message>
    <message>
        <source>Starting the webcam…</source>
        <translation>جارٍ تشغيل كاميرا الويب…</translation>
    </message>
    <message>
        <source>Ask the person to look at the webcam, face inside the oval, then take the photo.</source>
        <translation>اطلب من الشخص أن ينظر إلى كاميرا الويب ووجهه داخل الشكل البيضاوي، ثم التقط الصورة.</translation>
    </message>
    <message>
        <source>Preparing the photo…</source>
        <translation>جارٍ تجهيز الصورة…</translation>
    </message>
    <message>
        <source>This photo will be printed on the badge. Use it, or choose a file.</source>
        <translation>ستُطبع هذه الصورة على الشارة. استخدمها أو اختر ملفًا.</translation>
    </message>
    <message>
        <source>This photo will be printed on the badge. Use it, or retake it.</source>
        <translation>ستُطبع هذه الصورة على الشارة. استخدمها أو أعد التقاطها.</translation>
    </message>
    <message>
        <source>Keeping the photo…</source>
        <translation>جارٍ حفظ الصورة…</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Webcam picture</source>
        <translation>صورة كاميرا الويب</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>التقاط الصورة</translation>
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
        <source>Choose a file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
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
    <name>PhotoSourceDialog</name>
    <message>
        <source>Replace photo</source>
        <translation>استبدال الصورة</translation>
    </message>
    <message>
        <source>New photo of {name}</source>
        <translation>صورة جديدة لـ {name}</translation>
    </message>
    <message>
        <source>Take with the webcam</source>
        <translation>التقاط بكاميرا الويب</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
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
    <name>PrintDialog</name>
    <message>
        <source>Print badge</source>
        <translation>طباعة الشارة</translation>
    </message>
    <message>
        <source>Badge for {name}</source>
        <translation>شارة {name}</translation>
    </message>
    <message>
        <source>Badge version {version} will be printed.</source>
        <translation>ستُطبع الشارة بالإصدار {version}.</translation>
    </message>
    <message>
        <source>The badge now valid (version {old}) stops working once the new one is printed.</source>
        <translation>تتوقف الشارة الصالحة حالياً (الإصدار {old}) عن العمل بمجرد طباعة الشارة الجديدة.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
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
    <name>ReasonField</name>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Details (optional, or the reason itself)</source>
        <translation>تفاصيل (اختيارية، أو السبب نفسه)</translation>
    </message>
    <message>
        <source>Reason details</source>
        <translation>تفاصيل السبب</translation>
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
    <name>RegistryWords</name>
    <message>
        <source>kiosk registry</source>
        <translation>سجل الأكشاك</translation>
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
    <name>VipPickupDialog</name>
    <message>
        <source>VIP badge pick-up</source>
        <translation>استلام شارة أحد كبار الشخصيات</translation>
    </message>
    <message>
        <source>Who collects the badge of {name}?</source>
        <translation>من يستلم شارة {name}؟</translation>
    </message>
    <message>
        <source>Check the collector&apos;s ID document. Their name stays on this machine.</source>
        <translation>تحقّق من وثيقة هوية المستلِم. يبقى اسمه على هذا الجهاز فقط.</translation>
    </message>
    <message>
        <source>Collector&apos;s name</source>
        <translation>اسم المستلِم</translation>
    </message>
    <message>
        <source>ID document shown</source>
        <translation>وثيقة الهوية المقدَّمة</translation>
    </message>
    <message>
        <source>Record the pick-up</source>
        <translation>تسجيل الاستلام</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void badge</source>
        <translation>إلغاء الشارة</translation>
    </message>
    <message>
        <source>Void the badge of {name}</source>
        <translation>إلغاء شارة {name}</translation>
    </message>
    <message>
        <source>Badge version {version} stops working at every door at once. No badge of this person is valid until the next print.</source>
        <translation>يتوقف الإصدار {version} من الشارة عن العمل فوراً عند كل المداخل. لن تكون لهذا الشخص أي شارة صالحة حتى الطباعة التالية.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in</source>
        <translation>حضور دون تسجيل</translation>
    </message>
    <message>
        <source>Temporary badge for a walk-in</source>
        <translation>شارة مؤقتة لشخص حضر دون تسجيل</translation>
    </message>
    <message>
        <source>For someone not registered. Type the names as on their ID document. The registration is provisional until the registry confirms it.</source>
        <translation>لشخص غير مسجَّل. اكتب الأسماء كما في وثيقة هويته. يبقى التسجيل مؤقتاً إلى أن يؤكده السجل.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Badge name</source>
        <translation>الاسم على الشارة</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Country (two letters)</source>
        <translation>البلد (حرفان)</translation>
    </message>
    <message>
        <source>Badge category</source>
        <translation>فئة الشارة</translation>
    </message>
    <message>
        <source>Empty: given and family name</source>
        <translation>إذا تُرك فارغاً: الاسم الأول واسم العائلة</translation>
    </message>
    <message>
        <source>Create the registration</source>
        <translation>إنشاء التسجيل</translation>
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
    <name>desk-documents</name>
    <message>
        <source>Passport</source>
        <translation>جواز سفر</translation>
    </message>
    <message>
        <source>National identity card</source>
        <translation>بطاقة الهوية الوطنية</translation>
    </message>
    <message>
        <source>UN laissez-passer</source>
        <translation>جواز مرور الأمم المتحدة</translation>
    </message>
    <message>
        <source>Other official document</source>
        <translation>وثيقة رسمية أخرى</translation>
    </message>
</context>
<context>
    <name>desk-problems</name>
    <message>
        <source>The text holds an invisible control character (a tab, a line break …). Retype it instead of pasting it.</source>
        <translation>يحتوي النص على حرف تحكّم غير مرئي (مسافة جدولة، فاصل أسطر…). اكتبه بدلاً من لصقه.</translation>
    </message>
    <message>
        <source>The name holds an invisible character that reorders text. Retype the name instead of pasting it.</source>
        <translation>يحتوي الاسم على حرف غير مرئي يغيّر ترتيب النص. اكتب الاسم بدلاً من لصقه.</translation>
    </message>
    <message>
        <source>A name is empty. Type the name.</source>
        <translation>أحد الأسماء فارغ. اكتب الاسم.</translation>
    </message>
    <message>
        <source>The text is too long: a name has at most {name_limit} characters, a reason or an organisation at most {reason_limit}.</source>
        <translation>النص طويل جداً: الحد الأقصى للاسم {name_limit} حرفاً، وللسبب أو المنظمة {reason_limit} حرف.</translation>
    </message>
    <message>
        <source>Choose or type a reason: it goes into the audit log.</source>
        <translation>اختر سبباً أو اكتبه: يُدوَّن في سجل التدقيق.</translation>
    </message>
    <message>
        <source>The country is a two-letter code (CH, SN, CN …) or empty.</source>
        <translation>البلد رمز من حرفين (CH، SN، CN…) أو يُترك فارغاً.</translation>
    </message>
    <message>
        <source>Check the person&apos;s ID document first, then tick the box.</source>
        <translation>تحقّق أولاً من وثيقة هوية الشخص، ثم ضع علامة في المربع.</translation>
    </message>
    <message>
        <source>This registration is not on this machine. Sync, then try again.</source>
        <translation>هذا التسجيل غير موجود على هذا الجهاز. أجرِ المزامنة ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This registration is revoked or cancelled: no check-in and no badge. Ask a supervisor.</source>
        <translation>هذا التسجيل مسحوب أو ملغى: لا تسجيل وصول ولا شارة. راجِع المشرف.</translation>
    </message>
    <message>
        <source>This person has no valid badge to void.</source>
        <translation>ليست لدى هذا الشخص شارة صالحة لإلغائها.</translation>
    </message>
    <message>
        <source>The badge cannot be printed now: the registration is revoked or cancelled, or a print job for this person is still open (answer it on the Exceptions page).</source>
        <translation>لا يمكن طباعة الشارة الآن: التسجيل مسحوب أو ملغى، أو لا تزال هناك مهمة طباعة مفتوحة لهذا الشخص (عالِجها في صفحة الحالات الاستثنائية).</translation>
    </message>
    <message>
        <source>This desk has no printer. Print at a desk with a printer.</source>
        <translation>لا توجد طابعة في هذا المكتب. اطبع في مكتب مزوَّد بطابعة.</translation>
    </message>
    <message>
        <source>This machine has no event yet. Sync or import the roster first.</source>
        <translation>لا يوجد حدث على هذا الجهاز بعد. أجرِ المزامنة أو استورد قائمة المشاركين أولاً.</translation>
    </message>
    <message>
        <source>The event has no badge category with this code.</source>
        <translation>لا توجد لدى الحدث فئة شارة بهذا الرمز.</translation>
    </message>
    <message>
        <source>No free registration number was found. Try again.</source>
        <translation>لم يُعثر على رقم تسجيل متاح. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Only a supervisor may do this. Ask a supervisor; this attempt was recorded.</source>
        <translation>لا يمكن القيام بذلك إلا للمشرف. راجِع المشرف؛ وقد سُجِّلت هذه المحاولة.</translation>
    </message>
    <message>
        <source>This file cannot be used as a badge photo: choose a JPEG or PNG picture of the person.</source>
        <translation>لا يمكن استخدام هذا الملف صورةً للشارة: اختر صورة للشخص بصيغة JPEG أو PNG.</translation>
    </message>
</context>
<context>
    <name>desk-reasons</name>
    <message>
        <source>Choose a reason…</source>
        <translation>اختر سبباً…</translation>
    </message>
    <message>
        <source>Other (type it below)</source>
        <translation>غير ذلك (اكتبه أدناه)</translation>
    </message>
    <message>
        <source>First badge</source>
        <translation>الشارة الأولى</translation>
    </message>
    <message>
        <source>Badge lost</source>
        <translation>فقدان الشارة</translation>
    </message>
    <message>
        <source>Badge damaged</source>
        <translation>تلف الشارة</translation>
    </message>
    <message>
        <source>Name corrected</source>
        <translation>تصحيح الاسم</translation>
    </message>
    <message>
        <source>Photo replaced</source>
        <translation>استبدال الصورة</translation>
    </message>
    <message>
        <source>Reported lost</source>
        <translation>أُبلغ عن فقدانها</translation>
    </message>
    <message>
        <source>Reported stolen</source>
        <translation>أُبلغ عن سرقتها</translation>
    </message>
    <message>
        <source>Used by someone else</source>
        <translation>استخدمها شخص آخر</translation>
    </message>
    <message>
        <source>Misspelt</source>
        <translation>خطأ في الكتابة</translation>
    </message>
    <message>
        <source>As on the ID document</source>
        <translation>كما في وثيقة الهوية</translation>
    </message>
    <message>
        <source>The person&apos;s preferred name</source>
        <translation>الاسم الذي يفضّله الشخص</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>Registration not found</source>
        <translation>لم يُعثر على التسجيل</translation>
    </message>
    <message>
        <source>Invited on site</source>
        <translation>دُعي في الموقع</translation>
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
        <source>Ticket blocked</source>
        <translation>التذكرة موقوفة</translation>
    </message>
    <message>
        <source>The organiser has blocked this ticket for now.</source>
        <translation>أوقف المنظِّم هذه التذكرة مؤقتًا.</translation>
    </message>
    <message>
        <source>Ticket not on this kiosk yet</source>
        <translation>التذكرة غير موجودة في هذا الكشك بعد</translation>
    </message>
    <message>
        <source>Your ticket is genuine, but this kiosk has not received it yet.</source>
        <translation>تذكرتكم صحيحة، لكن هذا الكشك لم يتلقَّها بعد.</translation>
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
    <name>people_texts</name>
    <message>
        <source>first badge</source>
        <translation>الشارة الأولى</translation>
    </message>
    <message>
        <source>The scan was empty. Scan the code again.</source>
        <translation>كان المسح فارغاً. امسحوا الرمز مرة أخرى.</translation>
    </message>
    <message>
        <source>That is not a registration code or a badge. Scan the QR code again.</source>
        <translation>هذا ليس رمز تسجيل ولا شارة. امسحوا رمز الاستجابة السريعة مرة أخرى.</translation>
    </message>
    <message>
        <source>This code is in a format this desk cannot read. Search for the person by name.</source>
        <translation>هذا الرمز بتنسيق لا يستطيع هذا المكتب قراءته. ابحثوا عن الشخص باسمه.</translation>
    </message>
    <message>
        <source>This code&apos;s signature is not valid: it may be forged. Check the person&apos;s ID.</source>
        <translation>توقيع هذا الرمز غير صالح، وقد يكون مزوراً. تحققوا من وثيقة هوية الشخص.</translation>
    </message>
    <message>
        <source>This code is signed with a key this desk does not know. Sync, then scan again.</source>
        <translation>هذا الرمز موقَّع بمفتاح لا يعرفه هذا المكتب. أجروا المزامنة ثم امسحوه مرة أخرى.</translation>
    </message>
    <message>
        <source>This code is signed with a withdrawn key. Search for the person by name.</source>
        <translation>هذا الرمز موقَّع بمفتاح مسحوب. ابحثوا عن الشخص باسمه.</translation>
    </message>
    <message>
        <source>This code is for another event.</source>
        <translation>هذا الرمز خاص بفعالية أخرى.</translation>
    </message>
    <message>
        <source>This code is genuine, but the person is not on this desk&apos;s list yet. Sync.</source>
        <translation>هذا الرمز صحيح، لكن الشخص ليس في قائمة هذا المكتب بعد. أجروا المزامنة.</translation>
    </message>
    <message>
        <source>Nobody on this desk&apos;s list has this code. Search for the person by name.</source>
        <translation>لا أحد في قائمة هذا المكتب يحمل هذا الرمز. ابحثوا عن الشخص باسمه.</translation>
    </message>
    <message>
        <source>This ticket is blocked by the organiser. Search for the person by name.</source>
        <translation>أوقف المنظِّم هذه التذكرة. ابحثوا عن الشخص باسمه.</translation>
    </message>
    <message>
        <source>This ticket was replaced or cancelled. Search for the person by name.</source>
        <translation>استُبدلت هذه التذكرة أو أُلغيت. ابحثوا عن الشخص باسمه.</translation>
    </message>
    <message>
        <source>This ticket is genuine, but it is not valid at this time.</source>
        <translation>هذه التذكرة صحيحة، لكنها غير صالحة في هذا الوقت.</translation>
    </message>
    <message>
        <source>Scanned: their valid badge.</source>
        <translation>تم المسح: شارته السارية.</translation>
    </message>
    <message>
        <source>Scanned: badge version {version}, which is no longer valid.</source>
        <translation>تم المسح: الشارة بالإصدار {version}، وهي لم تعد سارية.</translation>
    </message>
    <message>
        <source>Scanned: an unsigned badge code. Check the person&apos;s ID.</source>
        <translation>تم المسح: رمز شارة غير موقَّع. تحققوا من وثيقة هوية الشخص.</translation>
    </message>
    <message>
        <source>Scanned: an older registration code, replaced by a newer one.</source>
        <translation>تم المسح: رمز تسجيل قديم حلّ محله رمز أحدث.</translation>
    </message>
    <message>
        <source>Scanned: this registration is revoked.</source>
        <translation>تم المسح: هذا التسجيل مسحوب.</translation>
    </message>
    <message>
        <source>Scanned: this registration is not valid today.</source>
        <translation>تم المسح: هذا التسجيل غير صالح اليوم.</translation>
    </message>
    <message>
        <source>Scanned: this ticket is blocked by the organiser.</source>
        <translation>تم المسح: أوقف المنظِّم هذه التذكرة.</translation>
    </message>
    <message>
        <source>typed code</source>
        <translation>رمز مكتوب</translation>
    </message>
    <message>
        <source>scanner</source>
        <translation>ماسح</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>كاميرا</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>سطر الأوامر</translation>
    </message>
    <message>
        <source>by hand at the desk</source>
        <translation>يدوياً في المكتب</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>مسجَّل</translation>
    </message>
    <message>
        <source>Registration cancelled</source>
        <translation>التسجيل ملغى</translation>
    </message>
    <message>
        <source>Registration revoked</source>
        <translation>التسجيل مسحوب</translation>
    </message>
    <message>
        <source>waiting to print</source>
        <translation>في انتظار الطباعة</translation>
    </message>
    <message>
        <source>being printed</source>
        <translation>قيد الطباعة</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشلت</translation>
    </message>
    <message>
        <source>cut off: did it come out?</source>
        <translation>انقطعت: هل خرجت الشارة؟</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>طُبعت</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>أُلغيت</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>جواز سفر</translation>
    </message>
    <message>
        <source>national ID card</source>
        <translation>بطاقة هوية وطنية</translation>
    </message>
    <message>
        <source>UN laissez-passer</source>
        <translation>جواز مرور الأمم المتحدة</translation>
    </message>
    <message>
        <source>other ID document</source>
        <translation>وثيقة هوية أخرى</translation>
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
