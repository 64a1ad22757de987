<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>ArrivalsPanel</name>
    <message>
        <source>Arrivals</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <source>There are no figures to export yet.</source>
        <translation>Данных для экспорта пока нет.</translation>
    </message>
    <message>
        <source>The figures could not be read. Reference for IT: {ref}</source>
        <translation>Не удалось прочитать данные. Номер для ИТ-службы: {ref}</translation>
    </message>
    <message>
        <source>The figures could not be refreshed; those shown are from {time}. Reference for IT: {ref}</source>
        <translation>Не удалось обновить данные; показаны данные на {time}. Номер для ИТ-службы: {ref}</translation>
    </message>
    <message>
        <source>The picture could not be saved as {file}. Choose another folder.</source>
        <translation>Не удалось сохранить изображение как {file}. Выберите другую папку.</translation>
    </message>
    <message>
        <source>Charts saved as {file}</source>
        <translation>Диаграммы сохранены: {file}</translation>
    </message>
    <message>
        <source>Updated at {time} (every 30 seconds)</source>
        <translation>Обновлено в {time} (каждые 30 секунд)</translation>
    </message>
    <message>
        <source>Export the charts as PNG</source>
        <translation>Экспорт диаграмм в формате PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Экспорт в PNG</translation>
    </message>
    <message>
        <source>Badges printed</source>
        <translation>Напечатано бейджей</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Регистрация на месте</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Загрузка данных…</translation>
    </message>
</context>
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
    <name>CheckInDialog</name>
    <message>
        <source>Check in</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <source>Check in {name}</source>
        <translation>Регистрация: {name}</translation>
    </message>
    <message>
        <source>Registration {id}. Compare the ID document with the name and photo.</source>
        <translation>Регистрация {id}. Сверьте удостоверение личности с именем и фотографией.</translation>
    </message>
    <message>
        <source>I have checked their ID document</source>
        <translation>Я проверил(а) удостоверение личности</translation>
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
    <name>DeskContext</name>
    <message>
        <source>That did not work. Reference for IT: {ref}</source>
        <translation>Не удалось. Код для ИТ-службы: {ref}</translation>
    </message>
