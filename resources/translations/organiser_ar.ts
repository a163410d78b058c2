<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AddInviteesDialog</name>
    <message>
        <source>Add people to the event</source>
        <translation>إضافة أشخاص إلى الفعالية</translation>
    </message>
    <message>
        <source>Find people to invite</source>
        <translation>ابحث عن أشخاص لدعوتهم</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>دعوة</translation>
    </message>
    <message>
        <source>Name, address, organisation or tag…</source>
        <translation>الاسم أو العنوان أو المنظمة أو المجموعة…</translation>
    </message>
    <message>
        <source>People, organisations and tags</source>
        <translation>الأشخاص والمنظمات والوسوم</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <source>Tick those to invite (Space); an organisation or a tag invites all its people.</source>
        <translation>ضع علامة على من تدعوهم (مسافة)؛ المنظمة أو الوسم يدعو كل أفراده.</translation>
    </message>
    <message>
        <source>already invited</source>
        <translation>مدعو بالفعل</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>(no second time zone)</source>
        <translation>(دون منطقة زمنية ثانية)</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>إضافة بند</translation>
    </message>
    <message>
        <source>Add item (Ctrl+N)</source>
        <translation>إضافة بند (Ctrl+N)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>بنود جدول الأعمال</translation>
    </message>
    <message>
        <source>Agenda — {title}</source>
        <translation>جدول الأعمال — {title}</translation>
    </message>
    <message>
        <source>Apply a template</source>
        <translation>تطبيق قالب</translation>
    </message>
    <message>
        <source>Apply template…</source>
        <translation>تطبيق قالب…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy an agenda</source>
        <translation>نسخ جدول أعمال</translation>
    </message>
    <message>
        <source>Copy from event…</source>
        <translation>نسخ من فعالية…</translation>
    </message>
    <message>
        <source>Day {day}: {start}–{end}</source>
        <translation>اليوم {day}: {start}–{end}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>حذف (Del)</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>حذف {title}</translation>
    </message>
    <message>
        <source>Down (Ctrl+↓)</source>
        <translation>لأسفل (Ctrl+↓)</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>تعديل {title}</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>Move {title}</source>
        <translation>نقل {title}</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>اسم القالب:</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>بند جديد</translation>
    </message>
    <message>
        <source>No items yet: Ctrl+N adds one.</source>
        <translation>لا بنود بعد: يضيف Ctrl+N بندًا.</translation>
    </message>
    <message>
        <source>No other event has an agenda yet.</source>
        <translation>لا توجد فعالية أخرى لها جدول أعمال بعد.</translation>
    </message>
    <message>
        <source>No template yet: save one first.</source>
        <translation>لا قوالب بعد: احفظ قالبًا أولًا.</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Replace the current items? (No adds the copied items after them)</source>
        <translation>استبدال البنود الحالية؟ (اختيار «لا» يضيف البنود المنسوخة بعدها)</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>حفظ كقالب</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>حفظ كقالب…</translation>
    </message>
    <message>
        <source>Saved the template {name}.</source>
        <translation>حُفظ القالب {name}.</translation>
    </message>
    <message>
        <source>Start of day {day}</source>
        <translation>بداية اليوم {day}</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>القالب:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>القوالب</translation>
    </message>
    <message>
        <source>The items in order, with start times; Ctrl+N adds one, Delete deletes, Ctrl+↑ and Ctrl+↓ move the chosen item.</source>
        <translation>البنود بالترتيب مع أوقات بدئها؛ Ctrl+N يضيف بندًا وDelete يحذف وCtrl+↑ وCtrl+↓ تنقل البند المختار.</translation>
    </message>
    <message>
        <source>Times in {zone}; also show</source>
        <translation>الأوقات بتوقيت {zone}؛ وعرضها أيضًا بتوقيت</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Up (Ctrl+↑)</source>
        <translation>لأعلى (Ctrl+↑)</translation>
    </message>
    <message>
        <source>runs {minutes} min past its end ({end})</source>
        <translation>يتجاوز نهايته ({end}) بـ{minutes} دقيقة</translation>
    </message>
    <message>
        <source>{name} ({count} items)</source>
        <translation>{name} (عدد البنود {count})</translation>
    </message>
    <message>
        <source>{title} has minutes. Delete it anyway?</source>
        <translation>للبند {title} محضر. هل تحذفه رغم ذلك؟</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>حذف البند</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Move item down</source>
        <translation>نقل البند إلى الأسفل</translation>
    </message>
    <message>
        <source>Move item up</source>
        <translation>نقل البند إلى الأعلى</translation>
    </message>
</context>
<context>
    <name>AgendaItemForm</name>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <source>&amp;Presenter</source>
        <translation>المت&amp;حدث</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>الم&amp;دة</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>ال&amp;يوم</translation>
    </message>
    <message>
        <source>Day &amp;starts at</source>
        <translation>ي&amp;بدأ اليوم في</translation>
    </message>
    <message>
        <source>Open actions from earlier events:</source>
        <translation>إجراءات مفتوحة من فعاليات سابقة:</translation>
    </message>
    <message>
        <source>Save item</source>
        <translation>حفظ البند</translation>
    </message>
    <message>
        <source>day 1 starts with the event</source>
        <translation>اليوم 1 يبدأ مع الفعالية</translation>
    </message>
    <message>
        <source>day {day}; its items follow</source>
        <translation>اليوم {day}؛ تليه بنوده</translation>
    </message>
    <message>
        <source>Save the item (from any one-line field)</source>
        <translation>حفظ البند (من أي حقل من سطر واحد)</translation>
    </message>
</context>
<context>
    <name>AgendaKind</name>
    <message>
        <source>brainstorm</source>
        <translation>عصف ذهني</translation>
    </message>
    <message>
        <source>break</source>
        <translation>استراحة</translation>
    </message>
    <message>
        <source>discussion</source>
        <translation>نقاش</translation>
    </message>
    <message>
        <source>presentation</source>
        <translation>عرض تقديمي</translation>
    </message>
    <message>
        <source>review of actions</source>
        <translation>مراجعة الإجراءات</translation>
    </message>
    <message>
        <source>session</source>
        <translation>جلسة</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>({count} open actions)</source>
        <translation>(إجراءات مفتوحة: {count})</translation>
    </message>
    <message>
        <source>({days} day)</source>
        <translation>({days} يوم)</translation>
    </message>
    <message>
        <source>Attendee time</source>
        <translation>توقيت الحضور</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>دقيقة</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>This item ends after the day&apos;s end</source>
        <translation>ينتهي هذا البند بعد نهاية اليوم</translation>
    </message>
    <message>
        <source>Time in {zone}</source>
        <translation>الوقت بتوقيت {zone}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
</context>
<context>
    <name>Area</name>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الفعاليات</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>الخطوات التالية</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
</context>
<context>
    <name>AttendanceStatus</name>
    <message>
        <source>absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <source>apologies</source>
        <translation>معتذر</translation>
    </message>
    <message>
        <source>late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>left early</source>
        <translation>غادر مبكرًا</translation>
    </message>
    <message>
        <source>present</source>
        <translation>حاضر</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cannot read the database</source>
        <translation>تعذّرت قراءة قاعدة البيانات</translation>
    </message>
</context>
<context>
    <name>BoardColumns</name>
    <message>
        <source>The theme&apos;s ideas as cards; 1–9 or + give the chosen idea dots, 0 or − take them back, Ctrl+M moves it to a theme.</source>
        <translation>أفكار الموضوع على شكل بطاقات؛ 1–9 أو + تمنح الفكرة المختارة نقاطًا، و0 أو − تستردّها، وCtrl+M تنقلها إلى موضوع.</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>By</source>
        <translation>صاحب الفكرة</translation>
    </message>
    <message>
        <source>Dots of voter</source>
        <translation>نقاط المصوّت</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>فكرة</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>المحور</translation>
    </message>
    <message>
        <source>Not in a theme yet</source>
        <translation>خارج المواضيع بعد</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>مخفي</translation>
    </message>
