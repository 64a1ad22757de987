<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Self-service badge collection</source>
        <translation>Самостоятельное получение бейджей</translation>
    </message>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>Заседания сегодня</translation>
    </message>
    <message>
        <source>Hold the QR code from your registration confirmation under the scanner, on your phone or on paper.</source>
        <translation>Поднесите под сканер QR-код из подтверждения регистрации — на телефоне или на бумаге.</translation>
    </message>
    <message>
        <source>What is on today, and where</source>
        <translation>Что проходит сегодня и где</translation>
    </message>
    <message>
        <source>Badges are printed at the accreditation desk today.</source>
        <translation>Сегодня бейджи печатают на стойке аккредитации.</translation>
    </message>
    <message>
        <source>This kiosk is not taking codes at the moment. Please go to the accreditation desk.</source>
        <translation>Сейчас этот терминал не принимает коды. Пожалуйста, подойдите к стойке аккредитации.</translation>
    </message>
    <message>
        <source>You can still check in here, then collect your badge at the desk.</source>
        <translation>Вы можете зарегистрироваться здесь, а затем получить бейдж на стойке.</translation>
    </message>
    <message>
        <source>Start screen</source>
        <translation>Начальный экран</translation>
    </message>
    <message>
        <source>Show the screens in this language</source>
        <translation>Показывать экраны на этом языке</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Крупный текст</translation>
    </message>
    <message>
        <source>Make the text on the screens larger</source>
        <translation>Увеличить текст на экранах</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Hold your code here</source>
        <translation>Поднесите код сюда</translation>
    </message>
    <message>
        <source>Camera not available</source>
        <translation>Камера недоступна</translation>
    </message>
    <message>
        <source>Please use the scanner.</source>
        <translation>Пожалуйста, воспользуйтесь сканером.</translation>
    </message>
</context>
<context>
    <name>CheckingScreen</name>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>Пожалуйста, подождите.</translation>
    </message>
</context>
<context>
    <name>NowNextStrip</name>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>Заседания сегодня</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
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
        <translation>Фотография для бейджа</translation>
    </message>
    <message>
        <source>Look at the camera</source>
        <translation>Посмотрите в камеру</translation>
    </message>
    <message>
        <source>Keep your face inside the oval. The photo is taken after the countdown.</source>
        <translation>Держите лицо внутри овала. Снимок будет сделан после обратного отсчёта.</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Одну минуту…</translation>
    </message>
    <message>
        <source>Preparing your photo.</source>
        <translation>Подготовка фотографии.</translation>
    </message>
    <message>
        <source>Is this photo all right?</source>
        <translation>Фотография подходит?</translation>
    </message>
    <message>
        <source>This photo will be printed on your badge.</source>
        <translation>Эта фотография будет напечатана на вашем бейдже.</translation>
    </message>
    <message>
        <source>Printing your badge…</source>
        <translation>Печать бейджа…</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>Пожалуйста, подождите.</translation>
    </message>
    <message>
        <source>The photo is printed on your badge and sent to the event&apos;s registration system. It is kept until the event&apos;s data is deleted after the event.</source>
        <translation>Фотография печатается на вашем бейдже и передаётся в систему регистрации мероприятия. Она хранится до удаления данных мероприятия после его завершения.</translation>
    </message>
    <message>
        <source>No thanks: you are checked in all the same; staff at the accreditation desk will take your photo and print your badge.</source>
        <translation>Нет, спасибо: вы всё равно зарегистрированы; сотрудники стойки аккредитации сфотографируют вас и напечатают бейдж.</translation>
    </message>
    <message>
        <source>Take my photo</source>
        <translation>Сфотографироваться</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>Нет, спасибо</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Использовать это фото</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Переснять</translation>
    </message>
    <message>
        <source>Your badge needs a photo. This kiosk can take it now, in a few seconds.</source>
        <translation>Для бейджа нужна фотография. Этот терминал может сделать её прямо сейчас, за несколько секунд.</translation>
    </message>
</context>
<context>
    <name>PinPadScreen</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Вход для сотрудников</translation>
    </message>
    <message>
        <source>Enter your staff PIN, or scan your staff QR code.</source>
        <translation>Введите PIN-код сотрудника или отсканируйте QR-код сотрудника.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>PrinterStatusLabel</name>
    <message>
        <source>ready</source>
        <translation>готов</translation>
    </message>
    <message>
        <source>paper running low</source>
        <translation>бумага заканчивается</translation>
    </message>
    <message>
        <source>out of paper</source>
        <translation>нет бумаги</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>крышка открыта</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>недоступен</translation>
    </message>
    <message>
        <source>state unknown</source>
        <translation>состояние неизвестно</translation>
    </message>
    <message>
        <source>Printer: checking…</source>
        <translation>Принтер: проверка…</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Принтер: %1</translation>
    </message>
    <message>
        <source>badges at the accreditation desk</source>
        <translation>бейджи на стойке аккредитации</translation>
    </message>