</context>
<context>
    <name>DeskExceptions</name>
    <message>
        <source>Print interrupted</source>
        <translation>Печать прервана</translation>
    </message>
    <message>
        <source>Print failed</source>
        <translation>Ошибка печати</translation>
    </message>
    <message>
        <source>Badge waiting for the desk</source>
        <translation>Бейдж ожидает печати на стойке</translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation>Конфликт синхронизации</translation>
    </message>
    <message>
        <source>Rejected by the registry</source>
        <translation>Отклонено реестром</translation>
    </message>
    <message>
        <source>Refused scan</source>
        <translation>Код отклонён</translation>
    </message>
    <message>
        <source>The badge name was changed at two desks; the later change stands. Check the name.</source>
        <translation>Имя на бейдже изменили на двух стойках; сохранено более позднее изменение. Проверьте имя.</translation>
    </message>
    <message>
        <source>Checked in at two kiosks: check that one person holds one badge.</source>
        <translation>Регистрация прибытия на двух терминалах: убедитесь, что у участника только один бейдж.</translation>
    </message>
    <message>
        <source>Two badges carry the same version: check which one the person holds.</source>
        <translation>У двух бейджей одинаковый номер версии: проверьте, какой из них у участника.</translation>
    </message>
    <message>
        <source>The registry flagged this registration for a check.</source>
        <translation>Реестр отметил эту регистрацию для проверки.</translation>
    </message>
    <message>
        <source>a check-in</source>
        <translation>регистрацию прибытия</translation>
    </message>
    <message>
        <source>a printed badge</source>
        <translation>напечатанный бейдж</translation>
    </message>
    <message>
        <source>a voided badge</source>
        <translation>аннулированный бейдж</translation>
    </message>
    <message>
        <source>a walk-in registration</source>
        <translation>регистрацию на месте</translation>
    </message>
    <message>
        <source>a badge name correction</source>
        <translation>исправление имени на бейдже</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>запись</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>печатается</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>напечатано</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>This was already dealt with, here or at another desk. The list is up to date again.</source>
        <translation>Этим уже занялись здесь или на другой стойке. Список обновлён.</translation>
    </message>
    <message>
        <source>Write a short note saying why (one line, at most 200 characters); nothing was cancelled.</source>
        <translation>Кратко укажите причину (одна строка, не более 200 символов); ничего не отменено.</translation>
    </message>
    <message>
        <source>That printer is no longer configured here; choose another one.</source>
        <translation>Этот принтер здесь больше не настроен; выберите другой.</translation>
    </message>
    <message>
        <source>The registry cannot be reached; the desk keeps trying.</source>
        <translation>Реестр недоступен; стойка продолжает попытки.</translation>
    </message>
    <message>
        <source>The registry is not answering properly; the desk keeps trying.</source>
        <translation>Реестр отвечает с ошибками; стойка продолжает попытки.</translation>
    </message>
    <message>
        <source>The registry sent an answer the desk cannot read. Tell IT.</source>
        <translation>Реестр прислал ответ, который стойка не может прочитать. Сообщите в ИТ-службу.</translation>
    </message>
    <message>
        <source>The registry refused a request. Tell IT.</source>
        <translation>Реестр отклонил запрос. Сообщите в ИТ-службу.</translation>
    </message>
    <message>
        <source>The registry was reset; the desk is reading all its data again.</source>
        <translation>Реестр был сброшен; стойка заново загружает все данные.</translation>
    </message>
    <message>
        <source>The registry does not recognise this machine: IT must enroll it again.</source>
        <translation>Реестр не распознаёт этот компьютер: ИТ-служба должна зарегистрировать его заново.</translation>
    </message>
    <message>
        <source>This machine was withdrawn at the registry. Tell IT.</source>
        <translation>Этот компьютер отключён в реестре. Сообщите в ИТ-службу.</translation>
    </message>
    <message>
        <source>The enrolment code is not valid: IT must enroll this machine again.</source>
        <translation>Код регистрации недействителен: ИТ-служба должна заново зарегистрировать этот компьютер.</translation>
    </message>
    <message>
        <source>Printing on %1 was cut off by a stop. Did the badge come out?</source>
        <translation>Печать на %1 прервалась из-за остановки. Бейдж вышел?</translation>
    </message>
    <message>
        <source>Could not print on %1: %2</source>
        <translation>Не удалось напечатать на %1: %2</translation>
    </message>
    <message>
        <source>Checked in; the badge is waiting to be printed here.</source>
        <translation>Прибытие зарегистрировано; бейдж ожидает печати здесь.</translation>
    </message>
    <message>
        <source>The registry refused %1: %2</source>
        <translation>Реестр отклонил %1: %2</translation>
    </message>
    <message>
        <source>(scanned %1 times)</source>
        <translation>(сканирований: %1)</translation>
    </message>
    <message>
        <source>pretix does not know this ticket (deleted, or another event&apos;s)</source>
        <translation>pretix не знает этот билет (он удалён или относится к другому мероприятию)</translation>
    </message>
    <message>
        <source>the order is not paid in pretix</source>
        <translation>заказ не оплачен в pretix</translation>
    </message>
    <message>
        <source>the ticket is blocked in pretix</source>
        <translation>билет заблокирован в pretix</translation>
    </message>
    <message>
        <source>the ticket is not valid at this time in pretix</source>
        <translation>по данным pretix, билет в это время недействителен</translation>
    </message>
    <message>
        <source>the order or ticket is cancelled in pretix</source>
        <translation>заказ или билет отменён в pretix</translation>
    </message>
    <message>
        <source>pretix says the ticket was already used</source>
        <translation>по данным pretix, билет уже использован</translation>
    </message>
    <message>
        <source>pretix&apos;s check-in list does not admit this product</source>
        <translation>список регистрации прибытия в pretix не допускает этот продукт</translation>
    </message>
    <message>
        <source>pretix&apos;s check-in rules refuse this entry</source>
        <translation>правила регистрации прибытия в pretix не допускают этот вход</translation>
    </message>
    <message>
        <source>pretix found more than one ticket</source>
        <translation>pretix нашёл несколько билетов</translation>
    </message>
    <message>
        <source>the ticket was revoked in pretix (reissued with a new code)</source>
        <translation>билет отозван в pretix (перевыпущен с новым кодом)</translation>
    </message>
    <message>
        <source>the order is not approved in pretix</source>
        <translation>заказ не одобрен в pretix</translation>
    </message>
    <message>
        <source>pretix asks check-in questions: check the person in on a pretix device</source>
        <translation>pretix задаёт вопросы при регистрации прибытия: зарегистрируйте участника на устройстве pretix</translation>
    </message>
    <message>
        <source>pretix refused the check-in</source>
        <translation>pretix отклонил регистрацию прибытия</translation>
    </message>
    <message>
        <source>pretix cannot void a badge from a device: print the new badge here; pretix keeps the print log of both</source>
        <translation>pretix не может аннулировать бейдж с устройства: напечатайте новый бейдж здесь; в pretix сохранятся записи о печати обоих</translation>
    </message>
    <message>
        <source>pretix devices cannot register people: create the order in pretix; the person reaches the kiosk with the next sync</source>
        <translation>устройства pretix не могут регистрировать участников: создайте заказ в pretix; участник появится на терминале после следующей синхронизации</translation>
    </message>
    <message>
        <source>pretix devices cannot change names: correct the attendee name in the order in pretix; the kiosk takes it with the next sync</source>
        <translation>устройства pretix не могут изменять имена: исправьте имя участника в заказе в pretix; терминал получит его при следующей синхронизации</translation>
    </message>
    <message>
        <source>pretix&apos;s device profile does not allow print logs: give the device the pretixSCAN profile</source>
        <translation>профиль устройства в pretix не разрешает записи о печати: назначьте устройству профиль pretixSCAN</translation>
    </message>
    <message>
        <source>this outbox item cannot be read (not sent to pretix)</source>
        <translation>эту запись из очереди отправки невозможно прочитать (в pretix не отправлена)</translation>
    </message>
    <message>
        <source>pretix refused the print log</source>
        <translation>pretix отклонил запись о печати</translation>
    </message>