</context>
<context>
    <name>BoardPanel</name>
    <message>
        <source>(choose a voter)</source>
        <translation>(اختر مصوّتًا)</translation>
    </message>
    <message>
        <source>(no author)</source>
        <translation>(دون صاحب)</translation>
    </message>
    <message>
        <source>(no line of action)</source>
        <translation>(دون محور عمل)</translation>
    </message>
    <message>
        <source>+ dot</source>
        <translation>+ نقطة</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Change the voter: type the name, then Enter</source>
        <translation>تغيير المصوّت: اكتب الاسم ثم Enter</translation>
    </message>
    <message>
        <source>Choose the voter first: type their name.</source>
        <translation>اختر المصوّت أولًا: اكتب اسمه.</translation>
    </message>
    <message>
        <source>Close voting</source>
        <translation>إغلاق التصويت</translation>
    </message>
    <message>
        <source>Close voting and show &amp;totals</source>
        <translation>إغلاق الت&amp;صويت وعرض المجاميع</translation>
    </message>
    <message>
        <source>Close voting and show totals</source>
        <translation>إغلاق التصويت وعرض المجاميع</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>أعمدة</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>التصويت بالنقاط</translation>
    </message>
    <message>
        <source>From the idea field to the cards</source>
        <translation>من حقل الفكرة إلى البطاقات</translation>
    </message>
    <message>
        <source>Give the voter that many dots</source>
        <translation>منح المصوّت هذا العدد من النقاط</translation>
    </message>
    <message>
        <source>Hide totals until voting closes</source>
        <translation>إخفاء المجاميع حتى إغلاق التصويت</translation>
    </message>
    <message>
        <source>Ideas by theme</source>
        <translation>الأفكار حسب المحور</translation>
    </message>
    <message>
        <source>List</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>دمج في</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>دمج في…</translation>
    </message>
    <message>
        <source>Merge themes</source>
        <translation>دمج المواضيع</translation>
    </message>
    <message>
        <source>Move idea</source>
        <translation>نقل الفكرة</translation>
    </message>
    <message>
        <source>Move ideas</source>
        <translation>نقل الأفكار</translation>
    </message>
    <message>
        <source>Move the card to the next or previous theme</source>
        <translation>نقل البطاقة إلى الموضوع التالي أو السابق</translation>
    </message>
    <message>
        <source>Move to theme</source>
        <translation>نقل إلى موضوع</translation>
    </message>
    <message>
        <source>Move to theme…</source>
        <translation>نقل إلى موضوع…</translation>
    </message>
    <message>
        <source>Move to theme… (Ctrl+M)</source>
        <translation>نقل إلى موضوع… (Ctrl+M)</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>فكرة جديدة</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>موضوع جديد</translation>
    </message>
    <message>
        <source>New theme {title}</source>
        <translation>موضوع جديد {title}</translation>
    </message>
    <message>
        <source>New theme…</source>
        <translation>موضوع جديد…</translation>
    </message>
    <message>
        <source>No theme yet: make one with New theme…</source>
        <translation>لا مواضيع بعد: أنشئ موضوعًا بـ«موضوع جديد…»</translation>
    </message>
    <message>
        <source>Nobody named “{name}” can vote here.</source>
        <translation>لا أحد باسم «{name}» يصوّت هنا.</translation>
    </message>
    <message>
        <source>One dot more, one dot less</source>
        <translation>نقطة إضافية، نقطة أقل</translation>
    </message>
    <message>
        <source>Out of theme</source>
        <translation>إخراج من الموضوع</translation>
    </message>
    <message>
        <source>Out of theme (Ctrl+U)</source>
        <translation>خارج المحور (Ctrl+U)</translation>
    </message>
    <message>
        <source>Ranking (when totals are shown):</source>
        <translation>الترتيب (عند عرض المجاميع):</translation>
    </message>
    <message>
        <source>Rename the theme</source>
        <translation>إعادة تسمية الموضوع</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation>إعادة تسمية الموضوع</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>Reopen v&amp;oting</source>
        <translation>إعادة فتح الت&amp;صويت</translation>
    </message>
    <message>
        <source>Reopen voting</source>
        <translation>إعادة فتح التصويت</translation>
    </message>
    <message>
        <source>Select a theme first.</source>
        <translation>اختر موضوعًا أولًا.</translation>
    </message>
    <message>
        <source>Select an idea: 1–9 or + give dots, 0 or − take them back; type a name (Enter) to change voter.</source>
        <translation>اختر فكرة: ‎1–9 أو + تمنح نقاطًا، و0 أو − تستردها؛ اكتب اسمًا (Enter) لتغيير المصوّت.</translation>
    </message>
    <message>
        <source>Select one idea or a theme to promote.</source>
        <translation>اختر فكرة واحدة أو موضوعًا لتحويله.</translation>
    </message>
    <message>
        <source>Select one idea.</source>
        <translation>اختر فكرة واحدة.</translation>
    </message>
    <message>
        <source>Select one or more ideas first.</source>
        <translation>اختر فكرة أو أكثر أولًا.</translation>
    </message>
    <message>
        <source>Select the theme to merge into another first.</source>
        <translation>اختر أولًا الموضوع المراد دمجه في موضوع آخر.</translation>
    </message>
    <message>
        <source>Take back a vote</source>
        <translation>سحب صوت</translation>
    </message>
    <message>
        <source>The ideas with the most dots first, once totals are shown.</source>
        <translation>الأفكار الأكثر نقاطًا أولًا، بعد إظهار المجاميع.</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>الموضوع:</translation>
    </message>
    <message>
        <source>Themes and their ideas; 1–9 or + give the chosen idea dots, 0 or − take them back, Ctrl+M moves it to a theme.</source>
        <translation>المواضيع وأفكارها؛ 1–9 أو + تمنح الفكرة المختارة نقاطًا، و0 أو − تستردّها، وCtrl+M تنقلها إلى موضوع.</translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation>المواضيع:</translation>
    </message>
    <message>
        <source>Title of the theme:</source>
        <translation>عنوان الموضوع:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Type an idea and press Enter (one per line when pasting several); ↓ to its card</source>
        <translation>اكتب فكرة واضغط Enter (فكرة في كل سطر عند لصق عدة أفكار)؛ ↓ للانتقال إلى بطاقتها</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>تصويت</translation>
    </message>
    <message>
        <source>Voter</source>
        <translation>المصوّت</translation>
    </message>
    <message>
        <source>Votes per person</source>
        <translation>الأصوات لكل شخص</translation>
    </message>
    <message>
        <source>Voting is closed: reopen it to give or take back dots.</source>
        <translation>التصويت مغلق: أعد فتحه لمنح النقاط أو استردادها.</translation>
    </message>
    <message>
        <source>Voting rules</source>
        <translation>قواعد التصويت</translation>
    </message>
    <message>
        <source>by</source>
        <translation>من</translation>
    </message>
    <message>
        <source>letters of a name</source>
        <translation>حروف من الاسم</translation>
    </message>
    <message>
        <source>{total} votes per person: {voter} has used them all; take one back first (0 or −).</source>
        <translation>{total} أصوات لكل شخص: استخدمها {voter} كلها؛ استرد واحدة أولًا (0 أو −).</translation>
    </message>
    <message numerus="yes">
        <source>{voter}: %Ln of {total} dots used</source>
        <translation>
            <numerusform>{voter}: لم تُستخدم أي نقطة من {total}</numerusform>
            <numerusform>{voter}: استُخدمت نقطة واحدة من {total}</numerusform>
            <numerusform>{voter}: استُخدمت نقطتان من {total}</numerusform>
            <numerusform>{voter}: استُخدمت %Ln نقاط من {total}</numerusform>
            <numerusform>{voter}: استُخدمت %Ln نقطة من {total}</numerusform>
            <numerusform>{voter}: استُخدمت %Ln نقطة من {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>→ Decision (Ctrl+D)</source>
        <translation>← قرار (Ctrl+D)</translation>
    </message>
    <message>
        <source>→ Next step (Ctrl+T)</source>
        <translation>← خطوة تالية (Ctrl+T)</translation>
    </message>
    <message>
        <source>− dot</source>
        <translation>− نقطة</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>&amp;Due date</source>
        <translation>المو&amp;عد النهائي</translation>
    </message>
    <message>
        <source>&amp;Line of action</source>
        <translation>م&amp;حور العمل</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>ال&amp;مسؤول</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>ال&amp;نص</translation>
    </message>
    <message>
        <source>(no line of action)</source>
        <translation>(دون محور عمل)</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>قرار جديد</translation>
    </message>
    <message>
        <source>New next step</source>
        <translation>خطوة تالية جديدة</translation>
    </message>
    <message>
        <source>Type the text first.</source>
        <translation>اكتب النص أولًا.</translation>
    </message>
    <message>
        <source>type a few letters of a person or organisation</source>
        <translation>اكتب بضعة أحرف من اسم شخص أو منظمة</translation>
    </message>
    <message>
        <source>Reading the people and organisations…</source>
        <translation>جارٍ قراءة الأشخاص والمنظمات…</translation>
    </message>
    <message>
        <source>Reading the people and organisations… saved once they are read.</source>
        <translation>جارٍ قراءة الأشخاص والمنظمات… يُحفظ فور قراءتها.</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>(had replied: {reply})</source>
        <translation>(كان قد ردّ: {reply})</translation>
    </message>
    <message>
        <source>Choose another match</source>
        <translation>اختيار نتيجة أخرى</translation>
    </message>
    <message>
        <source>Find a person to check in</source>
        <translation>ابحث عن شخص لتسجيل حضوره</translation>
    </message>
    <message>
        <source>Find a person…</source>
        <translation>ابحث عن شخص…</translation>
    </message>
    <message>
        <source>Invited people and their attendance</source>
        <translation>المدعوون وحضورهم</translation>
    </message>
    <message>
        <source>Loading the list of people…</source>
        <translation>جارٍ تحميل قائمة الأشخاص…</translation>
    </message>
    <message>
        <source>Mark apologies</source>
        <translation>تسجيل اعتذار</translation>
    </message>
    <message>
        <source>Mark late</source>
        <translation>تسجيل تأخر</translation>
    </message>
    <message>
        <source>Mark left early</source>
        <translation>تسجيل مغادرة مبكرة</translation>
    </message>
    <message>
        <source>Mark not here</source>
        <translation>تسجيل عدم الحضور</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>تسجيل حضور</translation>
    </message>
    <message>
        <source>Nobody matches; Ctrl+N adds a walk-in.</source>
        <translation>لا أحد يطابق البحث؛ يضيف Ctrl+N حاضرًا دون دعوة.</translation>
    </message>
    <message>
        <source>Still loading the list of people: one moment.</source>
        <translation>لا تزال قائمة الأشخاص قيد التحميل: لحظة من فضلك.</translation>
    </message>
    <message>
        <source>Type part of a name first (or choose with ↑↓).</source>
        <translation>اكتب جزءًا من الاسم أولًا (أو اختر بـ ↑↓).</translation>
    </message>
    <message>
        <source>Type part of a name, organisation or e-mail · Enter present · F6 late · F7 left early · F8 apologies · F4 not here · ↑↓ choose · Ctrl+N walk-in</source>
        <translation>اكتب جزءًا من اسم أو منظمة أو بريد إلكتروني · Enter حاضر · F6 متأخر · F7 غادر مبكرًا · F8 معتذر · F4 غير موجود · ↑↓ اختيار · Ctrl+N حاضر دون دعوة</translation>
    </message>
    <message>
        <source>not here</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>not invited</source>
        <translation>غير مدعو</translation>
    </message>
    <message>
        <source>{status} (walk-in)</source>
        <translation>{status} (دون دعوة)</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Agenda item</source>
        <translation>بند جدول الأعمال</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>قرار</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الفعالية</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>المدعوون</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>الإبقاء على</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Line of action</source>
        <translation>محور العمل</translation>
    </message>
    <message>
        <source>Local start</source>
        <translation>البدء بالتوقيت المحلي</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>دمجه فيه</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>دقيقة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>خطوة تالية</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>تاريخ الرد</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>رد الخادم</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>وقت النسخ</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>The encoding is a guess, and other encodings read the names as plausibly: {readings}. If the names below look wrong, choose the encoding.</source>
        <translation>الترميز مُخمَّن، وترميزات أخرى تقرأ الأسماء قراءة معقولة أيضًا: {readings}. إن بدت الأسماء أدناه خاطئة فاختر الترميز.</translation>
    </message>
    <message>
        <source>{encoding} reads “{word}” as “{other}”</source>
        <translation>{encoding} يقرأ «{word}» هكذا: «{other}»</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>ال&amp;فاصل:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>التر&amp;ميز:</translation>
    </message>
    <message>
        <source>Check how the file was read and which column holds what.</source>
        <translation>تحقق من طريقة قراءة الملف ومن محتوى كل عمود.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>العمود {number}</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>كشف تلقائي</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>أولى القيم</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>يحتوي على</translation>
    </message>
    <message>
        <source>Read as {encoding}, {delimiter}-separated, {header}, {rows} rows.</source>
        <translation>قُرئ بترميز {encoding}، والفاصل: {delimiter}، {header}، عدد الصفوف {rows}.</translation>
    </message>
    <message>
        <source>header on line {line}</source>
        <translation>سطر العناوين هو السطر {line}</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>دون سطر عناوين</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>عدّله شخص آخر</translation>
    </message>
    <message>
        <source>Put your text back in the form</source>
        <translation>إعادة نصك إلى النموذج</translation>
    </message>
    <message>
        <source>Reloaded: their change is in the form and so is yours. Check, then save.</source>
        <translation>أُعيد التحميل: تعديلهم وتعديلك كلاهما في النموذج. راجِع ثم احفظ.</translation>
    </message>
    <message>
        <source>Reloaded: they changed the same fields as you. The form shows their text; yours is kept below. Check, then save.</source>
        <translation>أُعيد التحميل: عدّلوا الحقول نفسها التي عدّلتها. يعرض النموذج نصهم، ونصك محفوظ أدناه. راجِع ثم احفظ.</translation>
    </message>
    <message>
        <source>Show their change; what you typed stays in the form</source>
        <translation>عرض تعديلهم؛ ويبقى ما كتبته في النموذج</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>استخدام نصي</translation>
    </message>
    <message>
        <source>Your change was not saved. Reload shows their change and keeps what you typed.</source>
        <translation>لم يُحفظ تعديلك. إعادة التحميل تعرض تعديلهم وتحتفظ بما كتبته.</translation>
    </message>
    <message>
        <source>Your change was not saved. The screen now shows theirs; make your change again if it still applies.</source>
        <translation>لم يُحفظ تعديلك. تعرض الشاشة الآن تعديلهم؛ أعِد تعديلك إن كان لا يزال لازمًا.</translation>
    </message>
    <message>
        <source>{field}, your text:</source>
        <translation>{field}، نصك:</translation>
    </message>
</context>
<context>
    <name>ContactField</name>
    <message>
        <source>(ignore)</source>
        <translation>(تجاهل)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Latin name</source>
        <translation>الاسم بالحروف اللاتينية</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>الاسم الأوسط</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
</context>
<context>
    <name>ContactsArea</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>استيراد جهات ا&amp;لاتصال…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>&amp;تصنيف…</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>كل المنظمات</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>كل المجموعات</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;vCard 4.0 (*.vcf)</source>
        <translation>CSV لبرنامج Excel (*.csv);;vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <source>Choosing an organisation lists only its people; double-click to edit it.</source>
        <translation>اختيار منظمة يعرض أفرادها فقط؛ انقر نقرًا مزدوجًا لتعديلها.</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>ملفات جهات الاتصال (*.csv *.txt *.vcf *.vcard);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>حذف المنظمة</translation>
    </message>
    <message>
        <source>Delete the organisation {name}?</source>
        <translation>حذف المنظمة {name}؟</translation>
    </message>
    <message>
        <source>Delete {who}?</source>
        <translation>حذف {who}؟</translation>
    </message>
    <message>
        <source>Deleted {who}.</source>
        <translation>حُذف {who}.</translation>
    </message>
    <message>
        <source>E&amp;xport contacts…</source>
        <translation>تصدير ج&amp;هات الاتصال…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Edit o&amp;rganisation…</source>
        <translation>تعديل الم&amp;نظمة…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>تصدير جهات الاتصال</translation>
    </message>
    <message>
        <source>Exported {count} people to {file}.</source>
        <translation>صُدِّر {count} أشخاص إلى {file}.</translation>
    </message>
    <message>
        <source>Find d&amp;uplicates…</source>
        <translation>البحث عن الم&amp;كررات…</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>استيراد جهات الاتصال</translation>
    </message>
    <message>
        <source>New &amp;organisation…</source>
        <translation>منظمة &amp;جديدة…</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>شخص &amp;جديد…</translation>
    </message>
    <message>
        <source>No database open.</source>
        <translation>لا توجد قاعدة بيانات مفتوحة.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message>
        <source>Saved. {name} is not listed: the search, the tag or the organisation chosen hides them.</source>
        <translation>حُفظ. لا يظهر {name} في القائمة: يخفيه البحث أو المجموعة أو المنظمة المختارة.</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>ابحث في جهات الاتصال</translation>
    </message>
    <message>
        <source>Search name, organisation, e-mail, country… (accents and case ignored)</source>
        <translation>ابحث بالاسم أو المنظمة أو البريد أو البلد… (دون اعتبار للتشكيل وحالة الأحرف)</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>مجموعة</translation>
    </message>
    <message>
        <source>Tag for {count} selected people (choose or type a new one):</source>
        <translation>مجموعة للأشخاص المحددين وعددهم {count} (اختر مجموعة أو اكتب اسمًا جديدًا):</translation>
    </message>
    <message>
        <source>Tagged {count} people {tag}.</source>
        <translation>أضيف {count} أشخاص إلى المجموعة {tag}.</translation>
    </message>
    <message>
        <source>The people matching the search, the tag and the organisation; Enter edits the chosen person, Delete deletes.</source>
        <translation>الأشخاص المطابقون للبحث والوسم والمنظمة؛ Enter يعدّل الشخص المختار وDelete يحذفه.</translation>
    </message>
    <message>
        <source>Their invitations, attendance and votes are deleted with them; next steps they own and talks they gave keep their name.</source>
        <translation>تُحذف معهم دعواتهم وسجلات حضورهم وأصواتهم؛ أما الخطوات التالية المسؤولون عنها والمداخلات التي قدموها فتحتفظ بأسمائهم.</translation>
    </message>
    <message>
        <source>They have {detail}.</source>
        <translation>لديهم {detail}.</translation>
    </message>
    <message>
        <source>This person has {detail}.</source>
        <translation>لدى هذا الشخص {detail}.</translation>
    </message>
    <message>
        <source>agenda items presented</source>
        <translation>بنود مقدَّمة في جداول الأعمال</translation>
    </message>
    <message>
        <source>attendance records</source>
        <translation>سجلات حضور</translation>
    </message>
    <message>
        <source>delegations</source>
        <translation>تفويضات</translation>
    </message>
    <message>
        <source>ideas</source>
        <translation>أفكار</translation>
    </message>
    <message>
        <source>invitations</source>
        <translation>دعوات</translation>
    </message>
    <message>
        <source>next steps</source>
        <translation>خطوات تالية</translation>
    </message>
    <message>
        <source>people</source>
        <translation>أشخاص</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>أصوات</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} أشخاص</translation>
    </message>
    <message>
        <source>{links} refer to it. The people stay, without an organisation; next steps keep its name.</source>
        <translation>تشير إليها: {links}. يبقى الأشخاص دون منظمة، وتحتفظ الخطوات التالية باسمها.</translation>
    </message>
    <message>
        <source>{shown} of {total} people shown</source>
        <translation>يُعرض {shown} من {total} شخصًا</translation>
    </message>
    <message>
        <source>{total} people</source>
        <translation>{total} شخصًا</translation>
    </message>