</context>
<context>
    <name>RefusalScreen</name>
    <message>
        <source>Reference for staff: {reference}</source>
        <translation>Код для сотрудников: {reference}</translation>
    </message>
    <message>
        <source>Printed on {date} at {time}</source>
        <translation>Напечатан {date} в {time}</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Registration {number}</source>
        <translation>Регистрация {number}</translation>
    </message>
    <message>
        <source>Back to the start screen</source>
        <translation>Вернуться на начальный экран</translation>
    </message>
</context>
<context>
    <name>ScanTestWindow</name>
    <message>
        <source>Scanner test</source>
        <translation>Проверка сканеров</translation>
    </message>
    <message>
        <source>Scan codes with every scanner, or type in the field. Nothing is checked in or printed.</source>
        <translation>Сканируйте коды каждым сканером или печатайте в поле. Ничего не регистрируется и не печатается.</translation>
    </message>
    <message>
        <source>Type here: typing must appear in this field, scans must not.</source>
        <translation>Печатайте здесь: набранный текст должен появиться в этом поле, а сканы — нет.</translation>
    </message>
    <message>
        <source>no kiosk database: codes are not checked</source>
        <translation>нет базы данных киоска: коды не проверяются</translation>
    </message>
    <message>
        <source>SCAN</source>
        <translation>СКАН</translation>
    </message>
    <message>
        <source>TYPING</source>
        <translation>НАБОР</translation>
    </message>
    <message>
        <source>NO SUFFIX</source>
        <translation>БЕЗ СУФФИКСА</translation>
    </message>
    <message>
        <source>{time}  {source}  {verdict}  {count} characters</source>
        <translation>{time}  {source}  {verdict}  символов: {count}</translation>
    </message>
    <message>
        <source>received: {text}</source>
        <translation>получено: {text}</translation>
    </message>
    <message>
        <source>bytes: {hex}</source>
        <translation>байты: {hex}</translation>
    </message>
    <message>
        <source>keys {low:.1f} to {high:.1f} ms apart (median {median:.1f} ms)</source>
        <translation>интервал между клавишами от {low:.1f} до {high:.1f} мс (медиана {median:.1f} мс)</translation>
    </message>
    <message>
        <source>handed on to the focused field as typing</source>
        <translation>передано в активное поле как набор текста</translation>
    </message>
    <message>
        <source>fast, but the suffix never came: handed on as typing</source>
        <translation>быстро, но суффикс не пришёл: передано как набор текста</translation>
    </message>
    <message>
        <source>the same code again within the debounce time: ignored</source>
        <translation>тот же код повторно в пределах защиты от повторов: пропущен</translation>
    </message>
    <message>
        <source>not checked: {error}</source>
        <translation>не проверено: {error}</translation>
    </message>
    <message>
        <source>read as: not digits</source>
        <translation>прочитано как: не цифры</translation>
    </message>
    <message>
        <source>none needed</source>
        <translation>не требуется</translation>
    </message>
    <message>
        <source>read as: {count} digit reading(s); layout mapping: {mappings}</source>
        <translation>прочитано как: вариантов из цифр — {count}; раскладка: {mappings}</translation>
    </message>
    <message>
        <source>not a code</source>
        <translation>не код</translation>
    </message>
    <message>
        <source>signed code</source>
        <translation>подписанный код</translation>
    </message>
    <message>
        <source>badge QR</source>
        <translation>QR-код бейджа</translation>
    </message>
    <message>
        <source>Indico code</source>
        <translation>код Indico</translation>
    </message>
    <message>
        <source>older Indico code</source>
        <translation>старый код Indico</translation>
    </message>
    <message>
        <source>ticket secret</source>
        <translation>секрет билета</translation>
    </message>
    <message>
        <source>{kind}: {answer}</source>
        <translation>{kind}: {answer}</translation>
    </message>
    <message>
        <source> (digits recovered through {mapping})</source>
        <translation> (цифры восстановлены через {mapping})</translation>
    </message>
    <message>
        <source>, registration {number}</source>
        <translation>, регистрация {number}</translation>
    </message>
    <message>
        <source>Keyboard wedge: off</source>
        <translation>Клавиатурный сканер: выключен</translation>
    </message>
    <message>
        <source>Keyboard wedge: suffix {suffix}, keys at most {gap:.0f} ms apart, at least {length} characters</source>
        <translation>Клавиатурный сканер: суффикс {suffix}, интервал между клавишами не более {gap:.0f} мс, не менее {length} символов</translation>
    </message>
    <message>
        <source>Serial scanner: none configured</source>
        <translation>Последовательный сканер: не настроен</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выключен</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>подключён</translation>
    </message>
    <message>
        <source>not available, retrying</source>
        <translation>недоступен, повторная попытка</translation>
    </message>
    <message>
        <source>Serial scanner {port}: {status}</source>
        <translation>Последовательный сканер {port}: {status}</translation>
    </message>