</context>
<context>
    <name>DeskSignInPage</name>
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
        <translation>Неверный PIN-код или код сотрудника. Повторите попытку.</translation>
    </message>
    <message>
        <source>Accreditation desk</source>
        <translation>Стойка аккредитации</translation>
    </message>
    <message>
        <source>Type your staff PIN and press Enter, or scan your staff QR code.</source>
        <translation>Введите свой PIN-код сотрудника и нажмите Enter или отсканируйте QR-код сотрудника.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN-код сотрудника</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Type your PIN first.</source>
        <translation>Сначала введите PIN-код.</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>Sign in first, then scan the visitor&apos;s code.</source>
        <translation>Сначала войдите, затем отсканируйте код посетителя.</translation>
    </message>
    <message>
        <source>That staff code was not accepted.</source>
        <translation>Этот код сотрудника не принят.</translation>
    </message>
    <message>
        <source>The desk could not check this. Reference for IT: {ref}</source>
        <translation>Стойке не удалось это проверить. Код для ИТ-службы: {ref}</translation>
    </message>
    <message>
        <source>Accreditation desk</source>
        <translation>Стойка аккредитации</translation>
    </message>
    <message>
        <source>Accreditation desk · {event}</source>
        <translation>Стойка аккредитации · {event}</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Desk staff</source>
        <translation>Сотрудник стойки</translation>
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
        <translation>Исключения</translation>
    </message>
    <message>
        <source>Exceptions (%1)</source>
        <translation>Исключения (%1)</translation>
    </message>
    <message>
        <source>The exceptions could not be read. Reference for IT: %1</source>
        <translation>Не удалось прочитать исключения. Номер для ИТ-службы: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Mark as checked</source>
        <translation>Отметить как проверенное</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>Отметить как просмотренное</translation>
    </message>
    <message>
        <source>Mark as handled</source>
        <translation>Отметить как решённое</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Записано.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Терминал</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing needs a person right now.</source>
        <translation>Сейчас ничего не требует вмешательства.</translation>
    </message>
    <message>
        <source>The newest %1 are listed; answer them to see the others.</source>
        <translation>Показаны %1 самых новых; обработайте их, чтобы увидеть остальные.</translation>
    </message>
</context>
<context>
    <name>JobActions</name>
    <message>
        <source>Yes, it came out</source>
        <translation>Да, вышел</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Print now</source>
        <translation>Напечатать сейчас</translation>
    </message>
    <message>
        <source>Cancel the print</source>
        <translation>Отменить печать</translation>
    </message>
    <message>
        <source>Why is this badge not printed? (kept in the audit log)</source>
        <translation>Почему этот бейдж не печатается? (сохраняется в журнале аудита)</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Отменить…</translation>
    </message>
    <message>
        <source>Send to…</source>
        <translation>Отправить на…</translation>
    </message>
    <message>
        <source>Only one printer is configured.</source>
        <translation>Настроен только один принтер.</translation>
    </message>
    <message>
        <source>Badge printed on %1.</source>
        <translation>Бейдж напечатан на %1.</translation>
    </message>
    <message>
        <source>Still not printed: %1</source>
        <translation>Всё ещё не напечатан: %1</translation>
    </message>
    <message>
        <source>Recorded: the badge did not come out. Print it again when ready.</source>
        <translation>Записано: бейдж не вышел. Напечатайте его снова, когда будет возможно.</translation>
    </message>
    <message>
        <source>The print was cancelled.</source>
        <translation>Печать отменена.</translation>
    </message>
    <message>
        <source>Recorded: the badge counts as collected.</source>
        <translation>Записано: бейдж считается выданным.</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Correct the badge name</source>
        <translation>Исправить имя на бейдже</translation>
    </message>
    <message>
        <source>Registration {id}. Type the name as it should print, in any script. The next badge prints it; the registry gets it with the next sync.</source>
        <translation>Регистрация {id}. Введите имя так, как оно должно быть напечатано, на любой письменности. Оно появится на следующем бейдже; реестр получит его при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Badge name</source>
        <translation>Имя на бейдже</translation>
    </message>
    <message>
        <source>Save the name</source>
        <translation>Сохранить имя</translation>
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
    <name>OperationsPanel</name>
    <message>
        <source>Operations</source>
        <translation>Работа</translation>
    </message>
    <message>
        <source>The printers and the queue could not be read. Reference for IT: %1</source>
        <translation>Не удалось получить состояние принтеров и очереди. Номер для ИТ-службы: %1</translation>
    </message>
    <message>
        <source>Printing a test page on %1…</source>
        <translation>Печать тестовой страницы на %1…</translation>
    </message>
    <message>
        <source>The test page did not print: %1</source>
        <translation>Тестовая страница не напечатана: %1</translation>
    </message>
    <message>
        <source>Test page sent to %1.</source>
        <translation>Тестовая страница отправлена на %1.</translation>
    </message>
    <message>
        <source>Sync started.</source>
        <translation>Синхронизация запущена.</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Принтеры</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>Очередь печати</translation>
    </message>
    <message>
        <source>Sync with the registry</source>
        <translation>Синхронизация с реестром</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>What the printer said</source>
        <translation>Сообщение принтера</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Main printer</source>
        <translation>Основной принтер</translation>
    </message>
    <message>
        <source>Fallback %1</source>
        <translation>Резервный %1</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Тестовая печать</translation>
    </message>
    <message>
        <source>The newest %1 of %2 open jobs are listed.</source>
        <translation>Показаны %1 самых новых заданий из %2 незавершённых.</translation>
    </message>
    <message>
        <source>No badge is waiting to be printed.</source>
        <translation>Нет бейджей, ожидающих печати.</translation>
    </message>
    <message>
        <source>Last complete update</source>
        <translation>Последнее полное обновление</translation>
    </message>
    <message>
        <source>Data age</source>
        <translation>Актуальность данных</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Последняя проблема</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <source>This desk is not enrolled with a registry: nothing is synced.</source>
        <translation>Эта стойка не зарегистрирована в реестре: синхронизация не выполняется.</translation>
    </message>
    <message>
        <source>Waiting for the first round…</source>
        <translation>Ожидание первой синхронизации…</translation>
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
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>записей: %1</translation>
    </message>
    <message>
        <source>%1 rejected (see Exceptions)</source>
        <translation>отклонено: %1 (см. «Исключения»)</translation>
    </message>
    <message>
        <source>no data from the registry yet</source>
        <translation>данных из реестра пока нет</translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation>обновлены только что</translation>
    </message>
    <message>
        <source>updated %1 min ago</source>
        <translation>обновлены %1 мин назад</translation>
    </message>
    <message>
        <source>updated %1 h ago</source>
        <translation>обновлены %1 ч назад</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>The last round did not finish: %1</source>
        <translation>Последняя синхронизация не завершилась: %1</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Organisation, country, category</source>
        <translation>Организация, страна, категория</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Badge valid</source>
        <translation>Бейдж действителен</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Не зарегистрирован</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>People</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Type a name, an organisation, a country or a registration number.</source>
        <translation>Введите имя, организацию, страну или регистрационный номер.</translation>
    </message>
    <message>
        <source>Nobody found for “{text}”.</source>
        <translation>По запросу «{text}» никого не найдено.</translation>
    </message>
    <message>
        <source>Registration {id} is not on this desk&apos;s list.</source>
        <translation>Регистрации {id} нет в списке этой стойки.</translation>
    </message>
    <message>
        <source>Name in any script, organisation, country, e-mail or registration number</source>
        <translation>Имя в любой письменности, организация, страна, эл. почта или регистрационный номер</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Найденные участники</translation>
    </message>
