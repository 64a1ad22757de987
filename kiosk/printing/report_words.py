"""The words of the daily report and its charts in the six UN languages.

The report is drawn headless (`kiosk report`), in the printing layer where lupdate does not look,
so its few words live here as data, like the translated fields of kiosk/core/translations.py:
English first, a mapping beside it. A language missing from a row shows the English text.
"""

from __future__ import annotations

from kiosk.core.translations import in_language

LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")
RTL_LANGUAGES = frozenset({"ar"})

_WORDS: dict[str, dict[str, str]] = {
    "title": {
        "en": "Daily accreditation report",
        "fr": "Rapport journalier d'accréditation",
        "es": "Informe diario de acreditación",
        "ru": "Ежедневный отчёт об аккредитации",
        "zh": "每日注册报告",
        "ar": "التقرير اليومي للاعتماد",
    },
    "chart_title": {
        "en": "Check-ins per hour and category",
        "fr": "Enregistrements par heure et par catégorie",
        "es": "Registros por hora y por categoría",
        "ru": "Регистрации по часам и категориям",
        "zh": "每小时各类别签到人数",
        "ar": "تسجيلات الحضور حسب الساعة والفئة",
    },
    "hour": {"en": "Hour", "fr": "Heure", "es": "Hora", "ru": "Час", "zh": "小时", "ar": "الساعة"},
    "check_ins_today": {
        "en": "Check-ins this day",
        "fr": "Enregistrements ce jour",
        "es": "Registros de este día",
        "ru": "Регистрации за день",
        "zh": "当日签到",
        "ar": "تسجيلات الحضور في هذا اليوم",
    },
    "arrived": {
        "en": "Arrived / expected",
        "fr": "Arrivés / attendus",
        "es": "Llegados / previstos",
        "ru": "Прибыло / ожидается",
        "zh": "已到 / 应到",
        "ar": "الواصلون / المتوقعون",
    },
    "category": {
        "en": "Category",
        "fr": "Catégorie",
        "es": "Categoría",
        "ru": "Категория",
        "zh": "类别",
        "ar": "الفئة",
    },
    "kiosks": {
        "en": "Busiest kiosks",
        "fr": "Bornes les plus sollicitées",
        "es": "Quioscos más utilizados",
        "ru": "Самые загруженные киоски",
        "zh": "最繁忙的自助终端",
        "ar": "أكثر الأكشاك استخدامًا",
    },
    "kiosk": {
        "en": "Kiosk",
        "fr": "Borne",
        "es": "Quiosco",
        "ru": "Киоск",
        "zh": "终端",
        "ar": "الكشك",
    },
    "reprints": {
        "en": "Reprinted badges",
        "fr": "Badges réimprimés",
        "es": "Credenciales reimpresas",
        "ru": "Перепечатанные бейджи",
        "zh": "重印的证件",
        "ar": "الشارات المعاد طبعها",
    },
    "voided": {
        "en": "Voided badges",
        "fr": "Badges annulés",
        "es": "Credenciales anuladas",
        "ru": "Аннулированные бейджи",
        "zh": "作废的证件",
        "ar": "الشارات الملغاة",
    },
    "conflicts": {
        "en": "Open sync conflicts",
        "fr": "Conflits de synchronisation ouverts",
        "es": "Conflictos de sincronización abiertos",
        "ru": "Открытые конфликты синхронизации",
        "zh": "未解决的同步冲突",
        "ar": "تعارضات المزامنة المفتوحة",
    },
    "walk_ins": {
        "en": "Walk-ins (provisional registrations)",
        "fr": "Participants sans inscription préalable (inscriptions provisoires)",
        "es": "Participantes sin inscripción previa (inscripciones provisionales)",
        "ru": "Участники без предварительной регистрации (временные регистрации)",
        "zh": "现场登记人员（临时注册）",
        "ar": "الحاضرون دون تسجيل مسبق (تسجيلات مؤقتة)",
    },
    "time": {"en": "Time", "fr": "Heure", "es": "Hora", "ru": "Время", "zh": "时间", "ar": "الوقت"},
    "registration": {
        "en": "Registration",
        "fr": "Inscription",
        "es": "Inscripción",
        "ru": "Регистрация",
        "zh": "注册号",
        "ar": "رقم التسجيل",
    },
    "badge_name": {
        "en": "Badge name",
        "fr": "Nom sur le badge",
        "es": "Nombre en la credencial",
        "ru": "Имя на бейдже",
        "zh": "证件姓名",
        "ar": "الاسم على الشارة",
    },
    "version": {
        "en": "Version",
        "fr": "Version",
        "es": "Versión",
        "ru": "Версия",
        "zh": "版本",
        "ar": "الإصدار",
    },
    "reason": {
        "en": "Reason",
        "fr": "Motif",
        "es": "Motivo",
        "ru": "Причина",
        "zh": "原因",
        "ar": "السبب",
    },
    "detail": {
        "en": "Detail",
        "fr": "Détail",
        "es": "Detalle",
        "ru": "Подробности",
        "zh": "详情",
        "ar": "التفاصيل",
    },
    "kind": {"en": "Kind", "fr": "Type", "es": "Tipo", "ru": "Тип", "zh": "类型", "ar": "النوع"},
    "none": {
        "en": "None.",
        "fr": "Aucun.",
        "es": "Ninguno.",
        "ru": "Нет.",
        "zh": "无。",
        "ar": "لا يوجد.",
    },
    "total": {
        "en": "Total",
        "fr": "Total",
        "es": "Total",
        "ru": "Итого",
        "zh": "合计",
        "ar": "المجموع",
    },
    "times_in": {
        "en": "Times in",
        "fr": "Heures en",
        "es": "Horas en",
        "ru": "Время:",
        "zh": "时区：",
        "ar": "الأوقات بتوقيت",
    },
    "sample": {
        "en": "SAMPLE DATA",
        "fr": "DONNÉES FICTIVES",
        "es": "DATOS DE MUESTRA",
        "ru": "ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ",
        "zh": "示例数据",
        "ar": "بيانات تجريبية",
    },
}


def word(key: str, language: str) -> str:
    """The report word ``key`` in ``language`` (English when that language has none)."""
    row = _WORDS[key]
    return in_language(row["en"], row, language)