</context>
<context>
    <name>SessionsBoard</name>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>Заседания сегодня</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>Все сегменты</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>More sessions: {count}. Choose a track or a language.</source>
        <translation>Другие заседания: {count}. Выберите сегмент или язык.</translation>
    </message>
    <message>
        <source>The programme cannot be shown right now ({reference}).</source>
        <translation>Программу сейчас невозможно показать ({reference}).</translation>
    </message>
    <message>
        <source>Loading today&apos;s sessions…</source>
        <translation>Загрузка сегодняшних заседаний…</translation>
    </message>
    <message>
        <source>There are no sessions today.</source>
        <translation>Сегодня заседаний нет.</translation>
    </message>
    <message>
        <source>Today&apos;s sessions have ended.</source>
        <translation>Сегодняшние заседания завершились.</translation>
    </message>
    <message>
        <source>No session still to come matches these choices.</source>
        <translation>Нет предстоящих заседаний, отвечающих этому выбору.</translation>
    </message>
</context>
<context>
    <name>StaffFlow</name>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again in {seconds} s.</source>
        <translation>Слишком много неверных попыток. Повторите через {seconds} с.</translation>
    </message>
    <message>
        <source>Wrong PIN or staff code. Try again.</source>
        <translation>Неверный PIN-код или код сотрудника. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The kiosk could not check this. Reference: {ref}</source>
        <translation>Терминалу не удалось выполнить проверку. Номер для справки: {ref}</translation>
    </message>
    <message>
        <source>Printing a test page…</source>
        <translation>Печать тестовой страницы…</translation>
    </message>
    <message>
        <source>The test page was sent to the printer.</source>
        <translation>Тестовая страница отправлена на принтер.</translation>
    </message>
    <message>
        <source>The test page could not be printed: see `kiosk printers`.</source>
        <translation>Не удалось напечатать тестовую страницу: см. `kiosk printers`.</translation>
    </message>
</context>
<context>
    <name>StaffMenuScreen</name>
    <message>
        <source>Staff menu</source>
        <translation>Меню сотрудника</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <source>desk staff</source>
        <translation>сотрудник стойки</translation>
    </message>
    <message>
        <source>Signed in: {staff} ({role})</source>
        <translation>Вход выполнен: {staff} ({role})</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Тестовая печать</translation>
    </message>
    <message>
        <source>Scanner test</source>
        <translation>Проверка сканеров</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Выйти из режима терминала</translation>
    </message>
    <message>
        <source>Quit the kiosk</source>
        <translation>Закрыть терминал</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Вернуться к терминалу</translation>
    </message>
    <message>
        <source>Leaving kiosk mode and quitting need a supervisor.</source>
        <translation>Выйти из режима терминала или закрыть терминал может только руководитель.</translation>
    </message>
    <message>
        <source>Printers: not checked yet</source>
        <translation>Принтеры: ещё не проверены</translation>
    </message>
    <message>
        <source>Printer {number}: {state}</source>
        <translation>Принтер {number}: {state}</translation>
    </message>
    <message>
        <source>No printer can print: badges wait for the desk.</source>
        <translation>Ни один принтер не может печатать: бейджи напечатают на стойке.</translation>
    </message>
</context>
<context>
    <name>StartUpChecks</name>
    <message>
        <source>Start-up check failed: {check}: {finding}</source>
        <translation>Проверка при запуске не пройдена: {check}: {finding}</translation>
    </message>
    <message>
        <source>Other problems: {count}.</source>
        <translation>Других проблем: {count}.</translation>
    </message>
    <message>
        <source>IT: run “kiosk doctor” on this machine for what to do.</source>
        <translation>Для ИТ-службы: запустите «kiosk doctor» на этом компьютере, чтобы узнать, что делать.</translation>
    </message>