</context>
<context>
    <name>CounterProposalsDialog</name>
    <message>
        <source>A word for {name} (optional):</source>
        <translation>كلمة إلى {name} (اختياري):</translation>
    </message>
    <message>
        <source>Accept (move the event)</source>
        <translation>قبول (نقل الفعالية)</translation>
    </message>
    <message>
        <source>Accept the proposal</source>
        <translation>قبول الاقتراح</translation>
    </message>
    <message>
        <source>Accepting moves the event to the proposed time: everyone is asked again with the update. Declining sends the proposer a DECLINECOUNTER; the event stays as it is.</source>
        <translation>القبول ينقل الفعالية إلى الموعد المقترح ويُطلب الرد من الجميع مجددًا مع التحديث. الرفض يرسل إلى صاحب الاقتراح DECLINECOUNTER وتبقى الفعالية كما هي.</translation>
    </message>
    <message>
        <source>Decline the proposal</source>
        <translation>رفض الاقتراح</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>رفض…</translation>
    </message>
    <message>
        <source>How should the DECLINECOUNTER reach {name}?</source>
        <translation>كيف يصل DECLINECOUNTER إلى {name}؟</translation>
    </message>
    <message>
        <source>Move the event to the time {name} proposed? Every answer is asked again.</source>
        <translation>نقل الفعالية إلى الموعد الذي اقترحه {name}؟ سيُطلب كل رد من جديد.</translation>
    </message>
    <message>
        <source>Other times proposed by invitees; choose one to accept or decline it.</source>
        <translation>مواعيد أخرى اقترحها المدعوون؛ اختر واحدًا لقبوله أو رفضه.</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>المقترحات</translation>
    </message>
    <message>
        <source>Proposals of another time</source>
        <translation>مقترحات لموعد آخر</translation>
    </message>
    <message>
        <source>Put the message in the outbox</source>
        <translation>وضع الرسالة في صندوق الصادر</translation>
    </message>
    <message>
        <source>Save the .ics file…</source>
        <translation>حفظ ملف ‎.ics…</translation>
    </message>
    <message>
        <source>Save the DECLINECOUNTER</source>
        <translation>حفظ DECLINECOUNTER</translation>
    </message>
    <message numerus="yes">
        <source>The event moved (SEQUENCE {sequence}); %Ln answer(s) reset to needs action. Send the update: Mail invitations.</source>
        <translation>
            <numerusform>نُقلت الفعالية (SEQUENCE {sequence})؛ لم يُعَد أي رد إلى انتظار الرد. أرسل التحديث: إرسال الدعوات.</numerusform>
            <numerusform>نُقلت الفعالية (SEQUENCE {sequence})؛ أُعيد رد واحد إلى انتظار الرد. أرسل التحديث: إرسال الدعوات.</numerusform>
            <numerusform>نُقلت الفعالية (SEQUENCE {sequence})؛ أُعيد ردّان إلى انتظار الرد. أرسل التحديث: إرسال الدعوات.</numerusform>
            <numerusform>نُقلت الفعالية (SEQUENCE {sequence})؛ أُعيد %Ln ردود إلى انتظار الرد. أرسل التحديث: إرسال الدعوات.</numerusform>
            <numerusform>نُقلت الفعالية (SEQUENCE {sequence})؛ أُعيد %Ln ردًّا إلى انتظار الرد. أرسل التحديث: إرسال الدعوات.</numerusform>
            <numerusform>نُقلت الفعالية (SEQUENCE {sequence})؛ أُعيد %Ln رد إلى انتظار الرد. أرسل التحديث: إرسال الدعوات.</numerusform>
        </translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>no time given</source>
        <translation>لم يُحدَّد موعد</translation>
    </message>
    <message>
        <source>{start} to {end} ({zone})</source>
        <translation>من {start} إلى {end} ({zone})</translation>
    </message>
</context>
<context>
    <name>CounterStatus</name>
    <message>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>متجاوَز</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;نسخ التفاصيل</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>نُسخت</translation>
    </message>
    <message>
        <source>Details of the error</source>
        <translation>تفاصيل الخطأ</translation>
    </message>
    <message>
        <source>It was also written to {path}.</source>
        <translation>وقد كُتبت أيضًا في {path}.</translation>
    </message>
    <message>
        <source>Please send the details below to whoever supports Organiser for you.</source>
        <translation>يُرجى إرسال التفاصيل أدناه إلى من يتولى دعم Organiser لديك.</translation>
    </message>
    <message>
        <source>Something went wrong that Organiser did not expect.</source>
        <translation>حدث خطأ لم يتوقعه Organiser.</translation>
    </message>
    <message>
        <source>Your data is as it was before the action that failed: nothing was half saved. You can go on working, or restart Organiser to be safe.</source>
        <translation>بياناتك كما كانت قبل الإجراء الذي فشل: لم يُحفظ شيء بشكل ناقص. يمكنك مواصلة العمل، أو إعادة تشغيل Organiser احتياطًا.</translation>
    </message>
    <message>
        <source>{name}: unexpected error</source>
        <translation>{name}: خطأ غير متوقع</translation>
    </message>
</context>
<context>
    <name>DatabaseLocationEditor</name>
    <message>
        <source>A shared PostgreSQL database works too: postgresql+psycopg://user@host/organiser. --db and ORGANISER_DB take precedence; the change applies at the next start.</source>
        <translation>تصلح أيضًا قاعدة بيانات PostgreSQL مشتركة: postgresql+psycopg://user@host/organiser. للخيار ‪--db‬ وللمتغير ORGANISER_DB الأولوية؛ ويسري التغيير عند التشغيل التالي.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>ملف قاعدة البيانات</translation>
    </message>
    <message>
        <source>Organiser database (*.sqlite);;All files (*)</source>
        <translation>قاعدة بيانات Organiser (*.sqlite);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>the default file in your data folder</source>
        <translation>الملف الافتراضي في مجلد بياناتك</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>2027-03-31 (optional)</source>
        <translation>2027-03-31 (اختياري)</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>التقويم…</translation>
    </message>