</context>
<context>
    <name>PersonActions</name>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Choose the person&apos;s photo</source>
        <translation>Выберите фотографию человека</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Изображения (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>The photo could not be stored. Try again; if it fails again, tell IT.</source>
        <translation>Не удалось сохранить фотографию. Повторите попытку; если снова не получится, сообщите в ИТ-службу.</translation>
    </message>
    <message>
        <source>{name} is checked in.</source>
        <translation>{name}: регистрация выполнена.</translation>
    </message>
    <message>
        <source>The badge of {name} is void.</source>
        <translation>Бейдж {name} аннулирован.</translation>
    </message>
    <message>
        <source>The pick-up of the badge of {name} is recorded.</source>
        <translation>Получение бейджа {name} зарегистрировано.</translation>
    </message>
    <message>
        <source>That did not work. Reference for IT: {ref}</source>
        <translation>Не получилось. Код для ИТ-службы: {ref}</translation>
    </message>
    <message>
        <source>No webcam is set up at this desk: choose the person&apos;s photo</source>
        <translation>На этой стойке не настроена веб-камера: выберите фотографию участника</translation>
    </message>
    <message>
        <source>{name}: badge version {version} printed on {printer}.</source>
        <translation>{name}: бейдж версии {version} напечатан на {printer}.</translation>
    </message>
    <message>
        <source>{name}: badge version {version} did not print: {problem} The job waits on the Exceptions page.</source>
        <translation>{name}: бейдж версии {version} не напечатан: {problem} Задание ждёт на странице «Исключения».</translation>
    </message>
    <message>
        <source>{name}: temporary registration {id} created. Check them in and print their badge.</source>
        <translation>{name}: создана временная регистрация {id}. Зарегистрируйте прибытие и напечатайте бейдж.</translation>
    </message>
    <message>
        <source>The photo of {name} is replaced; the badge waiting to print shows it.</source>
        <translation>Фотография {name} заменена; она будет на бейдже, ожидающем печати.</translation>
    </message>
    <message>
        <source>The photo of {name} is replaced. Reprint the badge (reason: photo replaced) to show it.</source>
        <translation>Фотография {name} заменена. Перепечатайте бейдж (причина: фотография заменена), чтобы она появилась.</translation>
    </message>
    <message>
        <source>Another desk saved a later badge name for this person: it stays. Your correction is kept in the history and listed on the Exceptions page.</source>
        <translation>Другая стойка сохранила более позднее имя для этого человека: оно остаётся. Ваше исправление сохранено в истории и указано на странице «Исключения».</translation>
    </message>
    <message>
        <source>The badge name is saved as {name}. Another desk changed it meanwhile: both corrections are kept and listed on the Exceptions page.</source>
        <translation>Имя на бейдже сохранено: {name}. Другая стойка тем временем его изменила: оба исправления сохранены и указаны на странице «Исключения».</translation>
    </message>
    <message>
        <source>The badge name is saved as {name}.</source>
        <translation>Имя на бейдже сохранено: {name}.</translation>
    </message>
    <message>
        <source>Print: a print job for this person is still open. Answer it first on the Exceptions page.</source>
        <translation>Печать: для этого человека ещё открыто задание печати. Сначала разберите его на странице «Исключения».</translation>
    </message>
    <message>
        <source>Void: this person has no valid badge.</source>
        <translation>Аннулирование: у этого человека нет действующего бейджа.</translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation>Зарегистрировать…</translation>
    </message>
    <message>
        <source>Reprint badge…</source>
        <translation>Перепечатать бейдж…</translation>
    </message>
    <message>
        <source>Print badge…</source>
        <translation>Напечатать бейдж…</translation>
    </message>
    <message>
        <source>Correct name…</source>
        <translation>Исправить имя…</translation>
    </message>
    <message>
        <source>Replace photo…</source>
        <translation>Заменить фото…</translation>
    </message>
    <message>
        <source>VIP pick-up…</source>
        <translation>Получение для VIP…</translation>
    </message>
    <message>
        <source>Void badge…</source>
        <translation>Аннулировать бейдж…</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Без регистрации…</translation>
    </message>
    <message>
        <source>Void badge (supervisor only)</source>
        <translation>Аннулировать бейдж (только руководитель)</translation>
    </message>
    <message>
        <source>Walk-in (supervisor only)</source>
        <translation>Без регистрации (только руководитель)</translation>
    </message>
</context>
<context>
    <name>PersonDetail</name>
    <message>
        <source>Search for a person or scan their code.</source>
        <translation>Найдите участника или отсканируйте его код.</translation>
    </message>
    <message>
        <source>Latin script: {name}</source>
        <translation>Латиницей: {name}</translation>
    </message>
    <message>
        <source>Own script: {name}</source>
        <translation>В родной письменности: {name}</translation>
    </message>
    <message>
        <source>Category: {category}</source>
        <translation>Категория: {category}</translation>
    </message>
    <message>
        <source>Registration {id}</source>
        <translation>Регистрация {id}</translation>
    </message>
    <message>
        <source>Provisional: known only from a walk-in code, not yet from the registry.</source>
        <translation>Временная запись: известна только по коду, выданному на месте, в реестре её ещё нет.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Нет фото</translation>
    </message>
    <message>
        <source>No badge preview</source>
        <translation>Предпросмотр бейджа недоступен</translation>
    </message>
    <message>
        <source>The valid badge (version {version})</source>
        <translation>Действующий бейдж (версия {version})</translation>
    </message>
    <message>
        <source>The next badge (version {version})</source>
        <translation>Следующий бейдж (версия {version})</translation>
    </message>
    <message>
        <source>Not checked in yet.</source>
        <translation>Ещё не зарегистрирован.</translation>
    </message>
    <message>
        <source>No badge printed yet.</source>
        <translation>Бейдж ещё не напечатан.</translation>
    </message>
    <message>
        <source>{when}: collected by {collector} ({document}) at {kiosk}</source>
        <translation>{when}: получил(а) {collector} ({document}), {kiosk}</translation>
    </message>
    <message>
        <source>Version {version} · {when} · {kiosk} · {printer} · {reason}</source>
        <translation>Версия {version} · {when} · {kiosk} · {printer} · {reason}</translation>
    </message>
    <message>
        <source>voided {when}</source>
        <translation>аннулирован {when}</translation>
    </message>
    <message>
        <source>deactivated {when}</source>
        <translation>деактивирован {when}</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>действителен</translation>
    </message>
    <message>
        <source>Print job {job} (version {version}) is {state}.</source>
        <translation>Задание печати {job} (версия {version}): {state}.</translation>
    </message>
    <message>
        <source>Check-ins on every kiosk</source>
        <translation>Регистрации на всех киосках</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Бейджи</translation>
    </message>
    <message>
        <source>Name corrections</source>
        <translation>Исправления имени</translation>
    </message>
    <message>
        <source>VIP pick-ups</source>
        <translation>Получение за VIP</translation>
    </message>
    <message>
        <source>Open print job</source>
        <translation>Незавершённое задание печати</translation>
    </message>
</context>
<context>
    <name>PhotoCaptureDialog</name>
    <message>
        <source>No webcam was found at this desk. Choose a file instead.</source>
        <translation>На этой стойке не найдена веб-камера. Выберите файл.</translation>
    </message>
    <message>
        <source>The webcam gives no picture. Check its cable, or choose a file instead.</source>
        <translation>Веб-камера не передаёт изображение. Проверьте кабель или выберите файл.</translation>
    </message>
    <message>
        <source>The webcam stopped. Check its cable, or choose a file instead.</source>
        <translation>Веб-камера отключилась. Проверьте кабель или выберите файл.</translation>
    </message>
    <message>
        <source>That picture could not be used. Take the photo again.</source>
        <translation>Это изображение нельзя использовать. Сделайте снимок ещё раз.</translation>
    </message>
    <message>
        <source>Photo from the webcam</source>
        <translation>Фотография с веб-камеры</translation>
    </message>
    <message>
        <source>Photo of {name}</source>
        <translation>Фотография: {name}</translation>
    </message>
    <message>
        <source>Starting the webcam…</source>
        <translation>Включение веб-камеры…</translation>
    </message>
    <message>
        <source>Ask the person to look at the webcam, face inside the oval, then take the photo.</source>
        <translation>Попросите участника посмотреть в веб-камеру так, чтобы лицо было внутри овала, и сделайте снимок.</translation>
    </message>
    <message>
        <source>Preparing the photo…</source>
        <translation>Подготовка фотографии…</translation>
    </message>
    <message>
        <source>This photo will be printed on the badge. Use it, or choose a file.</source>
        <translation>Эта фотография будет напечатана на бейдже. Используйте её или выберите файл.</translation>
    </message>
    <message>
        <source>This photo will be printed on the badge. Use it, or retake it.</source>
        <translation>Эта фотография будет напечатана на бейдже. Используйте её или сделайте снимок заново.</translation>
    </message>
    <message>
        <source>Keeping the photo…</source>
        <translation>Сохранение фотографии…</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>Webcam picture</source>
        <translation>Изображение с веб-камеры</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Сделать снимок</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Использовать эту фотографию</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Переснять</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
    <name>PhotoSourceDialog</name>
    <message>
        <source>Replace photo</source>
        <translation>Заменить фотографию</translation>
    </message>
    <message>
        <source>New photo of {name}</source>
        <translation>Новая фотография: {name}</translation>
    </message>
    <message>
        <source>Take with the webcam</source>
        <translation>Снять веб-камерой</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
    <name>PrintDialog</name>
    <message>
        <source>Print badge</source>
        <translation>Печать бейджа</translation>
    </message>
    <message>
        <source>Badge for {name}</source>
        <translation>Бейдж: {name}</translation>
    </message>
    <message>
        <source>Badge version {version} will be printed.</source>
        <translation>Будет напечатана версия бейджа {version}.</translation>
    </message>
    <message>
        <source>The badge now valid (version {old}) stops working once the new one is printed.</source>
        <translation>Действующий бейдж (версия {old}) перестанет работать, как только будет напечатан новый.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Напечатать</translation>
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
    <name>ReasonField</name>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Details (optional, or the reason itself)</source>
        <translation>Подробности (необязательно, или сама причина)</translation>
    </message>
    <message>
        <source>Reason details</source>
        <translation>Подробности причины</translation>
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
    <name>RegistryWords</name>
    <message>
        <source>kiosk registry</source>
        <translation>реестр терминалов</translation>
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
    <name>VipPickupDialog</name>
    <message>
        <source>VIP badge pick-up</source>
        <translation>Получение бейджа VIP</translation>
    </message>
    <message>
        <source>Who collects the badge of {name}?</source>
        <translation>Кто получает бейдж {name}?</translation>
    </message>
    <message>
        <source>Check the collector&apos;s ID document. Their name stays on this machine.</source>
        <translation>Проверьте удостоверение личности получателя. Его имя хранится только на этом компьютере.</translation>
    </message>
    <message>
        <source>Collector&apos;s name</source>
        <translation>Имя получателя</translation>
    </message>
    <message>
        <source>ID document shown</source>
        <translation>Предъявленный документ</translation>
    </message>
    <message>
        <source>Record the pick-up</source>
        <translation>Записать получение</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void badge</source>
        <translation>Аннулировать бейдж</translation>
    </message>
    <message>
        <source>Void the badge of {name}</source>
        <translation>Аннулировать бейдж {name}</translation>
    </message>
    <message>
        <source>Badge version {version} stops working at every door at once. No badge of this person is valid until the next print.</source>
        <translation>Версия бейджа {version} сразу перестаёт действовать на всех входах. До следующей печати у этого человека не будет действующего бейджа.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in</source>
        <translation>Без регистрации</translation>
    </message>
    <message>
        <source>Temporary badge for a walk-in</source>
        <translation>Временный бейдж для незарегистрированного посетителя</translation>
    </message>
    <message>
        <source>For someone not registered. Type the names as on their ID document. The registration is provisional until the registry confirms it.</source>
        <translation>Для незарегистрированного посетителя. Введите имя и фамилию, как в удостоверении личности. Регистрация остаётся предварительной, пока её не подтвердит реестр.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Badge name</source>
        <translation>Имя на бейдже</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Country (two letters)</source>
        <translation>Страна (две буквы)</translation>
    </message>
    <message>
        <source>Badge category</source>
        <translation>Категория бейджа</translation>
    </message>
    <message>
        <source>Empty: given and family name</source>
        <translation>Пусто: имя и фамилия</translation>
    </message>
    <message>
        <source>Create the registration</source>
        <translation>Создать регистрацию</translation>
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
    <name>desk-documents</name>
    <message>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <source>National identity card</source>
        <translation>Национальное удостоверение личности</translation>
    </message>
    <message>
        <source>UN laissez-passer</source>
        <translation>Пропуск Организации Объединённых Наций (лессе-пассе)</translation>
    </message>
    <message>
        <source>Other official document</source>
        <translation>Другой официальный документ</translation>
    </message>
</context>
<context>
    <name>desk-problems</name>
    <message>
        <source>The text holds an invisible control character (a tab, a line break …). Retype it instead of pasting it.</source>
        <translation>Текст содержит невидимый управляющий символ (табуляция, перевод строки…). Наберите его вручную, а не вставляйте.</translation>
    </message>
    <message>
        <source>The name holds an invisible character that reorders text. Retype the name instead of pasting it.</source>
        <translation>Имя содержит невидимый символ, меняющий порядок текста. Наберите имя вручную, а не вставляйте.</translation>
    </message>
    <message>
        <source>A name is empty. Type the name.</source>
        <translation>Имя не заполнено. Введите имя.</translation>
    </message>
    <message>
        <source>The text is too long: a name has at most {name_limit} characters, a reason or an organisation at most {reason_limit}.</source>
        <translation>Текст слишком длинный: имя — не более {name_limit} символов, причина или организация — не более {reason_limit}.</translation>
    </message>
    <message>
        <source>Choose or type a reason: it goes into the audit log.</source>
        <translation>Выберите или введите причину: она записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>The country is a two-letter code (CH, SN, CN …) or empty.</source>
        <translation>Страна указывается двухбуквенным кодом (CH, SN, CN…) или не указывается.</translation>
    </message>
    <message>
        <source>Check the person&apos;s ID document first, then tick the box.</source>
        <translation>Сначала проверьте удостоверение личности, затем поставьте отметку.</translation>
    </message>
    <message>
        <source>This registration is not on this machine. Sync, then try again.</source>
        <translation>Этой регистрации нет на этом компьютере. Выполните синхронизацию и повторите попытку.</translation>
    </message>
    <message>
        <source>This registration is revoked or cancelled: no check-in and no badge. Ask a supervisor.</source>
        <translation>Эта регистрация отозвана или отменена: ни регистрации прибытия, ни бейджа. Обратитесь к руководителю.</translation>
    </message>
    <message>
        <source>This person has no valid badge to void.</source>
        <translation>У этого человека нет действующего бейджа для аннулирования.</translation>
    </message>
    <message>
        <source>The badge cannot be printed now: the registration is revoked or cancelled, or a print job for this person is still open (answer it on the Exceptions page).</source>
        <translation>Бейдж сейчас нельзя напечатать: регистрация отозвана или отменена, либо для этого человека ещё открыто задание печати (разберите его на странице «Исключения»).</translation>
    </message>
    <message>
        <source>This desk has no printer. Print at a desk with a printer.</source>
        <translation>У этой стойки нет принтера. Печатайте на стойке с принтером.</translation>
    </message>
    <message>
        <source>This machine has no event yet. Sync or import the roster first.</source>
        <translation>На этом компьютере ещё нет мероприятия. Сначала выполните синхронизацию или импортируйте список участников.</translation>
    </message>
    <message>
        <source>The event has no badge category with this code.</source>
        <translation>У мероприятия нет категории бейджа с таким кодом.</translation>
    </message>
    <message>
        <source>No free registration number was found. Try again.</source>
        <translation>Свободный регистрационный номер не найден. Повторите попытку.</translation>
    </message>
    <message>
        <source>Only a supervisor may do this. Ask a supervisor; this attempt was recorded.</source>
        <translation>Это может сделать только руководитель. Обратитесь к руководителю; эта попытка записана.</translation>
    </message>
    <message>
        <source>This file cannot be used as a badge photo: choose a JPEG or PNG picture of the person.</source>
        <translation>Этот файл нельзя использовать как фотографию для бейджа: выберите изображение человека в формате JPEG или PNG.</translation>
    </message>
</context>
<context>
    <name>desk-reasons</name>
    <message>
        <source>Choose a reason…</source>
        <translation>Выберите причину…</translation>
    </message>
    <message>
        <source>Other (type it below)</source>
        <translation>Другое (укажите ниже)</translation>
    </message>
    <message>
        <source>First badge</source>
        <translation>Первый бейдж</translation>
    </message>
    <message>
        <source>Badge lost</source>
        <translation>Бейдж потерян</translation>
    </message>
    <message>
        <source>Badge damaged</source>
        <translation>Бейдж повреждён</translation>
    </message>
    <message>
        <source>Name corrected</source>
        <translation>Имя исправлено</translation>
    </message>
    <message>
        <source>Photo replaced</source>
        <translation>Фотография заменена</translation>
    </message>
    <message>
        <source>Reported lost</source>
        <translation>Заявлено о потере</translation>
    </message>
    <message>
        <source>Reported stolen</source>
        <translation>Заявлено о краже</translation>
    </message>
    <message>
        <source>Used by someone else</source>
        <translation>Используется другим человеком</translation>
    </message>
    <message>
        <source>Misspelt</source>
        <translation>Ошибка в написании</translation>
    </message>
    <message>
        <source>As on the ID document</source>
        <translation>Как в удостоверении личности</translation>
    </message>
    <message>
        <source>The person&apos;s preferred name</source>
        <translation>Предпочитаемое имя</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Не зарегистрирован(а)</translation>
    </message>
    <message>
        <source>Registration not found</source>
        <translation>Регистрация не найдена</translation>
    </message>
    <message>
        <source>Invited on site</source>
        <translation>Приглашён(а) на месте</translation>
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
        <source>Ticket blocked</source>
        <translation>Билет заблокирован</translation>
    </message>
    <message>
        <source>The organiser has blocked this ticket for now.</source>
        <translation>Организатор временно заблокировал этот билет.</translation>
    </message>
    <message>
        <source>Ticket not on this kiosk yet</source>
        <translation>Билета пока нет в этом терминале</translation>
    </message>
    <message>
        <source>Your ticket is genuine, but this kiosk has not received it yet.</source>
        <translation>Ваш билет подлинный, но этот терминал ещё не получил его данные.</translation>
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
    <name>people_texts</name>
    <message>
        <source>first badge</source>
        <translation>первый бейдж</translation>
    </message>
    <message>
        <source>The scan was empty. Scan the code again.</source>
        <translation>Сканирование пустое. Отсканируйте код ещё раз.</translation>
    </message>
    <message>
        <source>That is not a registration code or a badge. Scan the QR code again.</source>
        <translation>Это не регистрационный код и не бейдж. Отсканируйте QR-код ещё раз.</translation>
    </message>
    <message>
        <source>This code is in a format this desk cannot read. Search for the person by name.</source>
        <translation>Эта стойка не может прочитать код такого формата. Найдите участника по имени.</translation>
    </message>
    <message>
        <source>This code&apos;s signature is not valid: it may be forged. Check the person&apos;s ID.</source>
        <translation>Подпись этого кода недействительна: возможно, он поддельный. Проверьте удостоверение личности.</translation>
    </message>
    <message>
        <source>This code is signed with a key this desk does not know. Sync, then scan again.</source>
        <translation>Код подписан ключом, неизвестным этой стойке. Выполните синхронизацию и отсканируйте снова.</translation>
    </message>
    <message>
        <source>This code is signed with a withdrawn key. Search for the person by name.</source>
        <translation>Код подписан отозванным ключом. Найдите участника по имени.</translation>
    </message>
    <message>
        <source>This code is for another event.</source>
        <translation>Этот код относится к другому мероприятию.</translation>
    </message>
    <message>
        <source>This code is genuine, but the person is not on this desk&apos;s list yet. Sync.</source>
        <translation>Код подлинный, но участника ещё нет в списке этой стойки. Выполните синхронизацию.</translation>
    </message>
    <message>
        <source>Nobody on this desk&apos;s list has this code. Search for the person by name.</source>
        <translation>Ни у кого в списке этой стойки нет такого кода. Найдите участника по имени.</translation>
    </message>
    <message>
        <source>This ticket is blocked by the organiser. Search for the person by name.</source>
        <translation>Этот билет заблокирован организатором. Найдите участника по имени.</translation>
    </message>
    <message>
        <source>This ticket was replaced or cancelled. Search for the person by name.</source>
        <translation>Этот билет заменён или аннулирован. Найдите участника по имени.</translation>
    </message>
    <message>
        <source>This ticket is genuine, but it is not valid at this time.</source>
        <translation>Этот билет подлинный, но сейчас он недействителен.</translation>
    </message>
    <message>
        <source>Scanned: their valid badge.</source>
        <translation>Отсканирован действующий бейдж участника.</translation>
    </message>
    <message>
        <source>Scanned: badge version {version}, which is no longer valid.</source>
        <translation>Отсканирован бейдж версии {version}, который больше не действителен.</translation>
    </message>
    <message>
        <source>Scanned: an unsigned badge code. Check the person&apos;s ID.</source>
        <translation>Отсканирован неподписанный код бейджа. Проверьте удостоверение личности.</translation>
    </message>
    <message>
        <source>Scanned: an older registration code, replaced by a newer one.</source>
        <translation>Отсканирован старый регистрационный код, заменённый новым.</translation>
    </message>
    <message>
        <source>Scanned: this registration is revoked.</source>
        <translation>Отсканировано: эта регистрация отозвана.</translation>
    </message>
    <message>
        <source>Scanned: this registration is not valid today.</source>
        <translation>Отсканировано: эта регистрация сегодня недействительна.</translation>
    </message>
    <message>
        <source>Scanned: this ticket is blocked by the organiser.</source>
        <translation>Отсканировано: этот билет заблокирован организатором.</translation>
    </message>
    <message>
        <source>typed code</source>
        <translation>код введён вручную</translation>
    </message>
    <message>
        <source>scanner</source>
        <translation>сканер</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>камера</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>командная строка</translation>
    </message>
    <message>
        <source>by hand at the desk</source>
        <translation>вручную на стойке</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <source>Registration cancelled</source>
        <translation>Регистрация отменена</translation>
    </message>
    <message>
        <source>Registration revoked</source>
        <translation>Регистрация отозвана</translation>
    </message>
    <message>
        <source>waiting to print</source>
        <translation>ожидает печати</translation>
    </message>
    <message>
        <source>being printed</source>
        <translation>печатается</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>сбой</translation>
    </message>
    <message>
        <source>cut off: did it come out?</source>
        <translation>прервано: вышел ли бейдж?</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>напечатано</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>паспорт</translation>
    </message>
    <message>
        <source>national ID card</source>
        <translation>национальное удостоверение личности</translation>
    </message>
    <message>
        <source>UN laissez-passer</source>
        <translation>пропуск ООН (laissez-passer)</translation>
    </message>
    <message>
        <source>other ID document</source>
        <translation>другой документ, удостоверяющий личность</translation>
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