</context>
<context>
    <name>SyncStatusCorner</name>
    <message>
        <source>Connecting to the registry…</source>
        <translation>Подключение к реестру…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>no data from the registry yet</source>
        <translation>данных из реестра пока нет</translation>
    </message>
    <message>
        <source>data updated just now</source>
        <translation>данные только что обновлены</translation>
    </message>
    <message>
        <source>data updated %1 min ago</source>
        <translation>данные обновлены %1 мин назад</translation>
    </message>
    <message>
        <source>data updated %1 h ago</source>
        <translation>данные обновлены %1 ч назад</translation>
    </message>
</context>
<context>
    <name>_SessionCard</name>
    <message>
        <source>until {time}</source>
        <translation>до {time}</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <source>Your badge is printing — please take it from the printer.</source>
        <translation>Ваш бейдж печатается — пожалуйста, заберите его из принтера.</translation>
    </message>
    <message>
        <source>Please wear your badge visibly at all times on the premises.</source>
        <translation>Пожалуйста, носите бейдж на виду всё время пребывания на территории.</translation>
    </message>
    <message>
        <source>Badge already collected</source>
        <translation>Бейдж уже получен</translation>
    </message>
    <message>
        <source>A badge has already been printed for this registration.</source>
        <translation>Для этой регистрации бейдж уже напечатан.</translation>
    </message>
    <message>
        <source>Your badge is ready at the desk</source>
        <translation>Ваш бейдж ожидает вас на стойке</translation>
    </message>
    <message>
        <source>Badges in your category are handed over in person.</source>
        <translation>Бейджи вашей категории выдаются лично.</translation>
    </message>
    <message>
        <source>No code received</source>
        <translation>Код не получен</translation>
    </message>
    <message>
        <source>The scanner did not receive anything from your code.</source>
        <translation>Сканер не получил данных с вашего кода.</translation>
    </message>
    <message>
        <source>Please hold the QR code flat under the scanner and try again.</source>
        <translation>Пожалуйста, держите QR-код ровно под сканером и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Code not readable</source>
        <translation>Код не читается</translation>
    </message>
    <message>
        <source>This code could not be read: it may be damaged, incomplete or not a registration code.</source>
        <translation>Не удалось прочитать этот код: возможно, он повреждён, неполон или не является кодом регистрации.</translation>
    </message>
    <message>
        <source>Code format not supported</source>
        <translation>Формат кода не поддерживается</translation>
    </message>
    <message>
        <source>This code uses a format that this kiosk cannot read.</source>
        <translation>Этот код записан в формате, который этот терминал не может прочитать.</translation>
    </message>
    <message>
        <source>Code could not be verified</source>
        <translation>Не удалось проверить код</translation>
    </message>
    <message>
        <source>This code did not pass the authenticity check.</source>
        <translation>Этот код не прошёл проверку подлинности.</translation>
    </message>
    <message>
        <source>Code issuer not recognised</source>
        <translation>Издатель кода не распознан</translation>
    </message>
    <message>
        <source>This kiosk does not yet know who issued this code; it may have been issued very recently.</source>
        <translation>Этому терминалу ещё не известен издатель этого кода; возможно, код был выдан совсем недавно.</translation>
    </message>
    <message>
        <source>Code withdrawn</source>
        <translation>Код отозван</translation>
    </message>
    <message>
        <source>This code was signed with a security key that is no longer accepted.</source>
        <translation>Этот код подписан ключом безопасности, который больше не принимается.</translation>
    </message>
    <message>
        <source>Code for another event</source>
        <translation>Код другого мероприятия</translation>
    </message>
    <message>
        <source>This code is a registration for a different event.</source>
        <translation>Этот код относится к регистрации на другое мероприятие.</translation>
    </message>
    <message>
        <source>Not valid today</source>
        <translation>Недействителен сегодня</translation>
    </message>
    <message>
        <source>Your registration does not include today&apos;s date.</source>
        <translation>Ваша регистрация не распространяется на сегодняшний день.</translation>
    </message>
    <message>
        <source>Registration not active</source>
        <translation>Регистрация не действует</translation>
    </message>
    <message>
        <source>This registration has been cancelled or withdrawn.</source>
        <translation>Эта регистрация отменена или отозвана.</translation>
    </message>
    <message>
        <source>Code replaced by a newer one</source>
        <translation>Код заменён новым</translation>
    </message>
    <message>
        <source>A newer code has been issued for this registration, so this one can no longer be used.</source>
        <translation>Для этой регистрации выдан более новый код, поэтому этот код больше не может использоваться.</translation>
    </message>
    <message>
        <source>Registration not found</source>
        <translation>Регистрация не найдена</translation>
    </message>
    <message>
        <source>This kiosk has no record of this registration yet.</source>
        <translation>В этом терминале пока нет данных об этой регистрации.</translation>
    </message>
    <message>
        <source>Your badge may already have been printed: its printing was interrupted.</source>
        <translation>Возможно, ваш бейдж уже напечатан: печать была прервана.</translation>
    </message>
    <message>
        <source>You are checked in, but the printer has a problem and your badge could not be printed.</source>
        <translation>Вы зарегистрированы, но из-за неполадки принтера ваш бейдж не удалось напечатать.</translation>
    </message>
    <message>
        <source>Please go to the accreditation desk: staff will take your photo and print your badge.</source>
        <translation>Пожалуйста, обратитесь к стойке аккредитации: сотрудники сфотографируют вас и напечатают бейдж.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Произошла ошибка</translation>
    </message>
    <message>
        <source>The kiosk could not check your code. This is not your fault.</source>
        <translation>Терминалу не удалось проверить ваш код. Вашей вины в этом нет.</translation>
    </message>
    <message>
        <source>Please go to the accreditation desk, where staff will help you.</source>
        <translation>Пожалуйста, обратитесь к стойке аккредитации, где вам помогут сотрудники.</translation>
    </message>
    <message>
        <source>Please try again with the QR code from your registration confirmation, or go to the accreditation desk.</source>
        <translation>Пожалуйста, попробуйте ещё раз с QR-кодом из подтверждения регистрации или обратитесь к стойке аккредитации.</translation>
    </message>
    <message>
        <source>If you have lost your badge, please see the accreditation desk.</source>
        <translation>Если вы потеряли бейдж, пожалуйста, обратитесь к стойке аккредитации.</translation>
    </message>
    <message>
        <source>Please go to the accreditation desk, where your badge is waiting for you.</source>
        <translation>Пожалуйста, пройдите к стойке аккредитации, где вас ожидает ваш бейдж.</translation>
    </message>
    <message>
        <source>Please show the code you received for this event, or go to the accreditation desk.</source>
        <translation>Пожалуйста, предъявите код, полученный для этого мероприятия, или обратитесь к стойке аккредитации.</translation>
    </message>
    <message>
        <source>Please scan the most recent code you received, or go to the accreditation desk.</source>
        <translation>Пожалуйста, отсканируйте последний полученный вами код или обратитесь к стойке аккредитации.</translation>
    </message>
    <message>
        <source>Please ask at the accreditation desk; staff will check and print it if needed.</source>
        <translation>Пожалуйста, обратитесь к стойке аккредитации: сотрудники проверят и при необходимости напечатают бейдж.</translation>
    </message>
    <message>
        <source>Please go to the accreditation desk to collect your badge.</source>
        <translation>Пожалуйста, получите бейдж на стойке аккредитации.</translation>
    </message>
    <message>
        <source>The printer is out of paper.</source>
        <translation>В принтере закончилась бумага.</translation>
    </message>
    <message>
        <source>The printer&apos;s cover is open.</source>
        <translation>Крышка принтера открыта.</translation>
    </message>
    <message>
        <source>The printer is not responding.</source>
        <translation>Принтер не отвечает.</translation>
    </message>
    <message>
        <source>The printer reported a fault.</source>
        <translation>Принтер сообщил о неисправности.</translation>
    </message>
    <message>
        <source>You are checked in. Your badge needs a photo, which is taken at the desk.</source>
        <translation>Вы зарегистрированы. Для бейджа нужна фотография — её сделают на стойке аккредитации.</translation>
    </message>
    <message>
        <source>You are checked in, but the camera stopped working before your photo was taken.</source>
        <translation>Вы зарегистрированы, но камера перестала работать до того, как была сделана фотография.</translation>
    </message>
    <message>
        <source>You are checked in. Badges are printed at the accreditation desk today.</source>
        <translation>Вы зарегистрированы. Сегодня бейджи печатают на стойке аккредитации.</translation>
    </message>
    <message>
        <source>Please collect your badge at the accreditation desk at the entrance of the ITU Montbrillant building.</source>
        <translation>Пожалуйста, получите бейдж на стойке аккредитации у входа в здание МСЭ «Монбрийан».</translation>
    </message>
</context>
<context>
    <name>sessions</name>
    <message>
        <source>Room to be announced</source>
        <translation>Зал будет объявлен позднее</translation>
    </message>
</context>
</TS>