</context>
<context>
    <name>Delimiter</name>
    <message>
        <source>comma</source>
        <translation>فاصلة</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>فاصلة منقوطة</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>جدولة</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>خط عمودي</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Absent</source>
        <translation>الغائبون</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>الفعلي</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>مطابق</translation>
    </message>
    <message>
        <source>Also in</source>
        <translation>وأيضًا بتوقيت</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>المعتذرون</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>اعتمده</translation>
    </message>
    <message>
        <source>Approved by {name} on {date} (version {number})</source>
        <translation>اعتمده {name} في {date} (الإصدار {number})</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>تاريخ الاعتماد</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Best regards,</source>
        <translation>مع أطيب التحيات،</translation>
    </message>
    <message>
        <source>Brainstorming</source>
        <translation>العصف الذهني</translation>
    </message>
    <message>
        <source>Brainstorming outcome</source>
        <translation>نتائج العصف الذهني</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>الرئيس</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Day {day} — {date}</source>
        <translation>اليوم {day} — {date}</translation>
    </message>
    <message>
        <source>Dear {name},</source>
        <translation>عزيزي/عزيزتي {name}،</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <source>Disagrees with the lines</source>
        <translation>لا يطابق البنود</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>المناقشة</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>Dot-vote sheet</source>
        <translation>ورقة التصويت بالنقاط</translation>
    </message>
    <message>
        <source>Dots: tick one box for each</source>
        <translation>النقاط: خانة واحدة لكل نقطة</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Draft for review: these minutes have not been approved yet.</source>
        <translation>مسودة للمراجعة: لم يُعتمد هذا المحضر بعد.</translation>
    </message>
    <message>
        <source>Draft of version {next}: it replaces version {count} once approved.</source>
        <translation>مسودة الإصدار {next}: تحل محل الإصدار {count} بعد اعتمادها.</translation>
    </message>
    <message>
        <source>Draft of version {number}, not yet approved</source>
        <translation>مسودة الإصدار {number}، لم تُعتمد بعد</translation>
    </message>
    <message>
        <source>Draft, not yet approved</source>
        <translation>مسودة، لم تُعتمد بعد</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Each participant has {count} dots. Tick one box for each dot you give an idea; you may give one idea several dots.</source>
        <translation>لكل مشارك {count} نقاط. ضع علامة في خانة واحدة لكل نقطة تمنحها لفكرة؛ ويمكنك منح فكرة واحدة عدة نقاط.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الفعالية</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الفعاليات</translation>
    </message>
    <message>
        <source>First issue</source>
        <translation>الإصدار الأول</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>المنعقدة</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>مرحبًا،</translation>
    </message>
    <message>
        <source>Here is where the next steps agreed in our meetings stand, with their due dates:</source>
        <translation>إليكم وضع الخطوات التالية المتفق عليها في اجتماعاتنا ومواعيدها النهائية:</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>الفكرة</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>الأفكار</translation>
    </message>
    <message>
        <source>If a step is done, late or no longer needed, a short reply to this message is enough: I will update it.</source>
        <translation>إذا أُنجزت خطوة أو تأخرت أو لم تعد ضرورية، يكفي رد قصير على هذه الرسالة وسأقوم بتحديثها.</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>المدعوون</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Line of action</source>
        <translation>محور العمل</translation>
    </message>
    <message>
        <source>Lines of action</source>
        <translation>محاور العمل</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>المحضر</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>الخطوات التالية</translation>
    </message>
    <message>
        <source>Next steps of {name}</source>
        <translation>الخطوات التالية لـ {name}</translation>
    </message>
    <message>
        <source>Next steps: {count} to follow up</source>
        <translation>الخطوات التالية: {count} للمتابعة</translation>
    </message>
    <message>
        <source>Next steps: {count} to follow up, {overdue} overdue</source>
        <translation>الخطوات التالية: {count} للمتابعة، منها {overdue} متأخرة</translation>
    </message>
    <message>
        <source>No attendance was recorded.</source>
        <translation>لم يُسجَّل أي حضور.</translation>
    </message>
    <message>
        <source>No brainstorming took place.</source>
        <translation>لم يجرِ أي عصف ذهني.</translation>
    </message>
    <message>
        <source>No decisions were recorded.</source>
        <translation>لم تُسجَّل أي قرارات.</translation>
    </message>
    <message>
        <source>No discussion was recorded.</source>
        <translation>لم تُسجَّل أي مناقشة.</translation>
    </message>
    <message>
        <source>No next steps were recorded.</source>
        <translation>لم تُسجَّل أي خطوات تالية.</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>بدون منظمة</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Organisation / e-mail (walk-ins)</source>
        <translation>المنظمة / البريد الإلكتروني (الحضور دون دعوة)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>صفحة</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>صفحة {page} من {pages}</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>Please sign next to your name. If you are not listed, write your name, organisation and e-mail in a blank row at the end.</source>
        <translation>يُرجى التوقيع أمام اسمك. إذا لم يكن اسمك مدرجًا، فاكتب اسمك ومنظمتك وبريدك الإلكتروني في سطر فارغ في النهاية.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>المقدم</translation>
    </message>
    <message>
        <source>Programme report</source>
        <translation>تقرير البرنامج</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>ورقة التوقيع</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>الاعتماد</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>The agenda has not been set yet.</source>
        <translation>لم يُحدَّد جدول الأعمال بعد.</translation>
    </message>
    <message>
        <source>Theme and ideas (ranked by votes)</source>
        <translation>المحور والأفكار (مرتبة حسب الأصوات)</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المحاور</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Times are in {zone} ({offset}) and {other}.</source>
        <translation>الأوقات بتوقيت {zone} ({offset}) و{other}.</translation>
    </message>
    <message>
        <source>Times are in {zone} ({offset}).</source>
        <translation>الأوقات بتوقيت {zone} ({offset}).</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Total (computed from the lines)</source>
        <translation>المجموع (محسوب من البنود)</translation>
    </message>
    <message>
        <source>Totals as stated</source>
        <translation>المجاميع كما وردت</translation>
    </message>
    <message>
        <source>Under: {item}</source>
        <translation>ضمن البند: {item}</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <source>Walk-ins: {count}.</source>
        <translation>الحضور دون دعوة: {count}.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>ما الذي تغيّر</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Your next steps</source>
        <translation>خطواتكم التالية</translation>
    </message>
    <message>
        <source>agreed at: {event}</source>
        <translation>تم الاتفاق عليها في: {event}</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>الرئيس</translation>
    </message>
    <message>
        <source>due today ({date})</source>
        <translation>الموعد النهائي اليوم ({date})</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>الموعد النهائي {date}</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>left early</source>
        <translation>غادر مبكرًا</translation>
    </message>
    <message>
        <source>overdue since {date} ({days} days)</source>
        <translation>متأخرة منذ {date} ({days} يومًا)</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>حضور دون دعوة</translation>
    </message>
    <message>
        <source>{present} present, {apologies} sent apologies, {absent} absent.</source>
        <translation>الحاضرون: {present}، المعتذرون: {apologies}، الغائبون: {absent}.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;دمج</translation>
    </message>
    <message>
        <source>&amp;Swap (keep the other)</source>
        <translation>&amp;تبديل (الإبقاء على الآخر)</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>مكررات محتملة</translation>
    </message>
    <message>
        <source>Looking for likely duplicates…</source>
        <translation>جارٍ البحث عن المكررات المحتملة…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Merge {other} (#{other_id}) into {keep} (#{keep_id})? #{other_id} is then deleted.</source>
        <translation>دمج {other} (رقم {other_id}) في {keep} (رقم {keep_id})؟ يُحذف بعدها الرقم {other_id}.</translation>
    </message>
    <message>
        <source>Merged #{other_id} into #{keep_id}.</source>
        <translation>دُمج #{other_id} في #{keep_id}.</translation>
    </message>
    <message>
        <source>Merging moves invitations, attendance, next steps, addresses and tags to the person kept, then deletes the other. Where the two differ, choose the value to keep.</source>
        <translation>ينقل الدمج الدعوات والحضور والخطوات التالية والعناوين والمجموعات إلى الشخص الذي يُبقى عليه، ثم يحذف الآخر. حيث يختلف الاثنان، اختر القيمة التي تُبقى.</translation>
    </message>
    <message>
        <source>Moved: {what}.</source>
        <translation>نُقل: {what}.</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>لا توجد مكررات محتملة.</translation>
    </message>
    <message>
        <source>Pairs of people who may be the same person, and why; merging keeps the one in the Keep column (Swap keeps the other).</source>
        <translation>أزواج من الأشخاص قد يكونون الشخص نفسه، والسبب؛ الدمج يُبقي الموجود في عمود الإبقاء (التبديل يُبقي الآخر).</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>التكرارات المحتملة</translation>
    </message>
    <message>
        <source>{count} likely duplicates</source>
        <translation>مكررات محتملة: {count}</translation>
    </message>
</context>
<context>
    <name>EventEditorDialog</name>
    <message>
        <source>&amp;Address</source>
        <translation>العنوان البري&amp;دي</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>ال&amp;وصف</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>تنت&amp;هي</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>&amp;Online link</source>
        <translation>ال&amp;رابط الإلكتروني</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>ت&amp;بدأ</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>الم&amp;كان</translation>
    </message>
    <message>
        <source>Calendar version (SEQUENCE) {sequence}: changing the time, place or status sends an update; the title or description alone do not.</source>
        <translation>إصدار التقويم (SEQUENCE) {sequence}: تغيير الوقت أو المكان أو الحالة يرسل تحديثًا؛ أما تغيير العنوان أو الوصف وحده فلا.</translation>
    </message>
    <message>
        <source>Documents in</source>
        <translation>الوثائق باللغة</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>تعديل الفعالية</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>فعالية جديدة</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>المنطقة ال&amp;زمنية</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <source>consultation</source>
        <translation>مشاورة</translation>
    </message>
    <message>
        <source>information sharing</source>
        <translation>تبادل المعلومات</translation>
    </message>
    <message>
        <source>network meeting</source>
        <translation>اجتماع الشبكة</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>ورشة عمل</translation>
    </message>
</context>
<context>
    <name>EventStatus</name>
    <message>
        <source>cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>held</source>
        <translation>منعقدة</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>مقررة</translation>
    </message>
</context>
<context>
    <name>EventsArea</name>
    <message>
        <source>&amp;Cancel event…</source>
        <translation>&amp;إلغاء الفعالية…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;فعالية جديدة…</translation>
    </message>
    <message>
        <source>Calendar &amp;file…</source>
        <translation>&amp;ملف التقويم…</translation>
    </message>
    <message>
        <source>Calendar file written to {path}</source>
        <translation>حُفظ ملف التقويم في {path}</translation>
    </message>
    <message>
        <source>Calendar replies</source>
        <translation>ردود التقويم</translation>
    </message>
    <message>
        <source>Calendar replies (*.ics *.eml);;All files (*)</source>
        <translation>ردود التقويم (*.ics *.eml);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Cancel and mail the cancellations…</source>
        <translation>إلغاء وإرسال رسائل الإلغاء…</translation>
    </message>
    <message>
        <source>Cancel the event</source>
        <translation>إلغاء الفعالية</translation>
    </message>
    <message>
        <source>Cancel the event only</source>
        <translation>إلغاء الفعالية فقط</translation>
    </message>
    <message>
        <source>Cancel this event? Every invitee then needs the cancellation (the event&apos;s calendar file becomes a CANCEL).</source>
        <translation>إلغاء هذه الفعالية؟ يجب عندها إرسال الإلغاء إلى كل مدعو (يصبح ملف تقويم الفعالية CANCEL).</translation>
    </message>
    <message>
        <source>Copy made as a draft, with the same invitees; edit its dates.</source>
        <translation>أُنشئت نسخة كمسودة بالمدعوين أنفسهم؛ عدّل تواريخها.</translation>
    </message>
    <message>
        <source>Documents (PDF)</source>
        <translation>المستندات (PDF)</translation>
    </message>
    <message>
        <source>Event created; add people below.</source>
        <translation>أُنشئت الفعالية؛ أضف الأشخاص أدناه.</translation>
    </message>
    <message>
        <source>Event saved.</source>
        <translation>حُفظت الفعالية.</translation>
    </message>
    <message numerus="yes">
        <source>Event saved: SEQUENCE {sequence}, %Ln answer(s) reset to needs action. Send the update: Mail invitations.</source>
        <translation>
            <numerusform>حُفظت الفعالية: SEQUENCE {sequence}، ولم يُعَد أي رد إلى انتظار الرد. أرسل التحديث: إرسال الدعوات بالبريد.</numerusform>
            <numerusform>حُفظت الفعالية: SEQUENCE {sequence}، وأُعيد رد واحد إلى انتظار الرد. أرسل التحديث: إرسال الدعوات بالبريد.</numerusform>
            <numerusform>حُفظت الفعالية: SEQUENCE {sequence}، وأُعيد ردّان إلى انتظار الرد. أرسل التحديث: إرسال الدعوات بالبريد.</numerusform>
            <numerusform>حُفظت الفعالية: SEQUENCE {sequence}، وأُعيد %Ln ردود إلى انتظار الرد. أرسل التحديث: إرسال الدعوات بالبريد.</numerusform>
            <numerusform>حُفظت الفعالية: SEQUENCE {sequence}، وأُعيد %Ln ردًّا إلى انتظار الرد. أرسل التحديث: إرسال الدعوات بالبريد.</numerusform>
            <numerusform>حُفظت الفعالية: SEQUENCE {sequence}، وأُعيد %Ln رد إلى انتظار الرد. أرسل التحديث: إرسال الدعوات بالبريد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Event saved: SEQUENCE {sequence}. Send the update: Mail invitations.</source>
        <translation>حُفظت الفعالية: SEQUENCE {sequence}. أرسل التحديث: إرسال الدعوات بالبريد.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الفعاليات</translation>
    </message>
    <message>
        <source>Export programme &amp;calendar (.ics)…</source>
        <translation>تصدير ت&amp;قويم البرنامج (.ics)…</translation>
    </message>
    <message>
        <source>Export the programme calendar</source>
        <translation>تصدير تقويم البرنامج</translation>
    </message>
    <message>
        <source>Import calendar &amp;replies…</source>
        <translation>استيراد &amp;ردود التقويم…</translation>
    </message>
    <message>
        <source>Import calendar replies</source>
        <translation>استيراد ردود التقويم</translation>
    </message>
    <message>
        <source>Keep the event</source>
        <translation>الإبقاء على الفعالية</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>البريد</translation>
    </message>
    <message>
        <source>No database open.</source>
        <translation>لا توجد قاعدة بيانات مفتوحة.</translation>
    </message>
    <message>
        <source>One row per event; the chosen event&apos;s invitations are listed below. Ctrl+E edits it.</source>
        <translation>صف لكل فعالية؛ دعوات الفعالية المختارة مدرجة أدناه. Ctrl+E لتعديلها.</translation>
    </message>
    <message>
        <source>Programme calendar written to {path}</source>
        <translation>حُفظ تقويم البرنامج في {path}</translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation>حفظ ملف التقويم</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>{applied} of {total} calendar replies applied</source>
        <translation>طُبّق {applied} من {total} ردود تقويم</translation>
    </message>
    <message>
        <source>{applied} of {total} replies applied.</source>
        <translation>طُبّق {applied} من {total} ردود.</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>عدد الفعاليات: {count}</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>{path} is the database Organiser has open: choose another file.</source>
        <translation>{path} هي قاعدة البيانات المفتوحة في Organiser: اختر ملفًا آخر.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>, {organisations} organisations; {duplicates} duplicates skipped; {warnings} warnings</source>
        <translation>، و{organisations} منظمات؛ تُجووز {duplicates} مكررات؛ {warnings} تنبيهات</translation>
    </message>
    <message>
        <source>; {count} rows with errors left out</source>
        <translation>؛ تُركت {count} صفوف فيها أخطاء</translation>
    </message>
    <message>
        <source>Import contacts from {file}</source>
        <translation>استيراد جهات الاتصال من {file}</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>لم يُستورد شيء</translation>
    </message>
    <message>
        <source>imported {people} people</source>
        <translation>استُورد {people} أشخاص</translation>
    </message>
    <message>
        <source>would import {people} people</source>
        <translation>سيُستورد {people} أشخاص</translation>
    </message>
</context>
<context>
    <name>InvitationsPanel</name>
    <message>
        <source>Add people…</source>
        <translation>إضافة أشخاص…</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>الدعوات</translation>
    </message>
    <message>
        <source>Invitees&apos; proposals of another time</source>
        <translation>مقترحات المدعوين لموعد آخر</translation>
    </message>
    <message>
        <source>Loading the invitations…</source>
        <translation>جارٍ تحميل الدعوات…</translation>
    </message>
    <message>
        <source>Proposals ({count})…</source>
        <translation>المقترحات ({count})…</translation>
    </message>
    <message>
        <source>Proposals…</source>
        <translation>المقترحات…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove and mail the cancellation…</source>
        <translation>إزالة وإرسال الإلغاء…</translation>
    </message>
    <message>
        <source>Remove invitees</source>
        <translation>إزالة مدعوين</translation>
    </message>
    <message>
        <source>Remove only</source>
        <translation>إزالة فقط</translation>
    </message>
    <message>
        <source>Remove {names} from the event? Each needs the cancellation (a CANCEL calendar) so that the meeting leaves their calendar.</source>
        <translation>إزالة {names} من الفعالية؟ يحتاج كل منهم إلى الإلغاء (تقويم CANCEL) كي يختفي الاجتماع من تقويمه.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Select an event to see its invitations.</source>
        <translation>اختر فعالية لعرض دعواتها.</translation>
    </message>
    <message>
        <source>The people invited to the chosen event, their role and their reply.</source>
        <translation>الأشخاص المدعوون إلى الفعالية المختارة ودورهم وردّهم.</translation>
    </message>
    <message>
        <source>no replies</source>
        <translation>لا ردود</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>لا أدوار</translation>
    </message>
    <message>
        <source>{count} {value}</source>
        <translation>{value}: {count}</translation>
    </message>
    <message>
        <source>{total} invited — {replies} — {roles}</source>
        <translation>المدعوون: {total} — {replies} — {roles}</translation>
    </message>
    <message>
        <source>The invitations could not be read.</source>
        <translation>تعذّرت قراءة الدعوات.</translation>
    </message>
</context>
<context>
    <name>InvitationsTable</name>
    <message>
        <source>delegated by {name}</source>
        <translation>بتفويض من {name}</translation>
    </message>
    <message>
        <source>{zone} (the invitee&apos;s own clock)</source>
        <translation>{zone} (بتوقيت المدعو)</translation>
    </message>
</context>
<context>
    <name>LiveMode</name>
    <message>
        <source>&amp;Agenda…</source>
        <translation>&amp;جدول الأعمال…</translation>
    </message>
    <message>
        <source>&amp;Live mode…</source>
        <translation>&amp;وضع الجلسة…</translation>
    </message>
</context>
<context>
    <name>LiveWindow</name>
    <message>
        <source>&amp;Agenda and minutes</source>
        <translation>&amp;جدول الأعمال والمحضر</translation>
    </message>
    <message>
        <source>&amp;Check-in</source>
        <translation>&amp;تسجيل الحضور</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>اختصارات &amp;لوحة المفاتيح…</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>ال&amp;جلسة</translation>
    </message>
    <message>
        <source>&amp;Next agenda item</source>
        <translation>الب&amp;ند التالي في جدول الأعمال</translation>
    </message>
    <message>
        <source>&amp;Projector view (room screen)</source>
        <translation>عرض &amp;الشاشة الكبيرة (شاشة القاعة)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation>حاضر &amp;دون دعوة…</translation>
    </message>
    <message numerus="yes">
        <source>(+%Ln walk-in(s))</source>
        <translation>
            <numerusform>(+%Ln دون دعوة)</numerusform>
            <numerusform>(+%Ln دون دعوة)</numerusform>
            <numerusform>(+%Ln دون دعوة)</numerusform>
            <numerusform>(+%Ln دون دعوة)</numerusform>
            <numerusform>(+%Ln دون دعوة)</numerusform>
            <numerusform>(+%Ln دون دعوة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Agenda and minutes (Ctrl+2)</source>
        <translation>جدول الأعمال والمحضر (Ctrl+2)</translation>
    </message>
    <message>
        <source>All items done</source>
        <translation>انتهت كل البنود</translation>
    </message>
    <message>
        <source>B&amp;rainstorm board</source>
        <translation>لوحة ال&amp;عصف الذهني</translation>
    </message>
    <message>
        <source>Brainstorm board (Ctrl+3)</source>
        <translation>لوحة العصف الذهني (Ctrl+3)</translation>
    </message>
    <message>
        <source>C&amp;lose live mode</source>
        <translation>إ&amp;غلاق وضع الجلسة</translation>
    </message>
    <message>
        <source>Captured with Ctrl+D (decision) and Ctrl+T (next step) while the item runs.</source>
        <translation>تُسجَّل بـ Ctrl+D (قرار) وCtrl+T (خطوة تالية) أثناء البند.</translation>
    </message>
    <message>
        <source>Check-in (Ctrl+1)</source>
        <translation>تسجيل الحضور (Ctrl+1)</translation>
    </message>
    <message>
        <source>Check-in: {status}</source>
        <translation>تسجيل الحضور: {status}</translation>
    </message>
    <message>
        <source>Close voting and show &amp;totals</source>
        <translation>إغلاق الت&amp;صويت وعرض المجاميع</translation>
    </message>
    <message>
        <source>Decision: {text}</source>
        <translation>قرار: {text}</translation>
    </message>
    <message>
        <source>Decisions and next steps of the current item</source>
        <translation>القرارات والخطوات التالية للبند الحالي</translation>
    </message>
    <message>
        <source>Decisions and next steps of the event:</source>
        <translation>قرارات الفعالية وخطواتها التالية:</translation>
    </message>
    <message>
        <source>Live mode</source>
        <translation>وضع الجلسة</translation>
    </message>
    <message>
        <source>Live — {title}</source>
        <translation>الجلسة — {title}</translation>
    </message>
    <message>
        <source>Loading the agenda…</source>
        <translation>جارٍ تحميل جدول الأعمال…</translation>
    </message>
    <message>
        <source>No agenda item yet: these minutes are not saved until the agenda has one.</source>
        <translation>لا يوجد بند في جدول الأعمال بعد: لن يُحفظ هذا المحضر حتى يُضاف بند.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>المحضر</translation>
    </message>
    <message>
        <source>Minutes of the current item</source>
        <translation>محضر البند الحالي</translation>
    </message>
    <message>
        <source>Minutes of this item, saved as you type. Ctrl+D decision · Ctrl+T next step (from the current line or selection) · Alt+↑/↓ previous/next item</source>
        <translation>محضر هذا البند، يُحفظ أثناء الكتابة. Ctrl+D قرار · Ctrl+T خطوة تالية (من السطر الحالي أو التحديد) · Alt+↑/↓ البند السابق/التالي</translation>
    </message>
    <message>
        <source>Ne&amp;xt item&apos;s minutes</source>
        <translation>&amp;محضر البند التالي</translation>
    </message>
    <message>
        <source>New &amp;decision…</source>
        <translation>&amp;قرار جديد…</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>قرار جديد</translation>
    </message>
    <message>
        <source>New next &amp;step…</source>
        <translation>&amp;خطوة تالية جديدة…</translation>
    </message>
    <message>
        <source>New next step</source>
        <translation>خطوة تالية جديدة</translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation>البند التالي في جدول الأعمال</translation>
    </message>
    <message>
        <source>Next item (F9)</source>
        <translation>البند التالي (F9)</translation>
    </message>
    <message>
        <source>Next step: {text}</source>
        <translation>خطوة تالية: {text}</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>التالي: {title}</translation>
    </message>
    <message>
        <source>No agenda yet.</source>
        <translation>لا يوجد جدول أعمال بعد.</translation>
    </message>
    <message>
        <source>Open actions from earlier events:</source>
        <translation>إجراءات مفتوحة من فعاليات سابقة:</translation>
    </message>
    <message>
        <source>Pre&amp;vious item&apos;s minutes</source>
        <translation>محضر البند ال&amp;سابق</translation>
    </message>
    <message>
        <source>Projector shows agenda / &amp;board</source>
        <translation>الشاشة الكبيرة تعرض جدول الأعمال / ال&amp;لوحة</translation>
    </message>
    <message>
        <source>Real time: {start}–{end}</source>
        <translation>الوقت الفعلي: {start}–{end}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>أُعيد: {what}</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>حُفظ في {time}</translation>
    </message>
    <message>
        <source>The day&apos;s items with planned and expected times; the item under way is marked running. F9 starts the next item.</source>
        <translation>بنود اليوم مع الوقت المقرر والوقت المتوقع؛ البند الجاري معلَّم بأنه جارٍ. F9 يبدأ البند التالي.</translation>
    </message>
    <message>
        <source>The minutes are approved: nothing can be added.</source>
        <translation>المحضر معتمد: لا يمكن إضافة شيء.</translation>
    </message>
    <message>
        <source>The minutes are approved: read-only.</source>
        <translation>المحضر معتمد: للقراءة فقط.</translation>
    </message>
    <message>
        <source>Typing…</source>
        <translation>جارٍ الكتابة…</translation>
    </message>
    <message>
        <source>Undone: {name} is {status} again</source>
        <translation>أُلغي: {name} عاد {status}</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>أُلغي: {what}</translation>
    </message>
    <message>
        <source>Walk-in {name}</source>
        <translation>حاضر دون دعوة: {name}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>انتهى</translation>
    </message>
    <message>
        <source>not here</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>over-run {minutes} min — {title}</source>
        <translation>تجاوز {minutes} دقيقة — {title}</translation>
    </message>
    <message>
        <source>over-run {time} — {title}</source>
        <translation>تجاوز {time} — {title}</translation>
    </message>
    <message>
        <source>running</source>
        <translation>جارٍ</translation>
    </message>
    <message>
        <source>{minutes} min left — {title}</source>
        <translation>متبقٍّ {minutes} دقيقة — {title}</translation>
    </message>
    <message>
        <source>{name}: present (walk-in)</source>
        <translation>{name}: حاضر (دون دعوة)</translation>
    </message>
    <message>
        <source>{present} present of {invited} invited</source>
        <translation>الحضور {present} من {invited} مدعوين</translation>
    </message>
    <message>
        <source>{time} left — {title}</source>
        <translation>متبقٍّ {time} — {title}</translation>
    </message>
    <message>
        <source>{title} — day {day}, {time}, {minutes} min</source>
        <translation>{title} — اليوم {day}، {time}، {minutes} دقيقة</translation>
    </message>
    <message>
        <source>… and {count} more (Next steps area)</source>
        <translation>… و{count} أخرى (قسم الخطوات التالية)</translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <source>Attached: {names}</source>
        <translation>المرفقات: {names}</translation>
    </message>
    <message>
        <source>From: {value}</source>
        <translation>من: {value}</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>البريد</translation>
    </message>
    <message>
        <source>No message to prepare.</source>
        <translation>لا توجد رسائل لإعدادها.</translation>
    </message>
    <message>
        <source>Put in the outbox</source>
        <translation>وضعها في صندوق الصادر</translation>
    </message>
    <message>
        <source>Save as .eml files…</source>
        <translation>حفظ كملفات ‎.eml…</translation>
    </message>
    <message>
        <source>Save the messages in</source>
        <translation>حفظ الرسائل في</translation>
    </message>
    <message>
        <source>Show Details… to read the first message before it goes.</source>
        <translation>اعرض التفاصيل لقراءة الرسالة الأولى قبل إرسالها.</translation>
    </message>
    <message>
        <source>Subject: {value}</source>
        <translation>الموضوع: {value}</translation>
    </message>
    <message>
        <source>To: {value}</source>
        <translation>إلى: {value}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) left out:</source>
        <translation>
            <numerusform>لم يُستبعد أحد:</numerusform>
            <numerusform>استُبعد مستلم واحد:</numerusform>
            <numerusform>استُبعد مستلمان:</numerusform>
            <numerusform>استُبعد %Ln مستلمين:</numerusform>
            <numerusform>استُبعد %Ln مستلمًا:</numerusform>
            <numerusform>استُبعد %Ln مستلم:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) prepared.</source>
        <translation>
            <numerusform>لم تُعدّ أي رسالة.</numerusform>
            <numerusform>أُعدت رسالة واحدة.</numerusform>
            <numerusform>أُعدت رسالتان.</numerusform>
            <numerusform>أُعدت %Ln رسائل.</numerusform>
            <numerusform>أُعدت %Ln رسالة.</numerusform>
            <numerusform>أُعدت %Ln رسالة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) put in the outbox (File → Outbox)</source>
        <translation>
            <numerusform>لم توضع أي رسالة في صندوق الصادر (ملف ← صندوق الصادر)</numerusform>
            <numerusform>وُضعت رسالة واحدة في صندوق الصادر (ملف ← صندوق الصادر)</numerusform>
            <numerusform>وُضعت رسالتان في صندوق الصادر (ملف ← صندوق الصادر)</numerusform>
            <numerusform>وُضعت %Ln رسائل في صندوق الصادر (ملف ← صندوق الصادر)</numerusform>
            <numerusform>وُضعت %Ln رسالة في صندوق الصادر (ملف ← صندوق الصادر)</numerusform>
            <numerusform>وُضعت %Ln رسالة في صندوق الصادر (ملف ← صندوق الصادر)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) saved in {folder}</source>
        <translation>
            <numerusform>لم تُحفظ أي رسالة في {folder}</numerusform>
            <numerusform>حُفظت رسالة واحدة في {folder}</numerusform>
            <numerusform>حُفظت رسالتان في {folder}</numerusform>
            <numerusform>حُفظت %Ln رسائل في {folder}</numerusform>
            <numerusform>حُفظت %Ln رسالة في {folder}</numerusform>
            <numerusform>حُفظت %Ln رسالة في {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… ولا أحد غيرهم</numerusform>
            <numerusform>… وواحد آخر</numerusform>
            <numerusform>… واثنان آخران</numerusform>
            <numerusform>… و%Ln آخرين</numerusform>
            <numerusform>… و%Ln آخرًا</numerusform>
            <numerusform>… و%Ln آخر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About {name}</source>
        <translation>&amp;حول {name}</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;جهات الاتصال</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;فعالية</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>ال&amp;فعاليات</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>اختصارات &amp;لوحة المفاتيح…</translation>
    </message>
    <message>
        <source>&amp;Next steps</source>
        <translation>ال&amp;خطوات التالية</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;التفضيلات…</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>ال&amp;برنامج</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;ورشة العمل</translation>
    </message>
    <message>
        <source>&lt;p&gt;Plan, run and follow up consultations and brainstorming workshops, offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;تخطيط المشاورات وورش العصف الذهني وإدارتها ومتابعتها، دون اتصال.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>حول {name}</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>تعذر الفتح</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>تعذر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>Choose an area to show it; Ctrl+1 to Ctrl+4 from anywhere in the window.</source>
        <translation>اختر قسمًا لعرضه؛ Ctrl+1 إلى Ctrl+4 من أي مكان في النافذة.</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>قاعدة البيانات: {name}</translation>
    </message>
    <message>
        <source>Eve&amp;nt</source>
        <translation>&amp;فعالية</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>لا توجد قاعدة بيانات مفتوحة</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>فتح قاعدة بيانات أو إنشاؤها</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
    <message>
        <source>Organiser database (*.sqlite);;All files (*)</source>
        <translation>قاعدة بيانات Organiser (*.sqlite);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Reloading…</source>
        <translation>جارٍ التحديث…</translation>
    </message>
    <message>
        <source>{path}: not a file Organiser reads</source>
        <translation>{path}: ليس ملفًا يقرؤه Organiser</translation>
    </message>
</context>
<context>
    <name>MergeView</name>
    <message>
        <source>Compared</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>عناوين البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>Kept: {name} (#{id})</source>
        <translation>يُبقى عليه: {name} (#{id})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Latin transliteration</source>
        <translation>الكتابة بالحروف اللاتينية</translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation>السجلات المرتبطة</translation>
    </message>
    <message>
        <source>Merged into it: {name} (#{id})</source>
        <translation>يُدمج فيه: {name} (#{id})</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Select a pair to compare the two people.</source>
        <translation>اختر زوجًا لمقارنة الشخصين.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>The two people compared</source>
        <translation>مقارنة الشخصين</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>agenda items presented: {count}</source>
        <translation>بنود جدول الأعمال المقدَّمة: {count}</translation>
    </message>
    <message>
        <source>all kept</source>
        <translation>يُبقى عليها كلها</translation>
    </message>
    <message>
        <source>all move to #{id}</source>
        <translation>تنتقل كلها إلى #{id}</translation>
    </message>
    <message>
        <source>attendance: {count}</source>
        <translation>الحضور: {count}</translation>
    </message>
    <message>
        <source>delegations: {count}</source>
        <translation>التفويضات: {count}</translation>
    </message>
    <message>
        <source>differs: choose</source>
        <translation>مختلف: اختر</translation>
    </message>
    <message>
        <source>ideas: {count}</source>
        <translation>الأفكار: {count}</translation>
    </message>
    <message>
        <source>invitations: {count}</source>
        <translation>الدعوات: {count}</translation>
    </message>
    <message>
        <source>keep both</source>
        <translation>الإبقاء على الاثنين</translation>
    </message>
    <message>
        <source>next steps: {count}</source>
        <translation>الخطوات التالية: {count}</translation>
    </message>
    <message>
        <source>only #{id} has one: kept</source>
        <translation>لدى #{id} فقط: يُبقى عليه</translation>
    </message>
    <message>
        <source>same</source>
        <translation>متطابق</translation>
    </message>
    <message>
        <source>votes: {count}</source>
        <translation>الأصوات: {count}</translation>
    </message>
    <message>
        <source>{field}: {value} (#{id})</source>
        <translation>{field}: {value} (#{id})</translation>
    </message>
</context>
<context>
    <name>MinutesStatus</name>
    <message>
        <source>approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
</context>
<context>
    <name>NextStepStatus</name>
    <message>
        <source>done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
</context>
<context>
    <name>NextStepsArea</name>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt; of “{text}” — {owner}</source>
        <translation>&lt;b&gt;سجل&lt;/b&gt; «{text}» — {owner}</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>كل الفعاليات</translation>
    </message>
    <message>
        <source>All lines of action</source>
        <translation>كل محاور العمل</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>كل المسؤولين</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>أي موعد نهائي</translation>
    </message>
    <message>
        <source>Cannot change the status</source>
        <translation>تعذر تغيير الحالة</translation>
    </message>
    <message>
        <source>D&amp;rop</source>
        <translation>إ&amp;لغاء</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation>مستحقة خلال 30 يومًا</translation>
    </message>
    <message>
        <source>Due in the next 7 days</source>
        <translation>مستحقة خلال 7 أيام</translation>
    </message>
    <message>
        <source>Due this month or earlier</source>
        <translation>مستحقة هذا الشهر أو قبله</translation>
    </message>
    <message>
        <source>Each change of the chosen next step: when, who and what changed.</source>
        <translation>كل تغيير في الخطوة التالية المختارة: متى ومن وماذا تغيّر.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الفعالية</translation>
    </message>
    <message>
        <source>Event that agreed the step</source>
        <translation>الفعالية التي أقرت الخطوة</translation>
    </message>
    <message>
        <source>History of the selected next step</source>
        <translation>سجل الخطوة التالية المحددة</translation>
    </message>
    <message>
        <source>In &amp;progress</source>
        <translation>&amp;قيد التنفيذ</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Line of action</source>
        <translation>محور العمل</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>تعليمها &amp;منجزة</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>الخطوات التالية</translation>
    </message>
    <message>
        <source>No database open.</source>
        <translation>لا توجد قاعدة بيانات مفتوحة.</translation>
    </message>
    <message>
        <source>No person or organisation is called “{name}”.</source>
        <translation>لا يوجد شخص أو منظمة باسم «{name}».</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>One message per owner with their open and overdue steps</source>
        <translation>رسالة لكل مسؤول بخطواته المفتوحة والمتأخرة</translation>
    </message>
    <message>
        <source>One row per next step; Enter or F2 on the owner, due date or status edits it.</source>
        <translation>صف لكل خطوة تالية؛ Enter أو F2 على المسؤول أو الموعد النهائي أو الحالة لتعديله.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Open and in progress</source>
        <translation>المفتوحة وقيد التنفيذ</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Owner: a person or an organisation (its own steps and its people&apos;s)</source>
        <translation>المسؤول: شخص أو منظمة (خطواتها وخطوات أعضائها)</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>إعادة ال&amp;فتح</translation>
    </message>
    <message>
        <source>Remind &amp;owners…</source>
        <translation>&amp;تذكير المسؤولين…</translation>
    </message>
    <message>
        <source>Search decisions</source>
        <translation>ابحث في القرارات</translation>
    </message>
    <message>
        <source>Search decisions across the programme…</source>
        <translation>ابحث في قرارات البرنامج…</translation>
    </message>
    <message>
        <source>Search next steps</source>
        <translation>ابحث في الخطوات التالية</translation>
    </message>
    <message>
        <source>Search what, who, event…</source>
        <translation>ابحث عن ماذا، من، الفعالية…</translation>
    </message>
    <message>
        <source>Select a next step to see its history.</source>
        <translation>اختر خطوة تالية لعرض سجلها.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>The decisions of every event matching the search, newest first.</source>
        <translation>قرارات كل الفعاليات المطابقة للبحث، الأحدث أولًا.</translation>
    </message>
    <message>
        <source>Type a name; empty: no owner</source>
        <translation>اكتب اسمًا؛ فارغ: بلا مسؤول</translation>
    </message>
    <message>
        <source>Type the date as {example}; Up and Down move it by a day; empty means no due date</source>
        <translation>اكتب التاريخ هكذا {example}؛ السهمان لأعلى ولأسفل يغيّرانه يومًا؛ الفراغ يعني بلا موعد نهائي</translation>
    </message>
    <message>
        <source>{count} decision</source>
        <translation>قرار واحد</translation>
    </message>
    <message>
        <source>{count} decisions</source>
        <translation>عدد القرارات: {count}</translation>
    </message>
    <message>
        <source>{count} overdue</source>
        <translation>{count} متأخرة</translation>
    </message>
    <message>
        <source>{example}; empty: no due date</source>
        <translation>{example}؛ فارغ: بلا موعد نهائي</translation>
    </message>
    <message>
        <source>{name} (organisation)</source>
        <translation>{name} (منظمة)</translation>
    </message>
    <message>
        <source>{shown} of {total} next steps</source>
        <translation>{shown} من {total} خطوات تالية</translation>
    </message>
    <message>
        <source>“{name}” matches several people or organisations: pick one from the list.</source>
        <translation>«{name}» يطابق عدة أشخاص أو منظمات: اختر واحدًا من القائمة.</translation>
    </message>
    <message>
        <source>“{text}” changed</source>
        <translation>تم تغيير «{text}»</translation>
    </message>
    <message>
        <source>“{text}” is not a date; type it as {example}, or leave it empty for no due date.</source>
        <translation>«{text}» ليس تاريخًا؛ اكتبه هكذا {example}، أو اتركه فارغًا إن لم يكن هناك موعد نهائي.</translation>
    </message>
    <message>
        <source>“{text}” is now {status}</source>
        <translation>«{text}» أصبحت: {status}</translation>
    </message>
</context>
<context>
    <name>NextStepsTable</name>
    <message>
        <source>Overdue by {days} day</source>
        <translation>متأخرة يومًا واحدًا</translation>
    </message>
    <message>
        <source>Overdue by {days} days</source>
        <translation>متأخرة {days} أيام</translation>
    </message>
    <message>
        <source>{date}, overdue</source>
        <translation>{date}، متأخرة</translation>
    </message>
</context>
<context>
    <name>OnlineActions</name>
    <message>
        <source>&amp;Fetch replies from the mailbox</source>
        <translation>&amp;جلب الردود من صندوق البريد</translation>
    </message>
    <message>
        <source>&amp;Publish the calendar (CalDAV)</source>
        <translation>&amp;نشر التقويم (CalDAV)</translation>
    </message>
    <message>
        <source>Calendar not published</source>
        <translation>لم يُنشر التقويم</translation>
    </message>
    <message>
        <source>Calendar published</source>
        <translation>نُشر التقويم</translation>
    </message>
    <message>
        <source>Fetching replies…</source>
        <translation>جارٍ جلب الردود…</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>لم يتم</translation>
    </message>
    <message>
        <source>Not set up yet</source>
        <translation>لم يُضبط بعد</translation>
    </message>
    <message>
        <source>Overwrite their changes</source>
        <translation>استبدال تعديلاتهم</translation>
    </message>
    <message>
        <source>Password of {account}
(kept in the system keyring, never in a file):</source>
        <translation>كلمة مرور {account}
(تُحفظ في سلسلة مفاتيح النظام، وليس في ملف أبدًا):</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>جارٍ النشر…</translation>
    </message>
    <message>
        <source>Replies fetched</source>
        <translation>جُلبت الردود</translation>
    </message>
    <message>
        <source>Replies not fetched</source>
        <translation>لم تُجلب الردود</translation>
    </message>
    <message>
        <source>{reason}
Nothing was changed; fetch again when the server can be reached.</source>
        <translation>{reason}
لم يتغير شيء؛ أعد الجلب عندما يصبح الخادم متاحًا.</translation>
    </message>
    <message>
        <source>{reason}
Nothing was changed; publish again when the server can be reached.</source>
        <translation>{reason}
لم يتغير شيء؛ أعد النشر عندما يصبح الخادم متاحًا.</translation>
    </message>
    <message>
        <source>{what} password</source>
        <translation>كلمة مرور {what}</translation>
    </message>
</context>
<context>
    <name>OpenProblemDialog</name>
    <message>
        <source>&amp;Choose another file…</source>
        <translation>اخت&amp;يار ملف آخر…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>ا&amp;ستعادة نسخة احتياطية…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>إعادة ال&amp;محاولة</translation>
    </message>
    <message>
        <source>A newer version of Organiser wrote this database. Update Organiser to work on it; the file was not changed.</source>
        <translation>كتب قاعدة البيانات هذه إصدار أحدث من Organiser. حدّث Organiser للعمل عليها؛ لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <source>Another program is writing to the database. Wait a moment and try again.</source>
        <translation>برنامج آخر يكتب في قاعدة البيانات. انتظر لحظة وأعد المحاولة.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>تعذر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>Only one Organiser at a time works on a database, so that no change is lost. Read-only, you can look things up while the other one keeps working.</source>
        <translation>لا يعمل على قاعدة البيانات إلا Organiser واحد في كل مرة، كي لا يضيع أي تغيير. في وضع القراءة فقط يمكنك الاطلاع بينما يواصل الآخر العمل.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>فتح لل&amp;قراءة فقط</translation>
    </message>
    <message>
        <source>The database could not be opened. It was not changed.</source>
        <translation>تعذر فتح قاعدة البيانات. لم تُغيَّر.</translation>
    </message>
    <message>
        <source>The file is damaged or is not an Organiser database. It was not changed. Restore the last good backup (the damaged file is kept aside).</source>
        <translation>الملف تالف أو ليس قاعدة بيانات Organiser. لم يُغيَّر. استعد آخر نسخة احتياطية سليمة (يُحفظ الملف التالف جانبًا).</translation>
    </message>
    <message>
        <source>The file or its folder cannot be written (a read-only drive or share). You can look at it read-only, or copy it somewhere writable.</source>
        <translation>لا يمكن الكتابة في الملف أو مجلده (قرص أو مشاركة للقراءة فقط). يمكنك الاطلاع عليه للقراءة فقط، أو نسخه إلى مكان قابل للكتابة.</translation>
    </message>
    <message>
        <source>The file or its folder is not there. If it is on a USB stick or a network drive, connect it and try again.</source>
        <translation>الملف أو مجلده غير موجود. إن كان على ذاكرة USB أو محرك شبكي فوصّله وأعد المحاولة.</translation>
    </message>
</context>
<context>
    <name>OrgKind</name>
    <message>
        <source>bank unit</source>
        <translation>وحدة تابعة للبنك</translation>
    </message>
    <message>
        <source>contractors association</source>
        <translation>جمعية المقاولين</translation>
    </message>
    <message>
        <source>cso</source>
        <translation>منظمة مجتمع مدني</translation>
    </message>
    <message>
        <source>government agency</source>
        <translation>جهة حكومية</translation>
    </message>
    <message>
        <source>international partner</source>
        <translation>شريك دولي</translation>
    </message>
    <message>
        <source>media</source>
        <translation>وسائل الإعلام</translation>
    </message>
    <message>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>parliament</source>
        <translation>برلمان</translation>
    </message>
    <message>
        <source>training institute</source>
        <translation>معهد تدريب</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>&amp;Acronym</source>
        <translation>الا&amp;ختصار</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>ال&amp;بلد</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>تعديل {name}</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>م&amp;لاحظات</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>منظمة جديدة</translation>
    </message>
</context>
<context>
    <name>OrganisationField</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>&amp;Create “{typed}”</source>
        <translation>إ&amp;نشاء «{typed}»</translation>
    </message>
    <message>
        <source>No organisation is called “{typed}”. Did you mean one of these?</source>
        <translation>لا توجد منظمة باسم «{typed}». هل تقصد إحدى هذه؟</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>{count} more match: go back to choose from the list.</source>
        <translation>{count} أخرى مطابقة: ارجع للاختيار من القائمة.</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>&amp;Discard selected</source>
        <translation>&amp;حذف المحدد</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>إعادة &amp;محاولة الفاشلة</translation>
    </message>
    <message>
        <source>&amp;Send queued</source>
        <translation>إ&amp;رسال المنتظرة</translation>
    </message>
    <message>
        <source>Each message waiting, sent or failed, with its tries and the server&apos;s answer.</source>
        <translation>كل رسالة منتظرة أو مُرسلة أو فاشلة، مع محاولاتها وردّ الخادم.</translation>
    </message>
    <message>
        <source>Messages in the outbox</source>
        <translation>الرسائل في صندوق الصادر</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>لم تُرسل: {reason}</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>صندوق الصادر</translation>
    </message>
    <message>
        <source>Password of {account}
(kept in the system keyring, never in a file):</source>
        <translation>كلمة مرور {account}
(تُحفظ في سلسلة مفاتيح النظام، وليس في ملف أبدًا):</translation>
    </message>
    <message>
        <source>Password of {account} stored in the system keyring.</source>
        <translation>حُفظت كلمة مرور {account} في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>SMTP &amp;password…</source>
        <translation>&amp;كلمة مرور SMTP…</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>كلمة مرور SMTP</translation>
    </message>
    <message>
        <source>Send &amp;again…</source>
        <translation>إعادة الإر&amp;سال…</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>إعادة الإرسال</translation>
    </message>
    <message>
        <source>Sending {done} of {total}…</source>
        <translation>جارٍ إرسال {done} من {total}…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>The messages stay queued; send again when the connection is back.</source>
        <translation>تبقى الرسائل في الانتظار؛ أعد الإرسال عند عودة الاتصال.</translation>
    </message>
    <message>
        <source>{count} may have been sent already (sending stopped midway): they are not sent again unless you choose Send again.</source>
        <translation>ربما أُرسلت {count} بالفعل (توقف الإرسال في منتصفه): لن يُعاد إرسالها إلا إذا اخترت إعادة الإرسال.</translation>
    </message>
    <message>
        <source>{count} message(s) may have reached their recipients already: sending stopped midway, so nobody knows. Send them again? Someone who got the first one receives the same message (same Message-ID) a second time.</source>
        <translation>ربما وصلت {count} رسائل إلى المستلمين بالفعل: توقف الإرسال في منتصفه ولا يمكن التأكد. هل تريد إعادة إرسالها؟ من تسلّم الرسالة الأولى سيتسلّم الرسالة نفسها (بمعرّف Message-ID نفسه) مرة ثانية.</translation>
    </message>
    <message>
        <source>{queued} queued, {sent} sent, {failed} failed</source>
        <translation>في الانتظار {queued}، أُرسلت {sent}، فشلت {failed}</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <source>failed</source>
        <translation>فشلت</translation>
    </message>
    <message>
        <source>may have been sent</source>
        <translation>ربما أُرسلت</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>جارٍ الإرسال</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>أُرسلت</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;اعتماد…</translation>
    </message>
    <message>
        <source>&amp;Minutes PDF…</source>
        <translation>المح&amp;ضر (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Sign-in sheet PDF…</source>
        <translation>ورقة التو&amp;قيع (PDF)…</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Agenda &amp;PDF…</source>
        <translation>جدول الأ&amp;عمال (PDF)…</translation>
    </message>
    <message>
        <source>Also show times in:</source>
        <translation>عرض الأوقات أيضًا بتوقيت:</translation>
    </message>
    <message>
        <source>Approve the minutes</source>
        <translation>اعتماد المحضر</translation>
    </message>
    <message>
        <source>Approved (version {number}) by {name} on {date}</source>
        <translation>اعتمده {name} (الإصدار {number}) في {date}</translation>
    </message>
    <message>
        <source>Approved by (the name printed on the minutes):</source>
        <translation>اعتمده (الاسم المطبوع على المحضر):</translation>
    </message>
    <message>
        <source>Cannot approve</source>
        <translation>تعذر الاعتماد</translation>
    </message>
    <message>
        <source>Cannot make the document</source>
        <translation>تعذر إنشاء المستند</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>تعذر الحفظ</translation>
    </message>
    <message>
        <source>Dot-&amp;vote sheet PDF…</source>
        <translation>ورقة الت&amp;صويت بالنقاط (PDF)…</translation>
    </message>
    <message>
        <source>Dot-vote sheet</source>
        <translation>ورقة التصويت بالنقاط</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Draft of version {number}</source>
        <translation>مسودة الإصدار {number}</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>المحضر</translation>
    </message>
    <message>
        <source>No second time zone</source>
        <translation>دون منطقة زمنية ثانية</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>حفظ PDF</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>حفظ PDF…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>حُفظ في {path}</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>ورقة التوقيع</translation>
    </message>
    <message>
        <source>Start a &amp;new version</source>
        <translation>بدء &amp;إصدار جديد</translation>
    </message>
    <message>
        <source>What changed since version {number}?</source>
        <translation>ما الذي تغيّر منذ الإصدار {number}؟</translation>
    </message>
    <message>
        <source>{count} page</source>
        <translation>صفحة واحدة</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>عدد الصفحات: {count}</translation>
    </message>
    <message>
        <source>{document} — preview</source>
        <translation>{document} — معاينة</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>&amp;Country</source>
        <translation>ال&amp;بلد</translation>
    </message>
    <message>
        <source>&amp;E-mail addresses</source>
        <translation>عناوين البريد الإل&amp;كتروني</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>اسم ال&amp;عائلة</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>الا&amp;سم الأول</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>المسمى ال&amp;وظيفي</translation>
    </message>
    <message>
        <source>&amp;Latin transliteration</source>
        <translation>الكتابة بالحروف ال&amp;لاتينية</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>الم&amp;نظمة</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>اله&amp;اتف</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>المنطقة ال&amp;زمنية</translation>
    </message>
    <message>
        <source>Choose one, or type a new name to create it</source>
        <translation>اختر منظمة، أو اكتب اسمًا جديدًا لإنشائها</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>تعديل {name}</translation>
    </message>
    <message>
        <source>Family name first, e.g. &apos;Shevchenko Olena&apos;; used for sorting and search</source>
        <translation>اسم العائلة أولًا، مثل ‏&apos;Shevchenko Olena&apos;؛ يُستخدم للفرز والبحث</translation>
    </message>
    <message>
        <source>Full name (if &amp;different)</source>
        <translation>الاسم الكامل (إن كان م&amp;ختلفًا)</translation>
    </message>
    <message>
        <source>Groups to invite together, separated by commas</source>
        <translation>مجموعات تُدعى معًا، تفصل بينها فواصل</translation>
    </message>
    <message>
        <source>How the name is written in full when not just given + family name</source>
        <translation>طريقة كتابة الاسم كاملًا إن لم يكن مجرد الاسم الأول واسم العائلة</translation>
    </message>
    <message>
        <source>IANA name, e.g. Europe/Paris, Africa/Dakar, Asia/Tokyo</source>
        <translation>اسم IANA، مثل Europe/Paris أو Africa/Dakar أو Asia/Tokyo</translation>
    </message>
    <message>
        <source>Lang&amp;uage</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>الم&amp;جموعات</translation>
    </message>
    <message>
        <source>one address per line; the first is used for invitations</source>
        <translation>عنوان واحد في كل سطر؛ يُستخدم الأول للدعوات</translation>
    </message>
    <message>
        <source>type part of a city: Paris, Dakar, Tokyo…</source>
        <translation>اكتب جزءًا من اسم مدينة: Paris، Dakar، Tokyo…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>“{address}” is not an e-mail address: it needs exactly one @ and no spaces (name@organisation.org)</source>
        <translation>«{address}» ليس عنوان بريد إلكتروني: يلزمه @ واحد بالضبط ودون مسافات (name@organisation.org)</translation>
    </message>
    <message>
        <source>“{address}” is too long for an e-mail address (at most 254 characters)</source>
        <translation>«{address}» أطول من أن يكون عنوان بريد إلكتروني (254 حرفًا على الأكثر)</translation>
    </message>
    <message>
        <source>“{address}” is not an e-mail address: the part before the @ has characters an address cannot have (name@organisation.org)</source>
        <translation>«{address}» ليس عنوان بريد إلكتروني: في الجزء الذي قبل @ رموز لا تكون في عنوان (name@organisation.org)</translation>
    </message>
    <message>
        <source>“{address}” is not an e-mail address: the part after the @ is not a domain (name@organisation.org)</source>
        <translation>«{address}» ليس عنوان بريد إلكتروني: الجزء الذي بعد @ ليس نطاقًا (name@organisation.org)</translation>
    </message>
    <message>
        <source>“{address}” cannot be used: letters outside ASCII before the @ are not accepted by most mail servers, so invitations and replies would not get through. Use an address with only ASCII letters before the @.</source>
        <translation>لا يمكن استخدام «{address}»: معظم خوادم البريد لا تقبل حروفًا خارج ASCII قبل @، فلن تصل الدعوات ولا الردود. استخدم عنوانًا ليس قبل @ فيه إلا حروف ASCII.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>كما في النظام</translation>
    </message>
    <message>
        <source>Cannot save the settings: {error}</source>
        <translation>تعذر حفظ الإعدادات: {error}</translation>
    </message>
    <message>
        <source>Leave them where they are, flagged</source>
        <translation>تركها في مكانها مع وضع علامة عليها</translation>
    </message>
    <message>
        <source>Move to the Organiser folders</source>
        <translation>نقلها إلى مجلدات Organiser</translation>
    </message>
    <message>
        <source>None: not encrypted (port 25)</source>
        <translation>بلا: غير مشفّر (المنفذ 25)</translation>
    </message>
    <message>
        <source>None: this computer&apos;s own server only</source>
        <translation>بلا تشفير: خادم هذا الحاسوب فقط</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (عادةً المنفذ 465)</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 993)</source>
        <translation>SSL/TLS (عادةً المنفذ 993)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 143)</source>
        <translation>STARTTLS (عادةً المنفذ 143)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (عادةً المنفذ 587)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>The change applies at the next start.</source>
        <translation>يسري التغيير عند التشغيل التالي.</translation>
    </message>
    <message>
        <source>The new language applies at the next start.</source>
        <translation>تُطبَّق اللغة الجديدة عند التشغيل القادم.</translation>
    </message>
    <message>
        <source>{problem}
Defaults are shown instead.</source>
        <translation>{problem}
تُعرض القيم الافتراضية بدلًا منها.</translation>
    </message>
    <message>
        <source>“{address}” is not an e-mail address (name@organisation.org)</source>
        <translation>«{address}» ليس عنوان بريد إلكتروني (name@organisation.org)</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone: choose one from the list (type part of a city)</source>
        <translation>«{zone}» ليست منطقة زمنية: اختر واحدة من القائمة (اكتب جزءًا من اسم مدينة)</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;استيراد</translation>
    </message>
    <message>
        <source>Import the other rows and leave out the rows with &amp;errors</source>
        <translation>استيراد الصفوف الأخرى وترك الصفوف التي فيها أ&amp;خطاء</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import adds every row below, or none.</source>
        <translation>لم يُكتب شيء بعد. يضيف الاستيراد كل الصفوف أدناه، أو لا يضيف أيًّا منها.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>صفوف الملف</translation>
    </message>
    <message>
        <source>What importing does with each row: new, update, duplicate, warning or error, with the line number.</source>
        <translation>ما يفعله الاستيراد بكل صف: جديد أو تحديث أو مكرر أو تحذير أو خطأ، مع رقم السطر.</translation>
    </message>
    <message>
        <source>duplicates</source>
        <translation>مكررة</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>أخطاء</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>updates</source>
        <translation>تحديثات</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>تنبيهات</translation>
    </message>
    <message>
        <source>{count} rows have errors: fix the file and import it again, or leave those rows out.</source>
        <translation>في {count} صفوف أخطاء: صحّح الملف واستورده مجددًا، أو اترك تلك الصفوف.</translation>
    </message>
    <message>
        <source>{count} rows: </source>
        <translation>عدد الصفوف {count}: </translation>
    </message>
</context>
<context>
    <name>ProgrammeArea</name>
    <message numerus="yes">
        <source>%n stated total(s) disagree with the budget lines.</source>
        <translation>
            <numerusform>لا يوجد مجموع مخالف لبنود الميزانية.</numerusform>
            <numerusform>مجموع واحد مذكور لا يطابق بنود الميزانية.</numerusform>
            <numerusform>مجموعان مذكوران لا يطابقان بنود الميزانية.</numerusform>
            <numerusform>%n مجاميع مذكورة لا تطابق بنود الميزانية.</numerusform>
            <numerusform>%n مجموعًا مذكورًا لا تطابق بنود الميزانية.</numerusform>
            <numerusform>%n مجموع مذكور لا يطابق بنود الميزانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>&amp;Next steps (CSV)…</source>
        <translation>ال&amp;خطوات التالية (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Programme report (PDF)…</source>
        <translation>&amp;تقرير البرنامج (PDF)…</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>بنود الميزانية</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Change owner or due date…</source>
        <translation>تغيير المسؤول أو الموعد النهائي…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>المحسوب</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>الاستشاريون</translation>
    </message>
    <message>
        <source>Consultations/workshop</source>
        <translation>المشاورات/ورشة العمل</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>قرار</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Each budget line: category, description, period and amount.</source>
        <translation>كل بند في الميزانية: الفئة والوصف والفترة والمبلغ.</translation>
    </message>
    <message>
        <source>Each line of action with its ideas, decisions and next steps done, open and overdue; choosing one lists them below.</source>
        <translation>كل محور عمل مع أفكاره وقراراته وخطواته التالية المنجزة والمفتوحة والمتأخرة؛ اختيار أحدها يعرضها أدناه.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الفعالية</translation>
    </message>
    <message>
        <source>Export the next steps</source>
        <translation>تصدير الخطوات التالية</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>فكرة</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>الأفكار</translation>
    </message>
    <message>
        <source>Ideas, decisions and next steps of the line</source>
        <translation>أفكار المحور وقراراته وخطواته التالية</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Line of action</source>
        <translation>محور العمل</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>البنود</translation>
    </message>
    <message>
        <source>Lines of action</source>
        <translation>محاور العمل</translation>
    </message>
    <message>
        <source>Mark next step done</source>
        <translation>تعليم الخطوة كمنجزة</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>خطوة تالية</translation>
    </message>
    <message>
        <source>Next step marked done</source>
        <translation>عُلّمت الخطوة كمنجزة</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>الخطوات التالية</translation>
    </message>
    <message>
        <source>Next steps (CSV)…</source>
        <translation>الخطوات التالية (CSV)…</translation>
    </message>
    <message>
        <source>Next steps written to {path}</source>
        <translation>حُفظت الخطوات التالية في {path}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Opens the next step in the Next steps area, its owner ready to change (Enter on the row does the same)</source>
        <translation>يفتح الخطوة التالية في قسم الخطوات التالية، ومسؤولها جاهز للتغيير (مفتاح الإدخال على الصف يفعل الشيء نفسه)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Programme report</source>
        <translation>تقرير البرنامج</translation>
    </message>
    <message>
        <source>Programme report (PDF)…</source>
        <translation>تقرير البرنامج (PDF)…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>حُفظ التقرير في {path}</translation>
    </message>
    <message>
        <source>Save the programme report</source>
        <translation>حفظ تقرير البرنامج</translation>
    </message>
    <message>
        <source>Select a next step first</source>
        <translation>اختر خطوة تالية أولًا</translation>
    </message>
    <message>
        <source>Staff travel</source>
        <translation>سفر الموظفين</translation>
    </message>
    <message>
        <source>Staff weeks</source>
        <translation>أسابيع عمل الموظفين</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>المذكور</translation>
    </message>
    <message>
        <source>Stated total</source>
        <translation>المجموع المذكور</translation>
    </message>
    <message>
        <source>Stated totals</source>
        <translation>المجاميع المعلنة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>The budget lines added up per category.</source>
        <translation>بنود الميزانية مجموعة حسب الفئة.</translation>
    </message>
    <message>
        <source>The totals the budget states, beside the computed ones: a difference is marked.</source>
        <translation>المجاميع المذكورة في الميزانية بجانب المحسوبة: يُشار إلى أي فرق.</translation>
    </message>
    <message>
        <source>Total (computed)</source>
        <translation>المجموع (محسوب)</translation>
    </message>
    <message>
        <source>Total computed from the lines: {total}</source>
        <translation>المجموع المحسوب من البنود: {total}</translation>
    </message>
    <message>
        <source>Totals per category</source>
        <translation>المجاميع حسب الفئة</translation>
    </message>
    <message>
        <source>What the chosen line of action holds, from every event; a next step shows its owner, due date and status.</source>
        <translation>ما يتضمنه محور العمل المختار من كل الفعاليات؛ تُظهر الخطوة التالية المسؤول والموعد النهائي والحالة.</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>مطابق</translation>
    </message>
    <message>
        <source>disagrees with the lines</source>
        <translation>لا يطابق البنود</translation>
    </message>
    <message>
        <source>done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>no next steps</source>
        <translation>لا توجد خطوات</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>{percent} done ({done} of {total})</source>
        <translation>{percent} منجز ({done} من {total})</translation>
    </message>
    <message>
        <source>{status}, overdue</source>
        <translation>{status}، متأخرة</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Next: {title} ({time})</source>
        <translation>التالي: {title} ({time})</translation>
    </message>
    <message>
        <source>Projector — {title}</source>
        <translation>الشاشة الكبيرة — {title}</translation>
    </message>
    <message>
        <source>Starting soon</source>
        <translation>نبدأ قريبًا</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>شكرًا لكم</translation>
    </message>
    <message>
        <source>Voting closed: totals shown.</source>
        <translation>أُغلق التصويت: تظهر المجاميع.</translation>
    </message>
    <message>
        <source>Voting open: totals are shown when it closes.</source>
        <translation>التصويت مفتوح: تظهر المجاميع عند إغلاقه.</translation>
    </message>
    <message>
        <source>left</source>
        <translation>متبقية</translation>
    </message>
    <message>
        <source>over time</source>
        <translation>تجاوز الوقت</translation>
    </message>
</context>
<context>
    <name>RemindDialog</name>
    <message>
        <source> days ahead</source>
        <translation> يومًا مقبلًا</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>&amp;إعداد</translation>
    </message>
    <message>
        <source>Also steps already reminded today</source>
        <translation>وكذلك الخطوات التي ذُكّر بها اليوم</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Choose a folder for the drafts first.</source>
        <translation>اختر مجلدًا للمسودات أولًا.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Folder for the drafts</source>
        <translation>مجلد المسودات</translation>
    </message>
    <message>
        <source>In the outbox: send them from File → Outbox.</source>
        <translation>في صندوق الصادر: أرسلها من ملف ← صندوق الصادر.</translation>
    </message>
    <message>
        <source>One message per person with the steps they own that are overdue or due soon, in their language. A step reminded today is not reminded again today.</source>
        <translation>رسالة لكل شخص بالخطوات التي يتولاها والمتأخرة أو القريبة الموعد، بلغته. الخطوة التي ذُكّر بها اليوم لا يُذكَّر بها مرة أخرى اليوم.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>جارٍ الإعداد…</translation>
    </message>
    <message>
        <source>Put them in the outbox</source>
        <translation>وضعها في صندوق الصادر</translation>
    </message>
    <message>
        <source>Remind owners of their next steps</source>
        <translation>تذكير المسؤولين بخطواتهم التالية</translation>
    </message>
    <message>
        <source>Save as drafts (.eml) in a folder</source>
        <translation>حفظ كمسودات (.eml) في مجلد</translation>
    </message>
    <message>
        <source>Saved in {folder}: open each draft, check it and send it.</source>
        <translation>حُفظت في {folder}: افتح كل مسودة وراجعها ثم أرسلها.</translation>
    </message>
    <message>
        <source>Steps due within</source>
        <translation>الخطوات المستحقة خلال</translation>
    </message>
</context>
<context>
    <name>Reply</name>
    <message>
        <source>accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>delegated</source>
        <translation>مفوَّضة</translation>
    </message>
    <message>
        <source>needs action</source>
        <translation>بانتظار الرد</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>مبدئية</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>اختيار &amp;ملف…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>اختر نسخة احتياطية</translation>
    </message>
    <message>
        <source>Organiser database (*.sqlite);;All files (*)</source>
        <translation>قاعدة بيانات Organiser (*.sqlite);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Restoring puts the chosen copy in place of &lt;b&gt;{name}&lt;/b&gt;. The current file is not deleted: it is kept beside it as &lt;i&gt;{kept}&lt;/i&gt;.</source>
        <translation>تضع الاستعادة النسخة المختارة مكان &lt;b&gt;{name}&lt;/b&gt;. لا يُحذف الملف الحالي: يُحفظ بجانبها باسم &lt;i&gt;{kept}&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>The automatic backups, newest first; Enter or double-click restores the chosen one.</source>
        <translation>النسخ الاحتياطية التلقائية، الأحدث أولًا؛ Enter أو النقر المزدوج يستعيد المختارة.</translation>
    </message>
    <message>
        <source>There is no automatic backup of this database yet.</source>
        <translation>لا توجد نسخة احتياطية تلقائية لقاعدة البيانات هذه بعد.</translation>
    </message>
    <message>
        <source>{size} KiB</source>
        <translation>{size} ك.ب</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>chair</source>
        <translation>رئيس الجلسة</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>مراقب</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>مشارك</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>CalDAV calendar URL</source>
        <translation>عنوان تقويم CalDAV</translation>
    </message>
    <message>
        <source>CalDAV user name</source>
        <translation>اسم مستخدم CalDAV</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>النسخ الاحتياطية اليومية المحفوظة</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>Database (file or URL; empty: the default file)</source>
        <translation>قاعدة البيانات (ملف أو عنوان URL)</translation>
    </message>
    <message>
        <source>Default time zone</source>
        <translation>المنطقة الزمنية الافتراضية</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الفعاليات</translation>
    </message>
    <message>
        <source>Fetch every N minutes while the app is open (0: never)</source>
        <translation>الجلب كل N دقيقة أثناء فتح التطبيق (0: أبدًا)</translation>
    </message>
    <message>
        <source>Folders to read (comma-separated)</source>
        <translation>المجلدات المقروءة (مفصولة بفواصل)</translation>
    </message>
    <message>
        <source>Handled replies: move (to Organiser/…) or flag</source>
        <translation>الردود المعالجة: move (نقل إلى Organiser/…) أو flag (وسم)</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>منفذ IMAP</translation>
    </message>
    <message>
        <source>IMAP server (replies are fetched from it)</source>
        <translation>خادم IMAP (تُجلب منه الردود)</translation>
    </message>
    <message>
        <source>IMAP user name</source>
        <translation>اسم مستخدم IMAP</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>الواجهة</translation>
    </message>
    <message>
        <source>Interface language (empty: system)</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>البريد</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>الردود</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>منفذ SMTP</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>خادم SMTP</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>اسم مستخدم SMTP</translation>
    </message>
    <message>
        <source>Security (ssl, starttls, none)</source>
        <translation>الأمان (ssl أو starttls أو none)</translation>
    </message>
    <message>
        <source>Security (starttls, ssl, none)</source>
        <translation>الأمان (starttls أو ssl أو none)</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>عنوان بريدك الإلكتروني</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Each command that has a key: its menu, its name and the keys.</source>
        <translation>كل أمر له مفتاح: قائمته واسمه والمفاتيح.</translation>
    </message>
    <message>
        <source>Every command that has a key, as this window has it now.</source>
        <translation>كل أمر له مفتاح، كما هو في هذه النافذة الآن.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Mail &amp;invitations…</source>
        <translation>إرسال ال&amp;دعوات بالبريد…</translation>
    </message>
    <message>
        <source>Mail minu&amp;tes…</source>
        <translation>إرسال المحضر بال&amp;بريد…</translation>
    </message>
    <message>
        <source>O&amp;utbox…</source>
        <translation>صندوق ال&amp;صادر…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>ا&amp;ستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Restore works on a database file; open one first.</source>
        <translation>تعمل الاستعادة على ملف قاعدة بيانات؛ افتح ملفًا أولًا.</translation>
    </message>
    <message>
        <source>Restored. The previous file is kept as {path}</source>
        <translation>تمت الاستعادة. حُفظ الملف السابق باسم {path}</translation>
    </message>
    <message>
        <source>Saving a backup…</source>
        <translation>جارٍ حفظ نسخة احتياطية…</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Last fetch of replies</source>
        <translation>آخر جلب للردود</translation>
    </message>
    <message>
        <source>Last publish of the calendar</source>
        <translation>آخر نشر للتقويم</translation>
    </message>
    <message>
        <source>Last sending</source>
        <translation>آخر إرسال</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>calendar {time}</source>
        <translation>التقويم {time}</translation>
    </message>
    <message>
        <source>not reached: {summary}</source>
        <translation>تعذّر الوصول: {summary}</translation>
    </message>
    <message>
        <source>replies {time}</source>
        <translation>الردود {time}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) waiting in the outbox</source>
        <translation>
            <numerusform>لا رسائل في انتظار الإرسال</numerusform>
            <numerusform>رسالة واحدة في انتظار الإرسال</numerusform>
            <numerusform>رسالتان في انتظار الإرسال</numerusform>
            <numerusform>%Ln رسائل في انتظار الإرسال</numerusform>
            <numerusform>%Ln رسالة في انتظار الإرسال</numerusform>
            <numerusform>%Ln رسالة في انتظار الإرسال</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} to send</source>
        <translation>{count} للإرسال</translation>
    </message>
    <message>
        <source>○ Not synced yet</source>
        <translation>○ لم تتم المزامنة بعد</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Decisions: {decisions}, next steps: {steps}</source>
        <translation>القرارات: {decisions}، الخطوات التالية: {steps}</translation>
    </message>
    <message>
        <source>Invited: {invited}, attended: {attended}</source>
        <translation>المدعوون: {invited}، الحضور: {attended}</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>لا توجد فعاليات بعد</translation>
    </message>
</context>
<context>
    <name>Votes</name>
    <message numerus="yes">
        <source>%Ln vote(s)</source>
        <translation>
            <numerusform>لا أصوات</numerusform>
            <numerusform>صوت واحد</numerusform>
            <numerusform>صوتان</numerusform>
            <numerusform>%Ln أصوات</numerusform>
            <numerusform>%Ln صوتًا</numerusform>
            <numerusform>%Ln صوت</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>&amp;E-mail</source>
        <translation>البريد الإل&amp;كتروني</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>الم&amp;نظمة</translation>
    </message>
    <message>
        <source>A walk-in needs a name.</source>
        <translation>يلزم اسم للحاضر دون دعوة.</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>حاضر دون دعوة</translation>
    </message>
    <message>
        <source>Reading the organisations…</source>
        <translation>جارٍ قراءة المنظمات…</translation>
    </message>
    <message>
        <source>Reading the organisations… the walk-in is added once they are read.</source>
        <translation>جارٍ قراءة المنظمات… يُضاف الحاضر دون دعوة فور قراءتها.</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>Discard the changes you typed?</source>
        <translation>هل تريد التخلي عن التعديلات التي كتبتها؟</translation>
    </message>
</context>
<context>
    <name>Addresses</name>
    <message>
        <source>“{address}” cannot be mailed: it is not a valid e-mail address. Correct it or remove it.</source>
        <translation>لا يمكن المراسلة على «{address}»: ليس عنوان بريد إلكتروني صالحًا. صحّحه أو احذفه.</translation>
    </message>
    <message>
        <source>“{address}” cannot be mailed: most mail servers refuse letters outside ASCII before the @. Ask the person for another address.</source>
        <translation>لا يمكن المراسلة على «{address}»: معظم خوادم البريد ترفض الحروف خارج ASCII قبل @. اطلب من الشخص عنوانًا آخر.</translation>
    </message>
</context>
</TS>
