<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>AddInviteesDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="1" />
        <source>already invited</source>
        <translation>مدعو بالفعل</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="46" />
        <source>Add people to the event</source>
        <translation>إضافة أشخاص إلى الفعالية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="46" />
        <source>Find people to invite</source>
        <translation>ابحث عن أشخاص لدعوتهم</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="46" />
        <source>People, organisations and tags</source>
        <translation>الأشخاص والمنظمات والوسوم</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="46" />
        <source>Tick those to invite (Space); an organisation or a tag invites all its people.</source>
        <translation>ضع علامة على من تدعوهم (مسافة)؛ المنظمة أو الوسم يدعو كل أفراده.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="50" />
        <source>Name, address, organisation or tag…</source>
        <translation>الاسم أو العنوان أو المنظمة أو المجموعة…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="68" />
        <source>Invite</source>
        <translation>دعوة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="72" />
        <source>Role:</source>
        <translation>الدور:</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="59" />
        <source>Agenda — {title}</source>
        <translation>جدول الأعمال — {title}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="59" />
        <source>The items in order, with start times; Ctrl+N adds one, Delete deletes, Ctrl+↑ and Ctrl+↓ move the chosen item.</source>
        <translation>البنود بالترتيب مع أوقات بدئها؛ Ctrl+N يضيف بندًا وDelete يحذف وCtrl+↑ وCtrl+↓ تنقل البند المختار.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="103" />
        <source>(no second time zone)</source>
        <translation>(دون منطقة زمنية ثانية)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="122" />
        <source>Add item (Ctrl+N)</source>
        <translation>إضافة بند (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="123" />
        <source>Delete (Del)</source>
        <translation>حذف (Del)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="124" />
        <source>Up (Ctrl+↑)</source>
        <translation>لأعلى (Ctrl+↑)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="125" />
        <source>Down (Ctrl+↓)</source>
        <translation>لأسفل (Ctrl+↓)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="126" />
        <source>Copy from event…</source>
        <translation>نسخ من فعالية…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="127" />
        <source>Save as template…</source>
        <translation>حفظ كقالب…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="128" />
        <source>Apply template…</source>
        <translation>تطبيق قالب…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="148" />
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="150" />
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="170" />
        <source>Times in {zone}; also show</source>
        <translation>الأوقات بتوقيت {zone}؛ وعرضها أيضًا بتوقيت</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="223" />
        <source>Day {day}: {start}–{end}</source>
        <translation>اليوم {day}: {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="228" />
        <source>runs {minutes} min past its end ({end})</source>
        <translation>يتجاوز نهايته ({end}) بـ{minutes} دقيقة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="231" />
        <source>No items yet: Ctrl+N adds one.</source>
        <translation>لا بنود بعد: يضيف Ctrl+N بندًا.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="300" />
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="350" />
        <source>Start of day {day}</source>
        <translation>بداية اليوم {day}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="373" />
        <source>Edit {title}</source>
        <translation>تعديل {title}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="399" />
        <source>Add item</source>
        <translation>إضافة بند</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="400" />
        <source>New item</source>
        <translation>بند جديد</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="413" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="414" />
        <source>{title} has minutes. Delete it anyway?</source>
        <translation>للبند {title} محضر. هل تحذفه رغم ذلك؟</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="417" />
        <source>Delete {title}</source>
        <translation>حذف {title}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="438" />
        <source>Move {title}</source>
        <translation>نقل {title}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="467" />
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="468" />
        <source>No other event has an agenda yet.</source>
        <translation>لا توجد فعالية أخرى لها جدول أعمال بعد.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="470" />
        <source>{name} ({count} items)</source>
        <translation>{name} (عدد البنود {count})</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="472" />
        <source>Copy an agenda</source>
        <translation>نسخ جدول أعمال</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="472" />
        <source>From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="484" />
        <source>Replace the current items? (No adds the copied items after them)</source>
        <translation>استبدال البنود الحالية؟ (اختيار «لا» يضيف البنود المنسوخة بعدها)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="490" />
        <source>Save as template</source>
        <translation>حفظ كقالب</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="491" />
        <source>Name of the template:</source>
        <translation>اسم القالب:</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="495" />
        <source>Saved the template {name}.</source>
        <translation>حُفظ القالب {name}.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="502" />
        <source>Templates</source>
        <translation>القوالب</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="503" />
        <source>No template yet: save one first.</source>
        <translation>لا قوالب بعد: احفظ قالبًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="507" />
        <source>Apply a template</source>
        <translation>تطبيق قالب</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="507" />
        <source>Template:</source>
        <translation>القالب:</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>بنود جدول الأعمال</translation>
    </message>
</context>
<context>
    <name>AgendaItemForm</name>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="65" />
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="82" />
        <source>Day &amp;starts at</source>
        <translation>ي&amp;بدأ اليوم في</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="96" />
        <source>Save item</source>
        <translation>حفظ البند</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="103" />
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="104" />
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="105" />
        <source>D&amp;uration</source>
        <translation>الم&amp;دة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="106" />
        <source>Da&amp;y</source>
        <translation>ال&amp;يوم</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="108" />
        <source>&amp;Presenter</source>
        <translation>المت&amp;حدث</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="109" />
        <source>&amp;Notes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="145" />
        <source>Open actions from earlier events:</source>
        <translation>إجراءات مفتوحة من فعاليات سابقة:</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="161" />
        <source>day 1 starts with the event</source>
        <translation>اليوم 1 يبدأ مع الفعالية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="162" />
        <source>day {day}; its items follow</source>
        <translation>اليوم {day}؛ تليه بنوده</translation>
    </message>
</context>
<context>
    <name>AgendaKind</name>
    <message>
        <location filename="../../organiser/ui/labels.py" line="32" />
        <source>session</source>
        <translation>جلسة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="33" />
        <source>presentation</source>
        <translation>عرض تقديمي</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="34" />
        <source>discussion</source>
        <translation>نقاش</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="35" />
        <source>brainstorm</source>
        <translation>عصف ذهني</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="36" />
        <source>break</source>
        <translation>استراحة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="37" />
        <source>review of actions</source>
        <translation>مراجعة الإجراءات</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="32" />
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="32" />
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="33" />
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="33" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="34" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="34" />
        <source>Min</source>
        <translation>دقيقة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="35" />
        <source>Presenter</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="36" />
        <source>Attendee time</source>
        <translation>توقيت الحضور</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="62" />
        <source>Time in {zone}</source>
        <translation>الوقت بتوقيت {zone}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="79" />
        <source>({count} open actions)</source>
        <translation>(إجراءات مفتوحة: {count})</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="92" />
        <source>({days} day)</source>
        <translation>({days} يوم)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="98" />
        <source>This item ends after the day's end</source>
        <translation>ينتهي هذا البند بعد نهاية اليوم</translation>
    </message>
</context>
<context>
    <name>Area</name>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="26" />
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="27" />
        <source>Events</source>
        <translation>الفعاليات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="28" />
        <source>Next steps</source>
        <translation>الخطوات التالية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="29" />
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
</context>
<context>
    <name>AttendanceStatus</name>
    <message>
        <location filename="../../organiser/ui/labels.py" line="38" />
        <source>present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="39" />
        <source>late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="40" />
        <source>left early</source>
        <translation>غادر مبكرًا</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="41" />
        <source>apologies</source>
        <translation>معتذر</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="42" />
        <source>absent</source>
        <translation>غائب</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../organiser/ui/background.py" line="92" />
        <source>Cannot read the database</source>
        <translation>تعذّرت قراءة قاعدة البيانات</translation>
    </message>
</context>
<context>
    <name>BoardColumns</name>
    <message>
        <location filename="../../organiser/ui/live/board_columns.py" line="62" />
        <location filename="../../organiser/ui/live/board_columns.py" line="175" />
        <source>{count} votes</source>
        <translation>{count} أصوات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board_columns.py" line="64" />
        <source>1 vote</source>
        <translation>صوت واحد</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board_columns.py" line="64" />
        <source>The theme's ideas as cards; 1–9 or + give the chosen idea dots, 0 or − take them back, Ctrl+M moves it to a theme.</source>
        <translation>أفكار الموضوع على شكل بطاقات؛ 1–9 أو + تمنح الفكرة المختارة نقاطًا، و0 أو − تستردّها، وCtrl+M تنقلها إلى موضوع.</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="53" />
        <source>Not in a theme yet</source>
        <translation>خارج المواضيع بعد</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="68" />
        <source>Idea</source>
        <translation>فكرة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="68" />
        <source>By</source>
        <translation>صاحب الفكرة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="69" />
        <source>Line</source>
        <translation>المحور</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="69" />
        <source>Votes</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="70" />
        <source>Dots of voter</source>
        <translation>نقاط المصوّت</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="142" />
        <location filename="../../organiser/ui/live/board.py" line="157" />
        <source>hidden</source>
        <translation>مخفي</translation>
    </message>
</context>
<context>
    <name>BoardPanel</name>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="1" />
        <source>Voting is closed: reopen it to give or take back dots.</source>
        <translation>التصويت مغلق: أعد فتحه لمنح النقاط أو استردادها.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="1" />
        <source>{total} votes per person: {voter} has used them all; take one back first (0 or −).</source>
        <translation>{total} أصوات لكل شخص: استخدمها {voter} كلها؛ استرد واحدة أولًا (0 أو −).</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="216" />
        <source>Type an idea and press Enter (one per line when pasting several); ↓ to its card</source>
        <translation>اكتب فكرة واضغط Enter (فكرة في كل سطر عند لصق عدة أفكار)؛ ↓ للانتقال إلى بطاقتها</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="216" />
        <source>Themes and their ideas; 1–9 or + give the chosen idea dots, 0 or − take them back, Ctrl+M moves it to a theme.</source>
        <translation>المواضيع وأفكارها؛ 1–9 أو + تمنح الفكرة المختارة نقاطًا، و0 أو − تستردّها، وCtrl+M تنقلها إلى موضوع.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="216" />
        <source>The ideas with the most dots first, once totals are shown.</source>
        <translation>الأفكار الأكثر نقاطًا أولًا، بعد إظهار المجاميع.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="228" />
        <source>by</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="272" />
        <source>New theme…</source>
        <translation>موضوع جديد…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="273" />
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="274" />
        <source>Merge into…</source>
        <translation>دمج في…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="334" />
        <source>→ Decision (Ctrl+D)</source>
        <translation>← قرار (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="336" />
        <source>→ Next step (Ctrl+T)</source>
        <translation>← خطوة تالية (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="284" />
        <source>Hide totals until voting closes</source>
        <translation>إخفاء المجاميع حتى إغلاق التصويت</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="262" />
        <source>Columns</source>
        <translation>أعمدة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="264" />
        <source>List</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="275" />
        <source>Move to theme… (Ctrl+M)</source>
        <translation>نقل إلى موضوع… (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="277" />
        <source>Out of theme (Ctrl+U)</source>
        <translation>خارج المحور (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="286" />
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="302" />
        <location filename="../../organiser/ui/live/board.py" line="657" />
        <source>Close voting</source>
        <translation>إغلاق التصويت</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="308" />
        <source>Dot voting</source>
        <translation>التصويت بالنقاط</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="315" />
        <source>Votes per person</source>
        <translation>الأصوات لكل شخص</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="317" />
        <source>Voter</source>
        <translation>المصوّت</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="320" />
        <source>Select an idea: 1–9 or + give dots, 0 or − take them back; type a name (Enter) to change voter.</source>
        <translation>اختر فكرة: ‎1–9 أو + تمنح نقاطًا، و0 أو − تستردها؛ اكتب اسمًا (Enter) لتغيير المصوّت.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="325" />
        <source>+ dot</source>
        <translation>+ نقطة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="326" />
        <source>− dot</source>
        <translation>− نقطة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="329" />
        <source>Ranking (when totals are shown):</source>
        <translation>الترتيب (عند عرض المجاميع):</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="365" />
        <source>(no author)</source>
        <translation>(دون صاحب)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="366" />
        <source>(choose a voter)</source>
        <translation>(اختر مصوّتًا)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="380" />
        <source>(no line of action)</source>
        <translation>(دون محور عمل)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="423" />
        <location filename="../../organiser/ui/live/board.py" line="657" />
        <source>Reopen voting</source>
        <translation>إعادة فتح التصويت</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="424" />
        <source>Close voting and show totals</source>
        <translation>إغلاق التصويت وعرض المجاميع</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="427" />
        <source>{voter}: {used} of {total} dots used</source>
        <translation>{voter}: استُخدمت {used} من {total} نقاط</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="437" />
        <source>Themes:</source>
        <translation>المواضيع:</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="468" />
        <source>No theme yet: make one with New theme…</source>
        <translation>لا مواضيع بعد: أنشئ موضوعًا بـ«موضوع جديد…»</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="470" />
        <source>Theme:</source>
        <translation>الموضوع:</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="496" />
        <source>New idea</source>
        <translation>فكرة جديدة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="518" />
        <source>Move idea</source>
        <translation>نقل الفكرة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="519" />
        <source>Move ideas</source>
        <translation>نقل الأفكار</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="525" />
        <source>Select one or more ideas first.</source>
        <translation>اختر فكرة أو أكثر أولًا.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="527" />
        <source>Move to theme</source>
        <translation>نقل إلى موضوع</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="545" />
        <source>New theme {title}</source>
        <translation>موضوع جديد {title}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="551" />
        <source>New theme</source>
        <translation>موضوع جديد</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="552" />
        <source>Title of the theme:</source>
        <translation>عنوان الموضوع:</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="561" />
        <source>Select a theme first.</source>
        <translation>اختر موضوعًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="564" />
        <location filename="../../organiser/ui/live/board.py" line="579" />
        <source>Rename theme</source>
        <translation>إعادة تسمية الموضوع</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="564" />
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="587" />
        <source>Select the theme to merge into another first.</source>
        <translation>اختر أولًا الموضوع المراد دمجه في موضوع آخر.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="589" />
        <source>Merge into</source>
        <translation>دمج في</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="602" />
        <source>Merge themes</source>
        <translation>دمج المواضيع</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="619" />
        <source>Voting rules</source>
        <translation>قواعد التصويت</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="627" />
        <source>Choose the voter first: type their name.</source>
        <translation>اختر المصوّت أولًا: اكتب اسمه.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="761" />
        <source>Nobody named “{name}” can vote here.</source>
        <translation>لا أحد باسم «{name}» يصوّت هنا.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="632" />
        <source>Select one idea.</source>
        <translation>اختر فكرة واحدة.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="643" />
        <source>Vote</source>
        <translation>تصويت</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="643" />
        <source>Take back a vote</source>
        <translation>سحب صوت</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="675" />
        <source>Select one idea or a theme to promote.</source>
        <translation>اختر فكرة واحدة أو موضوعًا لتحويله.</translation>
    </message>
    <message>
        <source>Ideas by theme</source>
        <translation>الأفكار حسب المحور</translation>
    </message>
    <message>
        <source>Reopen v&amp;oting</source>
        <translation>إعادة فتح الت&amp;صويت</translation>
    </message>
    <message>
        <source>Close voting and show &amp;totals</source>
        <translation>إغلاق الت&amp;صويت وعرض المجاميع</translation>
    </message>
    <message>
        <source>Change the voter: type the name, then Enter</source>
        <translation>تغيير المصوّت: اكتب الاسم ثم Enter</translation>
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
        <source>Move the card to the next or previous theme</source>
        <translation>نقل البطاقة إلى الموضوع التالي أو السابق</translation>
    </message>
    <message>
        <source>Move to theme…</source>
        <translation>نقل إلى موضوع…</translation>
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
        <source>Rename the theme</source>
        <translation>إعادة تسمية الموضوع</translation>
    </message>
    <message>
        <source>letters of a name</source>
        <translation>حروف من الاسم</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <location filename="../../organiser/ui/live/capture.py" line="91" />
        <source>New decision</source>
        <translation>قرار جديد</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/capture.py" line="92" />
        <source>New next step</source>
        <translation>خطوة تالية جديدة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/capture.py" line="96" />
        <source>type a few letters of a person or organisation</source>
        <translation>اكتب بضعة أحرف من اسم شخص أو منظمة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/capture.py" line="101" />
        <source>(no line of action)</source>
        <translation>(دون محور عمل)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/capture.py" line="110" />
        <source>&amp;Text</source>
        <translation>ال&amp;نص</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/capture.py" line="112" />
        <source>&amp;Owner</source>
        <translation>ال&amp;مسؤول</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/capture.py" line="113" />
        <source>&amp;Due date</source>
        <translation>المو&amp;عد النهائي</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/capture.py" line="117" />
        <source>&amp;Line of action</source>
        <translation>م&amp;حور العمل</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/capture.py" line="134" />
        <source>Type the text first.</source>
        <translation>اكتب النص أولًا.</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="39" />
        <source>Type part of a name, organisation or e-mail · Enter present · F6 late · F7 left early · F8 apologies · F4 not here · ↑↓ choose · Ctrl+N walk-in</source>
        <translation>اكتب جزءًا من اسم أو منظمة أو بريد إلكتروني · Enter حاضر · F6 متأخر · F7 غادر مبكرًا · F8 معتذر · F4 غير موجود · ↑↓ اختيار · Ctrl+N حاضر دون دعوة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="48" />
        <source>{status} (walk-in)</source>
        <translation>{status} (دون دعوة)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="56" />
        <source>not invited</source>
        <translation>غير مدعو</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="131" />
        <source>Find a person…</source>
        <translation>ابحث عن شخص…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="198" />
        <source>Nobody matches; Ctrl+N adds a walk-in.</source>
        <translation>لا أحد يطابق البحث؛ يضيف Ctrl+N حاضرًا دون دعوة.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="203" />
        <source>Type part of a name first (or choose with ↑↓).</source>
        <translation>اكتب جزءًا من الاسم أولًا (أو اختر بـ ↑↓).</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="206" />
        <source>not here</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="210" />
        <source>(had replied: {reply})</source>
        <translation>(كان قد ردّ: {reply})</translation>
    </message>
    <message>
        <source>Find a person to check in</source>
        <translation>ابحث عن شخص لتسجيل حضوره</translation>
    </message>
    <message>
        <source>Invited people and their attendance</source>
        <translation>المدعوون وحضورهم</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="1" />
        <source>Loading the list of people…</source>
        <translation>جارٍ تحميل قائمة الأشخاص…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="1" />
        <source>Still loading the list of people: one moment.</source>
        <translation>لا تزال قائمة الأشخاص قيد التحميل: لحظة من فضلك.</translation>
    </message>
    <message>
        <source>Choose another match</source>
        <translation>اختيار نتيجة أخرى</translation>
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
</context>
<context>
    <name>Column</name>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="46" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="47" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="48" />
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="49" />
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="50" />
        <source>Venue</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="51" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="52" />
        <source>Invited</source>
        <translation>المدعوون</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="53" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="54" />
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="55" />
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="56" />
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="57" />
        <source>Job title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="58" />
        <source>Tags</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="59" />
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="60" />
        <source>Due</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="61" />
        <source>Event</source>
        <translation>الفعالية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="62" />
        <source>Line of action</source>
        <translation>محور العمل</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="63" />
        <source>Next step</source>
        <translation>خطوة تالية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="31" />
        <source>Keep</source>
        <translation>الإبقاء على</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="31" />
        <source>Merge into it</source>
        <translation>دمجه فيه</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="32" />
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="67" />
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="68" />
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="69" />
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="70" />
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="71" />
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="72" />
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="73" />
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="74" />
        <source>Reply</source>
        <translation>الرد</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="75" />
        <source>Local start</source>
        <translation>البدء بالتوقيت المحلي</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="76" />
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="77" />
        <source>Replied</source>
        <translation>تاريخ الرد</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="78" />
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="54" />
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="54" />
        <source>Planned</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="55" />
        <source>Expected</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="56" />
        <source>Min</source>
        <translation>دقيقة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="56" />
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="66" />
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="66" />
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="67" />
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="67" />
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="68" />
        <source>Decision</source>
        <translation>قرار</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="68" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="69" />
        <source>Agenda item</source>
        <translation>بند جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="38" />
        <source>Tries</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="38" />
        <source>Server's answer</source>
        <translation>رد الخادم</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="39" />
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="39" />
        <source>Taken at</source>
        <translation>وقت النسخ</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="39" />
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="40" />
        <source>File</source>
        <translation>الملف</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="85" />
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="86" />
        <source>Check how the file was read and which column holds what.</source>
        <translation>تحقق من طريقة قراءة الملف ومن محتوى كل عمود.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="97" />
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="104" />
        <source>Detect</source>
        <translation>كشف تلقائي</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="107" />
        <source>&amp;Encoding:</source>
        <translation>التر&amp;ميز:</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="109" />
        <source>&amp;Delimiter:</source>
        <translation>ال&amp;فاصل:</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="148" />
        <source>header on line {line}</source>
        <translation>سطر العناوين هو السطر {line}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="149" />
        <source>no header row</source>
        <translation>دون سطر عناوين</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="150" />
        <source>Read as {encoding}, {delimiter}-separated, {header}, {rows} rows.</source>
        <translation>قُرئ بترميز {encoding}، والفاصل: {delimiter}، {header}، عدد الصفوف {rows}.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="154" />
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="155" />
        <source>Holds</source>
        <translation>يحتوي على</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="156" />
        <source>First values</source>
        <translation>أولى القيم</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="168" />
        <source>Column {number}</source>
        <translation>العمود {number}</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <location filename="../../organiser/ui/conflict.py" line="40" />
        <source>&amp;Reload</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/conflict.py" line="43" />
        <source>Show their change; what you typed stays in the form</source>
        <translation>عرض تعديلهم؛ ويبقى ما كتبته في النموذج</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/conflict.py" line="61" />
        <source>Your change was not saved. Reload shows their change and keeps what you typed.</source>
        <translation>لم يُحفظ تعديلك. إعادة التحميل تعرض تعديلهم وتحتفظ بما كتبته.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/conflict.py" line="72" />
        <source>Reloaded: their change is in the form and so is yours. Check, then save.</source>
        <translation>أُعيد التحميل: تعديلهم وتعديلك كلاهما في النموذج. راجِع ثم احفظ.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/conflict.py" line="75" />
        <source>Reloaded: they changed the same fields as you. The form shows their text; yours is kept below. Check, then save.</source>
        <translation>أُعيد التحميل: عدّلوا الحقول نفسها التي عدّلتها. يعرض النموذج نصهم، ونصك محفوظ أدناه. راجِع ثم احفظ.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/conflict.py" line="78" />
        <source>{field}, your text:</source>
        <translation>{field}، نصك:</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/conflict.py" line="83" />
        <source>Use mine</source>
        <translation>استخدام نصي</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/conflict.py" line="85" />
        <source>Put your text back in the form</source>
        <translation>إعادة نصك إلى النموذج</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/conflict.py" line="123" />
        <source>Changed by someone else</source>
        <translation>عدّله شخص آخر</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/conflict.py" line="124" />
        <source>Your change was not saved. The screen now shows theirs; make your change again if it still applies.</source>
        <translation>لم يُحفظ تعديلك. تعرض الشاشة الآن تعديلهم؛ أعِد تعديلك إن كان لا يزال لازمًا.</translation>
    </message>
</context>
<context>
    <name>ContactField</name>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="38" />
        <source>(ignore)</source>
        <translation>(تجاهل)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="39" />
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="40" />
        <source>Middle name</source>
        <translation>الاسم الأوسط</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="41" />
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="42" />
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="43" />
        <source>Latin name</source>
        <translation>الاسم بالحروف اللاتينية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="44" />
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="45" />
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="46" />
        <source>Job title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="47" />
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="48" />
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="49" />
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="50" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="51" />
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="52" />
        <source>Tags</source>
        <translation>المجموعات</translation>
    </message>
</context>
<context>
    <name>ContactsArea</name>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="49" />
        <source>people</source>
        <translation>أشخاص</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="49" />
        <source>The people matching the search, the tag and the organisation; Enter edits the chosen person, Delete deletes.</source>
        <translation>الأشخاص المطابقون للبحث والوسم والمنظمة؛ Enter يعدّل الشخص المختار وDelete يحذفه.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="49" />
        <source>Choosing an organisation lists only its people; double-click to edit it.</source>
        <translation>اختيار منظمة يعرض أفرادها فقط؛ انقر نقرًا مزدوجًا لتعديلها.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="50" />
        <source>invitations</source>
        <translation>دعوات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="51" />
        <source>attendance records</source>
        <translation>سجلات حضور</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="52" />
        <source>next steps</source>
        <translation>خطوات تالية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="53" />
        <source>agenda items presented</source>
        <translation>بنود مقدَّمة في جداول الأعمال</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="54" />
        <source>ideas</source>
        <translation>أفكار</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="55" />
        <source>votes</source>
        <translation>أصوات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="56" />
        <source>delegations</source>
        <translation>تفويضات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="72" />
        <source>All organisations</source>
        <translation>كل المنظمات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="88" />
        <source>Search name, organisation, e-mail, country… (accents and case ignored)</source>
        <translation>ابحث بالاسم أو المنظمة أو البريد أو البلد… (دون اعتبار للتشكيل وحالة الأحرف)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="94" />
        <location filename="../../organiser/ui/areas/contacts.py" line="260" />
        <source>All tags</source>
        <translation>كل المجموعات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="128" />
        <source>New &amp;person…</source>
        <translation>شخص &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="130" />
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="132" />
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="134" />
        <source>&amp;Tag…</source>
        <translation>&amp;تصنيف…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="136" />
        <source>New &amp;organisation…</source>
        <translation>منظمة &amp;جديدة…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="137" />
        <source>Edit o&amp;rganisation…</source>
        <translation>تعديل الم&amp;نظمة…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="139" />
        <source>Delete organisation</source>
        <translation>حذف المنظمة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="142" />
        <source>&amp;Import…</source>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="143" />
        <source>E&amp;xport…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="144" />
        <source>Find d&amp;uplicates…</source>
        <translation>البحث عن الم&amp;كررات…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="149" />
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="167" />
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="208" />
        <source>&amp;Import contacts…</source>
        <translation>استيراد جهات ا&amp;لاتصال…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="211" />
        <source>E&amp;xport contacts…</source>
        <translation>تصدير ج&amp;هات الاتصال…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="246" />
        <source>No database open.</source>
        <translation>لا توجد قاعدة بيانات مفتوحة.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="301" />
        <source>{total} people</source>
        <translation>{total} شخصًا</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="302" />
        <source>{shown} of {total} people shown</source>
        <translation>يُعرض {shown} من {total} شخصًا</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="398" />
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="411" />
        <source>{count} people</source>
        <translation>{count} أشخاص</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="413" />
        <source>Delete {who}?</source>
        <translation>حذف {who}؟</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="416" />
        <source>They have {detail}.</source>
        <translation>لديهم {detail}.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="417" />
        <source>This person has {detail}.</source>
        <translation>لدى هذا الشخص {detail}.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="418" />
        <source>Their invitations, attendance and votes are deleted with them; next steps they own and talks they gave keep their name.</source>
        <translation>تُحذف معهم دعواتهم وسجلات حضورهم وأصواتهم؛ أما الخطوات التالية المسؤولون عنها والمداخلات التي قدموها فتحتفظ بأسمائهم.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="421" />
        <location filename="../../organiser/ui/areas/contacts.py" line="479" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="429" />
        <source>Deleted {who}.</source>
        <translation>حُذف {who}.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="439" />
        <source>Tag</source>
        <translation>مجموعة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="440" />
        <source>Tag for {count} selected people (choose or type a new one):</source>
        <translation>مجموعة للأشخاص المحددين وعددهم {count} (اختر مجموعة أو اكتب اسمًا جديدًا):</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="445" />
        <source>Tagged {count} people {tag}.</source>
        <translation>أضيف {count} أشخاص إلى المجموعة {tag}.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="473" />
        <source>Delete the organisation {name}?</source>
        <translation>حذف المنظمة {name}؟</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="476" />
        <source>{links} refer to it. The people stay, without an organisation; next steps keep its name.</source>
        <translation>تشير إليها: {links}. يبقى الأشخاص دون منظمة، وتحتفظ الخطوات التالية باسمها.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="516" />
        <source>Import contacts</source>
        <translation>استيراد جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="517" />
        <source>Contact files (*.csv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>ملفات جهات الاتصال (*.csv *.txt *.vcf *.vcard);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="527" />
        <source>Export contacts</source>
        <translation>تصدير جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="528" />
        <source>CSV for Excel (*.csv);;vCard 4.0 (*.vcf)</source>
        <translation>CSV لبرنامج Excel (*.csv);;vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="546" />
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="548" />
        <source>Exported {count} people to {file}.</source>
        <translation>صُدِّر {count} أشخاص إلى {file}.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>ابحث في جهات الاتصال</translation>
    </message>
</context>
<context>
    <name>CounterProposalsDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="35" />
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="120" />
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="176" />
        <source>Proposals of another time</source>
        <translation>مقترحات لموعد آخر</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="35" />
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="120" />
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="176" />
        <source>Other times proposed by invitees; choose one to accept or decline it.</source>
        <translation>مواعيد أخرى اقترحها المدعوون؛ اختر واحدًا لقبوله أو رفضه.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="44" />
        <source>Accept (move the event)</source>
        <translation>قبول (نقل الفعالية)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="46" />
        <source>Decline…</source>
        <translation>رفض…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="73" />
        <source>Accepting moves the event to the proposed time: everyone is asked again with the update. Declining sends the proposer a DECLINECOUNTER; the event stays as it is.</source>
        <translation>القبول ينقل الفعالية إلى الموعد المقترح ويُطلب الرد من الجميع مجددًا مع التحديث. الرفض يرسل إلى صاحب الاقتراح DECLINECOUNTER وتبقى الفعالية كما هي.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="86" />
        <source>{start} to {end} ({zone})</source>
        <translation>من {start} إلى {end} ({zone})</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="89" />
        <source>no time given</source>
        <translation>لم يُحدَّد موعد</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="112" />
        <source>Accept the proposal</source>
        <translation>قبول الاقتراح</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="113" />
        <source>Move the event to the time {name} proposed? Every answer is asked again.</source>
        <translation>نقل الفعالية إلى الموعد الذي اقترحه {name}؟ سيُطلب كل رد من جديد.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="124" />
        <source>The event moved (SEQUENCE {sequence}); {count} answer(s) were reset. Send the update: Mail invitations.</source>
        <translation>نُقلت الفعالية (SEQUENCE {sequence})؛ أُعيد تعيين {count} من الردود. أرسل التحديث: إرسال الدعوات.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="139" />
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="147" />
        <source>Decline the proposal</source>
        <translation>رفض الاقتراح</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="140" />
        <source>A word for {name} (optional):</source>
        <translation>كلمة إلى {name} (اختياري):</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="148" />
        <source>How should the DECLINECOUNTER reach {name}?</source>
        <translation>كيف يصل DECLINECOUNTER إلى {name}؟</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="150" />
        <source>Put the message in the outbox</source>
        <translation>وضع الرسالة في صندوق الصادر</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="152" />
        <source>Save the .ics file…</source>
        <translation>حفظ ملف ‎.ics…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="162" />
        <source>Save the DECLINECOUNTER</source>
        <translation>حفظ DECLINECOUNTER</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="163" />
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>المقترحات</translation>
    </message>
</context>
<context>
    <name>CounterStatus</name>
    <message>
        <location filename="../../organiser/ui/labels.py" line="49" />
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="50" />
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="51" />
        <source>declined</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="52" />
        <source>outdated</source>
        <translation>متجاوَز</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../organiser/ui/crash.py" line="59" />
        <source>{name}: unexpected error</source>
        <translation>{name}: خطأ غير متوقع</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/crash.py" line="59" />
        <source>Details of the error</source>
        <translation>تفاصيل الخطأ</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/crash.py" line="62" />
        <source>It was also written to {path}.</source>
        <translation>وقد كُتبت أيضًا في {path}.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/crash.py" line="65" />
        <source>Something went wrong that Organiser did not expect.</source>
        <translation>حدث خطأ لم يتوقعه Organiser.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/crash.py" line="66" />
        <source>Your data is as it was before the action that failed: nothing was half saved. You can go on working, or restart Organiser to be safe.</source>
        <translation>بياناتك كما كانت قبل الإجراء الذي فشل: لم يُحفظ شيء بشكل ناقص. يمكنك مواصلة العمل، أو إعادة تشغيل Organiser احتياطًا.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/crash.py" line="69" />
        <source>Please send the details below to whoever supports Organiser for you.</source>
        <translation>يُرجى إرسال التفاصيل أدناه إلى من يتولى دعم Organiser لديك.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/crash.py" line="80" />
        <source>&amp;Copy details</source>
        <translation>&amp;نسخ التفاصيل</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/crash.py" line="89" />
        <source>Copied</source>
        <translation>نُسخت</translation>
    </message>
</context>
<context>
    <name>DatabaseLocationEditor</name>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="88" />
        <source>the default file in your data folder</source>
        <translation>الملف الافتراضي في مجلد بياناتك</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="90" />
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="96" />
        <source>A shared PostgreSQL database works too: postgresql+psycopg://user@host/organiser. --db and ORGANISER_DB take precedence; the change applies at the next start.</source>
        <translation>تصلح أيضًا قاعدة بيانات PostgreSQL مشتركة: postgresql+psycopg://user@host/organiser. للخيار ‪--db‬ وللمتغير ORGANISER_DB الأولوية؛ ويسري التغيير عند التشغيل التالي.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="113" />
        <source>Database file</source>
        <translation>ملف قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="114" />
        <source>Organiser database (*.sqlite);;All files (*)</source>
        <translation>قاعدة بيانات Organiser (*.sqlite);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../organiser/ui/live/capture.py" line="51" />
        <source>2027-03-31 (optional)</source>
        <translation>2027-03-31 (اختياري)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/capture.py" line="53" />
        <source>Calendar…</source>
        <translation>التقويم…</translation>
    </message>
</context>
<context>
    <name>Delimiter</name>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="53" />
        <source>comma</source>
        <translation>فاصلة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="54" />
        <source>semicolon</source>
        <translation>فاصلة منقوطة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="55" />
        <source>tab</source>
        <translation>جدولة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="56" />
        <source>vertical bar</source>
        <translation>خط عمودي</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="30" />
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="31" />
        <source>Minutes</source>
        <translation>المحضر</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="32" />
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="33" />
        <source>Present</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="34" />
        <source>Apologies</source>
        <translation>المعتذرون</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="35" />
        <source>Absent</source>
        <translation>الغائبون</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="36" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="37" />
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="38" />
        <source>Venue</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="39" />
        <source>Online</source>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="40" />
        <source>Chair</source>
        <translation>الرئيس</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="41" />
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="42" />
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="43" />
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="44" />
        <source>Presenter</source>
        <translation>المقدم</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="45" />
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="46" />
        <source>Discussion</source>
        <translation>المناقشة</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="47" />
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="48" />
        <source>Next steps</source>
        <translation>الخطوات التالية</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="49" />
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="50" />
        <source>Due</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="51" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="52" />
        <source>Brainstorming</source>
        <translation>العصف الذهني</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="53" />
        <source>Ideas</source>
        <translation>الأفكار</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="54" />
        <source>Themes</source>
        <translation>المحاور</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="55" />
        <source>Votes</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="56" />
        <source>Line of action</source>
        <translation>محور العمل</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="57" />
        <source>Lines of action</source>
        <translation>محاور العمل</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="58" />
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="59" />
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="60" />
        <source>Programme report</source>
        <translation>تقرير البرنامج</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="61" />
        <source>Events</source>
        <translation>الفعاليات</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="62" />
        <source>Event</source>
        <translation>الفعالية</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="63" />
        <source>Held</source>
        <translation>المنعقدة</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="64" />
        <source>Invited</source>
        <translation>المدعوون</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="65" />
        <source>Attended</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="66" />
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="67" />
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="68" />
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="69" />
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="70" />
        <source>Total (computed from the lines)</source>
        <translation>المجموع (محسوب من البنود)</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="71" />
        <source>Totals as stated</source>
        <translation>المجاميع كما وردت</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="72" />
        <source>Disagrees with the lines</source>
        <translation>لا يطابق البنود</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="73" />
        <source>Agrees</source>
        <translation>مطابق</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="74" />
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="75" />
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="76" />
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="77" />
        <source>Page</source>
        <translation>صفحة</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="78" />
        <source>Next steps: {count} to follow up</source>
        <translation>الخطوات التالية: {count} للمتابعة</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="80" />
        <source>Next steps: {count} to follow up, {overdue} overdue</source>
        <translation>الخطوات التالية: {count} للمتابعة، منها {overdue} متأخرة</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="81" />
        <source>Dear {name},</source>
        <translation>عزيزي/عزيزتي {name}،</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="82" />
        <source>Hello,</source>
        <translation>مرحبًا،</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="84" />
        <source>Here is where the next steps agreed in our meetings stand, with their due dates:</source>
        <translation>إليكم وضع الخطوات التالية المتفق عليها في اجتماعاتنا ومواعيدها النهائية:</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="87" />
        <source>Your next steps</source>
        <translation>خطواتكم التالية</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="88" />
        <source>Next steps of {name}</source>
        <translation>الخطوات التالية لـ {name}</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="89" />
        <source>overdue since {date} ({days} days)</source>
        <translation>متأخرة منذ {date} ({days} يومًا)</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="90" />
        <source>due {date}</source>
        <translation>الموعد النهائي {date}</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="91" />
        <source>due today ({date})</source>
        <translation>الموعد النهائي اليوم ({date})</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="92" />
        <source>in progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="93" />
        <source>agreed at: {event}</source>
        <translation>تم الاتفاق عليها في: {event}</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="95" />
        <source>If a step is done, late or no longer needed, a short reply to this message is enough: I will update it.</source>
        <translation>إذا أُنجزت خطوة أو تأخرت أو لم تعد ضرورية، يكفي رد قصير على هذه الرسالة وسأقوم بتحديثها.</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="98" />
        <source>Best regards,</source>
        <translation>مع أطيب التحيات،</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="105" />
        <source>Sign-in sheet</source>
        <translation>ورقة التوقيع</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="106" />
        <source>Dot-vote sheet</source>
        <translation>ورقة التصويت بالنقاط</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="107" />
        <source>When</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="108" />
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="111" />
        <source>Also in</source>
        <translation>وأيضًا بتوقيت</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="112" />
        <source>Day {day} — {date}</source>
        <translation>اليوم {day} — {date}</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="40" />
        <source>chair</source>
        <translation>الرئيس</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="114" />
        <source>late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="115" />
        <source>left early</source>
        <translation>غادر مبكرًا</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="116" />
        <source>walk-in</source>
        <translation>حضور دون دعوة</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="117" />
        <source>No organisation</source>
        <translation>بدون منظمة</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="120" />
        <source>{present} present, {apologies} sent apologies, {absent} absent.</source>
        <translation>الحاضرون: {present}، المعتذرون: {apologies}، الغائبون: {absent}.</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="121" />
        <source>Walk-ins: {count}.</source>
        <translation>الحضور دون دعوة: {count}.</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="122" />
        <source>No attendance was recorded.</source>
        <translation>لم يُسجَّل أي حضور.</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="123" />
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="127" />
        <source>Planned</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="128" />
        <source>Actual</source>
        <translation>الفعلي</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="131" />
        <source>No discussion was recorded.</source>
        <translation>لم تُسجَّل أي مناقشة.</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="132" />
        <source>No decisions were recorded.</source>
        <translation>لم تُسجَّل أي قرارات.</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="133" />
        <source>Under: {item}</source>
        <translation>ضمن البند: {item}</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="134" />
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="137" />
        <source>Theme and ideas (ranked by votes)</source>
        <translation>المحور والأفكار (مرتبة حسب الأصوات)</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="138" />
        <source>No brainstorming took place.</source>
        <translation>لم يجرِ أي عصف ذهني.</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="139" />
        <source>No next steps were recorded.</source>
        <translation>لم تُسجَّل أي خطوات تالية.</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="140" />
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="141" />
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="142" />
        <source>By when</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="143" />
        <source>Draft for review: these minutes have not been approved yet.</source>
        <translation>مسودة للمراجعة: لم يُعتمد هذا المحضر بعد.</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="144" />
        <source>First issue</source>
        <translation>الإصدار الأول</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="145" />
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="146" />
        <source>Approved by</source>
        <translation>اعتمده</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="147" />
        <source>Approved on</source>
        <translation>تاريخ الاعتماد</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="148" />
        <source>What changed</source>
        <translation>ما الذي تغيّر</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="151" />
        <source>Draft of version {next}: it replaces version {count} once approved.</source>
        <translation>مسودة الإصدار {next}: تحل محل الإصدار {count} بعد اعتمادها.</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="152" />
        <source>Approved by {name} on {date} (version {number})</source>
        <translation>اعتمده {name} في {date} (الإصدار {number})</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="153" />
        <source>Draft of version {number}, not yet approved</source>
        <translation>مسودة الإصدار {number}، لم تُعتمد بعد</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="154" />
        <source>Draft, not yet approved</source>
        <translation>مسودة، لم تُعتمد بعد</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="158" />
        <source>Brainstorming outcome</source>
        <translation>نتائج العصف الذهني</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="160" />
        <source>Sign-off</source>
        <translation>الاعتماد</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="161" />
        <source>The agenda has not been set yet.</source>
        <translation>لم يُحدَّد جدول الأعمال بعد.</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="162" />
        <source>Times are in {zone} ({offset}).</source>
        <translation>الأوقات بتوقيت {zone} ({offset}).</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="163" />
        <source>Times are in {zone} ({offset}) and {other}.</source>
        <translation>الأوقات بتوقيت {zone} ({offset}) و{other}.</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="165" />
        <source>Please sign next to your name. If you are not listed, write your name, organisation and e-mail in a blank row at the end.</source>
        <translation>يُرجى التوقيع أمام اسمك. إذا لم يكن اسمك مدرجًا، فاكتب اسمك ومنظمتك وبريدك الإلكتروني في سطر فارغ في النهاية.</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="168" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="169" />
        <source>Organisation / e-mail (walk-ins)</source>
        <translation>المنظمة / البريد الإلكتروني (الحضور دون دعوة)</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="170" />
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="172" />
        <source>Each participant has {count} dots. Tick one box for each dot you give an idea; you may give one idea several dots.</source>
        <translation>لكل مشارك {count} نقاط. ضع علامة في خانة واحدة لكل نقطة تمنحها لفكرة؛ ويمكنك منح فكرة واحدة عدة نقاط.</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="175" />
        <source>Idea</source>
        <translation>الفكرة</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="176" />
        <source>Dots: tick one box for each</source>
        <translation>النقاط: خانة واحدة لكل نقطة</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="177" />
        <source>Page {page} of {pages}</source>
        <translation>صفحة {page} من {pages}</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="178" />
        <source>DRAFT</source>
        <translation>مسودة</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="40" />
        <source>Likely duplicates</source>
        <translation>مكررات محتملة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="40" />
        <source>Pairs of people who may be the same person, and why; merging keeps the one in the Keep column (Swap keeps the other).</source>
        <translation>أزواج من الأشخاص قد يكونون الشخص نفسه، والسبب؛ الدمج يُبقي الموجود في عمود الإبقاء (التبديل يُبقي الآخر).</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="51" />
        <source>&amp;Merge</source>
        <translation>&amp;دمج</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="54" />
        <source>&amp;Swap (keep the other)</source>
        <translation>&amp;تبديل (الإبقاء على الآخر)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="76" />
        <source>{count} likely duplicates</source>
        <translation>مكررات محتملة: {count}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="77" />
        <source>No likely duplicates.</source>
        <translation>لا توجد مكررات محتملة.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="105" />
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="117" />
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="106" />
        <source>Merge {other} (#{other_id}) into {keep} (#{keep_id})? #{other_id} is then deleted.</source>
        <translation>دمج {other} (رقم {other_id}) في {keep} (رقم {keep_id})؟ يُحذف بعدها الرقم {other_id}.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>التكرارات المحتملة</translation>
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
</context>
<context>
    <name>EventEditorDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="57" />
        <source>New event</source>
        <translation>فعالية جديدة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="57" />
        <source>Edit event</source>
        <translation>تعديل الفعالية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="111" />
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="111" />
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="112" />
        <source>&amp;Starts</source>
        <translation>ت&amp;بدأ</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="112" />
        <source>&amp;Ends</source>
        <translation>تنت&amp;هي</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="113" />
        <source>Time &amp;zone</source>
        <translation>المنطقة ال&amp;زمنية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="114" />
        <source>&amp;Venue</source>
        <translation>الم&amp;كان</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="115" />
        <source>&amp;Address</source>
        <translation>العنوان البري&amp;دي</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="116" />
        <source>&amp;Online link</source>
        <translation>ال&amp;رابط الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="117" />
        <source>&amp;Description</source>
        <translation>ال&amp;وصف</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="125" />
        <source>Documents in</source>
        <translation>الوثائق باللغة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="118" />
        <source>Stat&amp;us</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="157" />
        <source>Calendar version (SEQUENCE) {sequence}: changing the time, place or status sends an update; the title or description alone do not.</source>
        <translation>إصدار التقويم (SEQUENCE) {sequence}: تغيير الوقت أو المكان أو الحالة يرسل تحديثًا؛ أما تغيير العنوان أو الوصف وحده فلا.</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <location filename="../../organiser/ui/labels.py" line="15" />
        <source>consultation</source>
        <translation>مشاورة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="16" />
        <source>information sharing</source>
        <translation>تبادل المعلومات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="17" />
        <source>workshop</source>
        <translation>ورشة عمل</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="18" />
        <source>network meeting</source>
        <translation>اجتماع الشبكة</translation>
    </message>
</context>
<context>
    <name>EventStatus</name>
    <message>
        <location filename="../../organiser/ui/labels.py" line="19" />
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="20" />
        <source>planned</source>
        <translation>مقررة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="21" />
        <source>cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="22" />
        <source>held</source>
        <translation>منعقدة</translation>
    </message>
</context>
<context>
    <name>EventsArea</name>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="44" />
        <source>Documents (PDF)</source>
        <translation>المستندات (PDF)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="44" />
        <source>One row per event; the chosen event's invitations are listed below. Ctrl+E edits it.</source>
        <translation>صف لكل فعالية؛ دعوات الفعالية المختارة مدرجة أدناه. Ctrl+E لتعديلها.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="45" />
        <source>Mail</source>
        <translation>البريد</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="118" />
        <source>No database open.</source>
        <translation>لا توجد قاعدة بيانات مفتوحة.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="135" />
        <source>{count} events</source>
        <translation>عدد الفعاليات: {count}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="255" />
        <source>&amp;New event…</source>
        <translation>&amp;فعالية جديدة…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="263" />
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="265" />
        <source>&amp;Duplicate</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="268" />
        <source>&amp;Cancel event…</source>
        <translation>&amp;إلغاء الفعالية…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="270" />
        <source>Calendar &amp;file…</source>
        <translation>&amp;ملف التقويم…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="276" />
        <source>Events</source>
        <translation>الفعاليات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="288" />
        <source>Event created; add people below.</source>
        <translation>أُنشئت الفعالية؛ أضف الأشخاص أدناه.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="304" />
        <source>Event saved.</source>
        <translation>حُفظت الفعالية.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="306" />
        <source>Event saved: SEQUENCE {sequence}, {count} answer(s) reset to needs action. Send the update: Mail invitations.</source>
        <translation>حُفظت الفعالية: SEQUENCE {sequence}، وأُعيد {count} من الردود إلى انتظار الرد. أرسل التحديث: إرسال الدعوات بالبريد.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="309" />
        <source>Event saved: SEQUENCE {sequence}. Send the update: Mail invitations.</source>
        <translation>حُفظت الفعالية: SEQUENCE {sequence}. أرسل التحديث: إرسال الدعوات بالبريد.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="326" />
        <source>Copy made as a draft, with the same invitees; edit its dates.</source>
        <translation>أُنشئت نسخة كمسودة بالمدعوين أنفسهم؛ عدّل تواريخها.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="334" />
        <source>Cancel this event? Every invitee then needs the cancellation (the event's calendar file becomes a CANCEL).</source>
        <translation>إلغاء هذه الفعالية؟ يجب عندها إرسال الإلغاء إلى كل مدعو (يصبح ملف تقويم الفعالية CANCEL).</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="337" />
        <source>Cancel the event</source>
        <translation>إلغاء الفعالية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="340" />
        <source>Cancel and mail the cancellations…</source>
        <translation>إلغاء وإرسال رسائل الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="343" />
        <source>Cancel the event only</source>
        <translation>إلغاء الفعالية فقط</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="346" />
        <source>Keep the event</source>
        <translation>الإبقاء على الفعالية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="381" />
        <source>Save the calendar file</source>
        <translation>حفظ ملف التقويم</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="382" />
        <location filename="../../organiser/ui/areas/events.py" line="438" />
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="385" />
        <source>Calendar file written to {path}</source>
        <translation>حُفظ ملف التقويم في {path}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="390" />
        <source>Import calendar &amp;replies…</source>
        <translation>استيراد &amp;ردود التقويم…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="394" />
        <source>Export programme &amp;calendar (.ics)…</source>
        <translation>تصدير ت&amp;قويم البرنامج (.ics)…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="424" />
        <source>Import calendar replies</source>
        <translation>استيراد ردود التقويم</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="425" />
        <source>Calendar replies (*.ics *.eml);;All files (*)</source>
        <translation>ردود التقويم (*.ics *.eml);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="437" />
        <source>Export the programme calendar</source>
        <translation>تصدير تقويم البرنامج</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="442" />
        <source>Programme calendar written to {path}</source>
        <translation>حُفظ تقويم البرنامج في {path}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="472" />
        <source>Calendar replies</source>
        <translation>ردود التقويم</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="473" />
        <source>{applied} of {total} replies applied.</source>
        <translation>طُبّق {applied} من {total} ردود.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="485" />
        <source>{applied} of {total} calendar replies applied</source>
        <translation>طُبّق {applied} من {total} ردود تقويم</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../organiser/ui/file_dialogs.py" line="125" />
        <source>{path} is the database Organiser has open: choose another file.</source>
        <translation>{path} هي قاعدة البيانات المفتوحة في Organiser: اختر ملفًا آخر.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="70" />
        <source>imported {people} people</source>
        <translation>استُورد {people} أشخاص</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="72" />
        <source>would import {people} people</source>
        <translation>سيُستورد {people} أشخاص</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="73" />
        <source>, {organisations} organisations; {duplicates} duplicates skipped; {warnings} warnings</source>
        <translation>، و{organisations} منظمات؛ تُجووز {duplicates} مكررات؛ {warnings} تنبيهات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="78" />
        <source>; {count} rows with errors left out</source>
        <translation>؛ تُركت {count} صفوف فيها أخطاء</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="273" />
        <source>Import contacts from {file}</source>
        <translation>استيراد جهات الاتصال من {file}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="340" />
        <source>Nothing was imported</source>
        <translation>لم يُستورد شيء</translation>
    </message>
</context>
<context>
    <name>InvitationsPanel</name>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="130" />
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="263" />
        <source>Invitations</source>
        <translation>الدعوات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="130" />
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="263" />
        <source>The people invited to the chosen event, their role and their reply.</source>
        <translation>الأشخاص المدعوون إلى الفعالية المختارة ودورهم وردّهم.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="137" />
        <source>Add people…</source>
        <translation>إضافة أشخاص…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="140" />
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="143" />
        <source>Reply</source>
        <translation>الرد</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="147" />
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="151" />
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="211" />
        <source>Proposals…</source>
        <translation>المقترحات…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="152" />
        <source>Invitees' proposals of another time</source>
        <translation>مقترحات المدعوين لموعد آخر</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="194" />
        <source>Select an event to see its invitations.</source>
        <translation>اختر فعالية لعرض دعواتها.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="210" />
        <source>Proposals ({count})…</source>
        <translation>المقترحات ({count})…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="218" />
        <source>{count} {value}</source>
        <translation>{value}: {count}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="222" />
        <source>{total} invited — {replies} — {roles}</source>
        <translation>المدعوون: {total} — {replies} — {roles}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="223" />
        <source>no replies</source>
        <translation>لا ردود</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="224" />
        <source>no roles</source>
        <translation>لا أدوار</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="324" />
        <source>Remove invitees</source>
        <translation>إزالة مدعوين</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="325" />
        <source>Remove {names} from the event? Each needs the cancellation (a CANCEL calendar) so that the meeting leaves their calendar.</source>
        <translation>إزالة {names} من الفعالية؟ يحتاج كل منهم إلى الإلغاء (تقويم CANCEL) كي يختفي الاجتماع من تقويمه.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="330" />
        <source>Remove and mail the cancellation…</source>
        <translation>إزالة وإرسال الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="332" />
        <source>Remove only</source>
        <translation>إزالة فقط</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="1" />
        <source>Loading the invitations…</source>
        <translation>جارٍ تحميل الدعوات…</translation>
    </message>
</context>
<context>
    <name>InvitationsTable</name>
    <message>
        <location filename="../../organiser/ui/models/invitations.py" line="30" />
        <source>delegated by {name}</source>
        <translation>بتفويض من {name}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/models/invitations.py" line="38" />
        <source>{zone} (the invitee's own clock)</source>
        <translation>{zone} (بتوقيت المدعو)</translation>
    </message>
</context>
<context>
    <name>LiveMode</name>
    <message>
        <location filename="../../organiser/ui/live/__init__.py" line="42" />
        <source>&amp;Agenda…</source>
        <translation>&amp;جدول الأعمال…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/__init__.py" line="44" />
        <source>&amp;Live mode…</source>
        <translation>&amp;وضع الجلسة…</translation>
    </message>
</context>
<context>
    <name>LiveWindow</name>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="48" />
        <source>running</source>
        <translation>جارٍ</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="48" />
        <source>Captured with Ctrl+D (decision) and Ctrl+T (next step) while the item runs.</source>
        <translation>تُسجَّل بـ Ctrl+D (قرار) وCtrl+T (خطوة تالية) أثناء البند.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="48" />
        <source>The day's items with planned and expected times; the item under way is marked running. F9 starts the next item.</source>
        <translation>بنود اليوم مع الوقت المقرر والوقت المتوقع؛ البند الجاري معلَّم بأنه جارٍ. F9 يبدأ البند التالي.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="50" />
        <source>done</source>
        <translation>انتهى</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="109" />
        <source>Live — {title}</source>
        <translation>الجلسة — {title}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="140" />
        <source>Next item (F9)</source>
        <translation>البند التالي (F9)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="178" />
        <source>Minutes of this item, saved as you type. Ctrl+D decision · Ctrl+T next step (from the current line or selection) · Alt+↑/↓ previous/next item</source>
        <translation>محضر هذا البند، يُحفظ أثناء الكتابة. Ctrl+D قرار · Ctrl+T خطوة تالية (من السطر الحالي أو التحديد) · Alt+↑/↓ البند السابق/التالي</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="202" />
        <source>Decisions and next steps of the event:</source>
        <translation>قرارات الفعالية وخطواتها التالية:</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="216" />
        <source>Check-in (Ctrl+1)</source>
        <translation>تسجيل الحضور (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="216" />
        <source>&amp;Check-in</source>
        <translation>&amp;تسجيل الحضور</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="217" />
        <source>Agenda and minutes (Ctrl+2)</source>
        <translation>جدول الأعمال والمحضر (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="217" />
        <source>&amp;Agenda and minutes</source>
        <translation>&amp;جدول الأعمال والمحضر</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="218" />
        <source>Brainstorm board (Ctrl+3)</source>
        <translation>لوحة العصف الذهني (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="218" />
        <source>B&amp;rainstorm board</source>
        <translation>لوحة ال&amp;عصف الذهني</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="233" />
        <source>The minutes are approved: read-only.</source>
        <translation>المحضر معتمد: للقراءة فقط.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="249" />
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="251" />
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="260" />
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="263" />
        <source>&amp;Live</source>
        <translation>ال&amp;جلسة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="269" />
        <location filename="../../organiser/ui/live/window.py" line="599" />
        <source>Next agenda item</source>
        <translation>البند التالي في جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="269" />
        <location filename="../../organiser/ui/live/window.py" line="599" />
        <source>&amp;Next agenda item</source>
        <translation>الب&amp;ند التالي في جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="271" />
        <source>Pre&amp;vious item's minutes</source>
        <translation>محضر البند ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="273" />
        <source>Ne&amp;xt item's minutes</source>
        <translation>&amp;محضر البند التالي</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="276" />
        <source>New &amp;decision…</source>
        <translation>&amp;قرار جديد…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="278" />
        <source>New next &amp;step…</source>
        <translation>&amp;خطوة تالية جديدة…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="280" />
        <source>&amp;Walk-in…</source>
        <translation>حاضر &amp;دون دعوة…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="283" />
        <source>&amp;Projector view (room screen)</source>
        <translation>عرض &amp;الشاشة الكبيرة (شاشة القاعة)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="286" />
        <source>Projector shows agenda / &amp;board</source>
        <translation>الشاشة الكبيرة تعرض جدول الأعمال / ال&amp;لوحة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="298" />
        <source>Redone: {what}</source>
        <translation>أُعيد: {what}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="298" />
        <source>Undone: {what}</source>
        <translation>أُلغي: {what}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="398" />
        <source>{present} present of {invited} invited</source>
        <translation>الحضور {present} من {invited} مدعوين</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="401" />
        <source>(+{count} walk-in)</source>
        <translation>(+{count} دون دعوة)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="402" />
        <source>(+{count} walk-ins)</source>
        <translation>(+{count} دون دعوة)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="408" />
        <source>Decision: {text}</source>
        <translation>قرار: {text}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="411" />
        <source>Next step: {text}</source>
        <translation>خطوة تالية: {text}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="425" />
        <source>No agenda yet.</source>
        <translation>لا يوجد جدول أعمال بعد.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="429" />
        <source>{title} — day {day}, {time}, {minutes} min</source>
        <translation>{title} — اليوم {day}، {time}، {minutes} دقيقة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="436" />
        <source>Real time: {start}–{end}</source>
        <translation>الوقت الفعلي: {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="441" />
        <source>Open actions from earlier events:</source>
        <translation>إجراءات مفتوحة من فعاليات سابقة:</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="486" />
        <source>Minutes</source>
        <translation>المحضر</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="498" />
        <source>Typing…</source>
        <translation>جارٍ الكتابة…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="536" />
        <source>Saved {time}</source>
        <translation>حُفظ في {time}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="545" />
        <location filename="../../organiser/ui/live/window.py" line="551" />
        <source>not here</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="550" />
        <source>Undone: {name} is {status} again</source>
        <translation>أُلغي: {name} عاد {status}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="557" />
        <source>Check-in: {status}</source>
        <translation>تسجيل الحضور: {status}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="577" />
        <source>Walk-in {name}</source>
        <translation>حاضر دون دعوة: {name}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="579" />
        <source>{name}: present (walk-in)</source>
        <translation>{name}: حاضر (دون دعوة)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="621" />
        <source>Next: {title}</source>
        <translation>التالي: {title}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="622" />
        <source>All items done</source>
        <translation>انتهت كل البنود</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="630" />
        <source>{time} left — {title}</source>
        <translation>متبقٍّ {time} — {title}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="636" />
        <source>over-run {time} — {title}</source>
        <translation>تجاوز {time} — {title}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="666" />
        <source>The minutes are approved: nothing can be added.</source>
        <translation>المحضر معتمد: لا يمكن إضافة شيء.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="702" />
        <source>New decision</source>
        <translation>قرار جديد</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="703" />
        <source>New next step</source>
        <translation>خطوة تالية جديدة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="723" />
        <source>Live mode</source>
        <translation>وضع الجلسة</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Decisions and next steps of the current item</source>
        <translation>القرارات والخطوات التالية للبند الحالي</translation>
    </message>
    <message>
        <source>Minutes of the current item</source>
        <translation>محضر البند الحالي</translation>
    </message>
    <message>
        <source>{minutes} min left — {title}</source>
        <translation>متبقٍّ {minutes} دقيقة — {title}</translation>
    </message>
    <message>
        <source>over-run {minutes} min — {title}</source>
        <translation>تجاوز {minutes} دقيقة — {title}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="1" />
        <source>Loading the agenda…</source>
        <translation>جارٍ تحميل جدول الأعمال…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="1" />
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="1" />
        <source>… and {count} more (Next steps area)</source>
        <translation>… و{count} أخرى (قسم الخطوات التالية)</translation>
    </message>
    <message>
        <source>Close voting and show &amp;totals</source>
        <translation>إغلاق الت&amp;صويت وعرض المجاميع</translation>
    </message>
    <message>
        <source>C&amp;lose live mode</source>
        <translation>إ&amp;غلاق وضع الجلسة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>اختصارات &amp;لوحة المفاتيح…</translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="265" />
        <source>From: {value}</source>
        <translation>من: {value}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="267" />
        <source>To: {value}</source>
        <translation>إلى: {value}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="269" />
        <source>Subject: {value}</source>
        <translation>الموضوع: {value}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="277" />
        <source>Attached: {names}</source>
        <translation>المرفقات: {names}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="293" />
        <location filename="../../organiser/ui/dialogs/outbox.py" line="296" />
        <location filename="../../organiser/ui/dialogs/outbox.py" line="302" />
        <location filename="../../organiser/ui/dialogs/outbox.py" line="337" />
        <source>Mail</source>
        <translation>البريد</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="297" />
        <source>No message to prepare.</source>
        <translation>لا توجد رسائل لإعدادها.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="303" />
        <source>{count} message(s) prepared.</source>
        <translation>أُعدت {count} رسائل.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="305" />
        <source>{count} left out:</source>
        <translation>استُبعد {count}:</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="309" />
        <source>Show Details… to read the first message before it goes.</source>
        <translation>اعرض التفاصيل لقراءة الرسالة الأولى قبل إرسالها.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="311" />
        <source>Save as .eml files…</source>
        <translation>حفظ كملفات ‎.eml…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="313" />
        <source>Put in the outbox</source>
        <translation>وضعها في صندوق الصادر</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="322" />
        <source>Save the messages in</source>
        <translation>حفظ الرسائل في</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="327" />
        <source>{count} message(s) saved in {folder}</source>
        <translation>حُفظت {count} رسائل في {folder}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="333" />
        <source>{count} message(s) queued; send them from File → Outbox</source>
        <translation>وُضعت {count} رسائل في الانتظار؛ أرسلها من ملف ← صندوق الصادر</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="66" />
        <location filename="../../organiser/ui/main_window.py" line="213" />
        <source>No database open</source>
        <translation>لا توجد قاعدة بيانات مفتوحة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="66" />
        <location filename="../../organiser/ui/main_window.py" line="213" />
        <source>Choose an area to show it; Ctrl+1 to Ctrl+4 from anywhere in the window.</source>
        <translation>اختر قسمًا لعرضه؛ Ctrl+1 إلى Ctrl+4 من أي مكان في النافذة.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="108" />
        <source>&amp;Open database…</source>
        <translation>&amp;فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="113" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="120" />
        <source>&amp;Preferences…</source>
        <translation>&amp;التفضيلات…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="129" />
        <source>&amp;Reload</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="129" />
        <source>&amp;Contacts</source>
        <translation>&amp;جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="129" />
        <source>&amp;Events</source>
        <translation>ال&amp;فعاليات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="129" />
        <source>&amp;Next steps</source>
        <translation>ال&amp;خطوات التالية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="129" />
        <source>&amp;Programme</source>
        <translation>ال&amp;برنامج</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="145" />
        <source>&amp;About {name}</source>
        <translation>&amp;حول {name}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="212" />
        <source>Database: {name}</source>
        <translation>قاعدة البيانات: {name}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="234" />
        <source>Reloading…</source>
        <translation>جارٍ التحديث…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="290" />
        <location filename="../../organiser/ui/startup.py" line="179" />
        <source>Open or create a database</source>
        <translation>فتح قاعدة بيانات أو إنشاؤها</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="291" />
        <location filename="../../organiser/ui/startup.py" line="181" />
        <source>Organiser database (*.sqlite);;All files (*)</source>
        <translation>قاعدة بيانات Organiser (*.sqlite);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="302" />
        <source>Cannot open the database</source>
        <translation>تعذر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="334" />
        <source>Cannot open</source>
        <translation>تعذر الفتح</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="335" />
        <source>{path}: not a file Organiser reads</source>
        <translation>{path}: ليس ملفًا يقرؤه Organiser</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="351" />
        <source>About {name}</source>
        <translation>حول {name}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="353" />
        <source>&lt;p&gt;Plan, run and follow up consultations and brainstorming workshops, offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;تخطيط المشاورات وورش العصف الذهني وإدارتها ومتابعتها، دون اتصال.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="34" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="35" />
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="36" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="37" />
        <source>&amp;Event</source>
        <translation>&amp;فعالية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="38" />
        <source>&amp;Contacts</source>
        <translation>&amp;جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="39" />
        <source>&amp;Workshop</source>
        <translation>&amp;ورشة العمل</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="40" />
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="41" />
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/app.py" line="186" />
        <source>Opening the database…</source>
        <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="42" />
        <source>Eve&amp;nt</source>
        <translation>&amp;فعالية</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>اختصارات &amp;لوحة المفاتيح…</translation>
    </message>
</context>
<context>
    <name>MinutesStatus</name>
    <message>
        <location filename="../../organiser/ui/labels.py" line="47" />
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="48" />
        <source>approved</source>
        <translation>معتمد</translation>
    </message>
</context>
<context>
    <name>NextStepStatus</name>
    <message>
        <location filename="../../organiser/ui/labels.py" line="43" />
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="44" />
        <source>in progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="45" />
        <source>done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="46" />
        <source>dropped</source>
        <translation>ملغاة</translation>
    </message>
</context>
<context>
    <name>NextStepsArea</name>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="52" />
        <source>Open and in progress</source>
        <translation>المفتوحة وقيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="52" />
        <source>The decisions of every event matching the search, newest first.</source>
        <translation>قرارات كل الفعاليات المطابقة للبحث، الأحدث أولًا.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="52" />
        <source>Each change of the chosen next step: when, who and what changed.</source>
        <translation>كل تغيير في الخطوة التالية المختارة: متى ومن وماذا تغيّر.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="52" />
        <source>One row per next step; Enter or F2 on the owner, due date or status edits it.</source>
        <translation>صف لكل خطوة تالية؛ Enter أو F2 على المسؤول أو الموعد النهائي أو الحالة لتعديله.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="53" />
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="54" />
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="55" />
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="56" />
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="57" />
        <source>Dropped</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="60" />
        <source>Any due date</source>
        <translation>أي موعد نهائي</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="61" />
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="62" />
        <source>Due in the next 7 days</source>
        <translation>مستحقة خلال 7 أيام</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="63" />
        <source>Due in the next 30 days</source>
        <translation>مستحقة خلال 30 يومًا</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="64" />
        <source>Due this month or earlier</source>
        <translation>مستحقة هذا الشهر أو قبله</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="168" />
        <location filename="../../organiser/ui/areas/nextsteps.py" line="171" />
        <source>Next steps</source>
        <translation>الخطوات التالية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="169" />
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="193" />
        <source>Owner: a person or an organisation (its own steps and its people's)</source>
        <translation>المسؤول: شخص أو منظمة (خطواتها وخطوات أعضائها)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="194" />
        <source>Event that agreed the step</source>
        <translation>الفعالية التي أقرت الخطوة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="195" />
        <location filename="../../organiser/ui/areas/nextsteps.py" line="308" />
        <source>Line of action</source>
        <translation>محور العمل</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="196" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="199" />
        <source>Due date</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="204" />
        <source>Search what, who, event…</source>
        <translation>ابحث عن ماذا، من، الفعالية…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="249" />
        <source>Mark &amp;done</source>
        <translation>تعليمها &amp;منجزة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="250" />
        <source>In &amp;progress</source>
        <translation>&amp;قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="251" />
        <source>D&amp;rop</source>
        <translation>إ&amp;لغاء</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="252" />
        <source>Re&amp;open</source>
        <translation>إعادة ال&amp;فتح</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="264" />
        <source>Remind &amp;owners…</source>
        <translation>&amp;تذكير المسؤولين…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="267" />
        <source>One message per owner with their open and overdue steps</source>
        <translation>رسالة لكل مسؤول بخطواته المفتوحة والمتأخرة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="278" />
        <location filename="../../organiser/ui/areas/nextsteps.py" line="463" />
        <source>Select a next step to see its history.</source>
        <translation>اختر خطوة تالية لعرض سجلها.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="305" />
        <source>Search decisions across the programme…</source>
        <translation>ابحث في قرارات البرنامج…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="307" />
        <source>Event</source>
        <translation>الفعالية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="355" />
        <source>No database open.</source>
        <translation>لا توجد قاعدة بيانات مفتوحة.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="361" />
        <source>All owners</source>
        <translation>كل المسؤولين</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="345" />
        <source>{name} (organisation)</source>
        <translation>{name} (منظمة)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="364" />
        <location filename="../../organiser/ui/areas/nextsteps.py" line="366" />
        <source>All events</source>
        <translation>كل الفعاليات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="365" />
        <location filename="../../organiser/ui/areas/nextsteps.py" line="367" />
        <source>All lines of action</source>
        <translation>كل محاور العمل</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="431" />
        <source>{shown} of {total} next steps</source>
        <translation>{shown} من {total} خطوات تالية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="434" />
        <source>{count} overdue</source>
        <translation>{count} متأخرة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="469" />
        <source>&lt;b&gt;History&lt;/b&gt; of “{text}” — {owner}</source>
        <translation>&lt;b&gt;سجل&lt;/b&gt; «{text}» — {owner}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="495" />
        <source>Cannot change the status</source>
        <translation>تعذر تغيير الحالة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="500" />
        <source>“{text}” is now {status}</source>
        <translation>«{text}» أصبحت: {status}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="529" />
        <source>{count} decision</source>
        <translation>قرار واحد</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="529" />
        <source>{count} decisions</source>
        <translation>عدد القرارات: {count}</translation>
    </message>
    <message>
        <source>History of the selected next step</source>
        <translation>سجل الخطوة التالية المحددة</translation>
    </message>
    <message>
        <source>Search decisions</source>
        <translation>ابحث في القرارات</translation>
    </message>
    <message>
        <source>Search next steps</source>
        <translation>ابحث في الخطوات التالية</translation>
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
        <source>Owner</source>
        <translation>المسؤول</translation>
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
        <source>{example}; empty: no due date</source>
        <translation>{example}؛ فارغ: بلا موعد نهائي</translation>
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
</context>
<context>
    <name>NextStepsTable</name>
    <message>
        <location filename="../../organiser/ui/models/nextsteps_table.py" line="226" />
        <source>Overdue by {days} day</source>
        <translation>متأخرة يومًا واحدًا</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/models/nextsteps_table.py" line="228" />
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
        <location filename="../../organiser/ui/online.py" line="87" />
        <source>&amp;Fetch replies from the mailbox</source>
        <translation>&amp;جلب الردود من صندوق البريد</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="91" />
        <source>&amp;Publish the calendar (CalDAV)</source>
        <translation>&amp;نشر التقويم (CalDAV)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="154" />
        <source>{what} password</source>
        <translation>كلمة مرور {what}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="155" />
        <source>Password of {account}
(kept in the system keyring, never in a file):</source>
        <translation>كلمة مرور {account}
(تُحفظ في سلسلة مفاتيح النظام، وليس في ملف أبدًا):</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="175" />
        <source>Fetching replies…</source>
        <translation>جارٍ جلب الردود…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="175" />
        <source>Publishing…</source>
        <translation>جارٍ النشر…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="195" />
        <source>Not done</source>
        <translation>لم يتم</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="210" />
        <source>Not set up yet</source>
        <translation>لم يُضبط بعد</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="242" />
        <source>Replies not fetched</source>
        <translation>لم تُجلب الردود</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="243" />
        <source>{reason}
Nothing was changed; fetch again when the server can be reached.</source>
        <translation>{reason}
لم يتغير شيء؛ أعد الجلب عندما يصبح الخادم متاحًا.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="247" />
        <source>Replies fetched</source>
        <translation>جُلبت الردود</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="272" />
        <source>Calendar not published</source>
        <translation>لم يُنشر التقويم</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="273" />
        <source>{reason}
Nothing was changed; publish again when the server can be reached.</source>
        <translation>{reason}
لم يتغير شيء؛ أعد النشر عندما يصبح الخادم متاحًا.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="276" />
        <source>Calendar published</source>
        <translation>نُشر التقويم</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="280" />
        <source>Overwrite their changes</source>
        <translation>استبدال تعديلاتهم</translation>
    </message>
</context>
<context>
    <name>OpenProblemDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="122" />
        <source>&amp;Restore a backup…</source>
        <translation>ا&amp;ستعادة نسخة احتياطية…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="123" />
        <source>Open &amp;read-only</source>
        <translation>فتح لل&amp;قراءة فقط</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="124" />
        <source>&amp;Try again</source>
        <translation>إعادة ال&amp;محاولة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="125" />
        <source>&amp;Choose another file…</source>
        <translation>اخت&amp;يار ملف آخر…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="126" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="159" />
        <source>Only one Organiser at a time works on a database, so that no change is lost. Read-only, you can look things up while the other one keeps working.</source>
        <translation>لا يعمل على قاعدة البيانات إلا Organiser واحد في كل مرة، كي لا يضيع أي تغيير. في وضع القراءة فقط يمكنك الاطلاع بينما يواصل الآخر العمل.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="162" />
        <source>A newer version of Organiser wrote this database. Update Organiser to work on it; the file was not changed.</source>
        <translation>كتب قاعدة البيانات هذه إصدار أحدث من Organiser. حدّث Organiser للعمل عليها؛ لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="165" />
        <source>The file or its folder cannot be written (a read-only drive or share). You can look at it read-only, or copy it somewhere writable.</source>
        <translation>لا يمكن الكتابة في الملف أو مجلده (قرص أو مشاركة للقراءة فقط). يمكنك الاطلاع عليه للقراءة فقط، أو نسخه إلى مكان قابل للكتابة.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="168" />
        <source>The file is damaged or is not an Organiser database. It was not changed. Restore the last good backup (the damaged file is kept aside).</source>
        <translation>الملف تالف أو ليس قاعدة بيانات Organiser. لم يُغيَّر. استعد آخر نسخة احتياطية سليمة (يُحفظ الملف التالف جانبًا).</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="171" />
        <source>Another program is writing to the database. Wait a moment and try again.</source>
        <translation>برنامج آخر يكتب في قاعدة البيانات. انتظر لحظة وأعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="174" />
        <source>The file or its folder is not there. If it is on a USB stick or a network drive, connect it and try again.</source>
        <translation>الملف أو مجلده غير موجود. إن كان على ذاكرة USB أو محرك شبكي فوصّله وأعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="177" />
        <source>The database could not be opened. It was not changed.</source>
        <translation>تعذر فتح قاعدة البيانات. لم تُغيَّر.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="188" />
        <source>Cannot open the database</source>
        <translation>تعذر فتح قاعدة البيانات</translation>
    </message>
</context>
<context>
    <name>OrgKind</name>
    <message>
        <location filename="../../organiser/ui/labels.py" line="53" />
        <source>government agency</source>
        <translation>جهة حكومية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="54" />
        <source>parliament</source>
        <translation>برلمان</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="55" />
        <source>cso</source>
        <translation>منظمة مجتمع مدني</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="56" />
        <source>media</source>
        <translation>وسائل الإعلام</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="57" />
        <source>contractors association</source>
        <translation>جمعية المقاولين</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="58" />
        <source>training institute</source>
        <translation>معهد تدريب</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="59" />
        <source>international partner</source>
        <translation>شريك دولي</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="60" />
        <source>bank unit</source>
        <translation>وحدة تابعة للبنك</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="61" />
        <source>other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="321" />
        <source>Edit {name}</source>
        <translation>تعديل {name}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="322" />
        <source>New organisation</source>
        <translation>منظمة جديدة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="324" />
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="325" />
        <source>&amp;Acronym</source>
        <translation>الا&amp;ختصار</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="330" />
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="331" />
        <source>&amp;Country</source>
        <translation>ال&amp;بلد</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="335" />
        <source>N&amp;otes</source>
        <translation>م&amp;لاحظات</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="93" />
        <location filename="../../organiser/ui/dialogs/outbox.py" line="213" />
        <source>Outbox</source>
        <translation>صندوق الصادر</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="93" />
        <location filename="../../organiser/ui/dialogs/outbox.py" line="213" />
        <source>Each message waiting, sent or failed, with its tries and the server's answer.</source>
        <translation>كل رسالة منتظرة أو مُرسلة أو فاشلة، مع محاولاتها وردّ الخادم.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="110" />
        <source>&amp;Send queued</source>
        <translation>إ&amp;رسال المنتظرة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="111" />
        <source>&amp;Retry failed</source>
        <translation>إعادة &amp;محاولة الفاشلة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="113" />
        <source>Send &amp;again…</source>
        <translation>إعادة الإر&amp;سال…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="115" />
        <source>&amp;Discard selected</source>
        <translation>&amp;حذف المحدد</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="117" />
        <source>SMTP &amp;password…</source>
        <translation>&amp;كلمة مرور SMTP…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="145" />
        <source>{queued} queued, {sent} sent, {failed} failed</source>
        <translation>في الانتظار {queued}، أُرسلت {sent}، فشلت {failed}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="151" />
        <source>{count} may have been sent already (sending stopped midway): they are not sent again unless you choose Send again.</source>
        <translation>ربما أُرسلت {count} بالفعل (توقف الإرسال في منتصفه): لن يُعاد إرسالها إلا إذا اخترت إعادة الإرسال.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="177" />
        <source>Sending {done} of {total}…</source>
        <translation>جارٍ إرسال {done} من {total}…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="182" />
        <location filename="../../organiser/ui/dialogs/outbox.py" line="204" />
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="196" />
        <source>Send again</source>
        <translation>إعادة الإرسال</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="197" />
        <source>{count} message(s) may have reached their recipients already: sending stopped midway, so nobody knows. Send them again? Someone who got the first one receives the same message (same Message-ID) a second time.</source>
        <translation>ربما وصلت {count} رسائل إلى المستلمين بالفعل: توقف الإرسال في منتصفه ولا يمكن التأكد. هل تريد إعادة إرسالها؟ من تسلّم الرسالة الأولى سيتسلّم الرسالة نفسها (بمعرّف Message-ID نفسه) مرة ثانية.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="212" />
        <source>Not sent: {reason}</source>
        <translation>لم تُرسل: {reason}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="217" />
        <source>The messages stay queued; send again when the connection is back.</source>
        <translation>تبقى الرسائل في الانتظار؛ أعد الإرسال عند عودة الاتصال.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="244" />
        <location filename="../../organiser/ui/dialogs/outbox.py" line="247" />
        <location filename="../../organiser/ui/dialogs/outbox.py" line="256" />
        <source>SMTP password</source>
        <translation>كلمة مرور SMTP</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="248" />
        <source>Password of {account}
(kept in the system keyring, never in a file):</source>
        <translation>كلمة مرور {account}
(تُحفظ في سلسلة مفاتيح النظام، وليس في ملف أبدًا):</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="258" />
        <source>Password of {account} stored in the system keyring.</source>
        <translation>حُفظت كلمة مرور {account} في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>Messages in the outbox</source>
        <translation>الرسائل في صندوق الصادر</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="40" />
        <source>queued</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="40" />
        <source>sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="41" />
        <source>failed</source>
        <translation>فشلت</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="41" />
        <source>sending</source>
        <translation>جارٍ الإرسال</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="42" />
        <source>may have been sent</source>
        <translation>ربما أُرسلت</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="31" />
        <source>Minutes</source>
        <translation>المحضر</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="32" />
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="33" />
        <source>Sign-in sheet</source>
        <translation>ورقة التوقيع</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="34" />
        <source>Dot-vote sheet</source>
        <translation>ورقة التصويت بالنقاط</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="36" />
        <source>&amp;Minutes PDF…</source>
        <translation>المح&amp;ضر (PDF)…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="37" />
        <source>Agenda &amp;PDF…</source>
        <translation>جدول الأ&amp;عمال (PDF)…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="38" />
        <source>&amp;Sign-in sheet PDF…</source>
        <translation>ورقة التو&amp;قيع (PDF)…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="39" />
        <source>Dot-&amp;vote sheet PDF…</source>
        <translation>ورقة الت&amp;صويت بالنقاط (PDF)…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="99" />
        <source>{document} — preview</source>
        <translation>{document} — معاينة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="124" />
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="161" />
        <source>No second time zone</source>
        <translation>دون منطقة زمنية ثانية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="129" />
        <source>Also show times in:</source>
        <translation>عرض الأوقات أيضًا بتوقيت:</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="131" />
        <source>&amp;Approve…</source>
        <translation>&amp;اعتماد…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="135" />
        <source>Start a &amp;new version</source>
        <translation>بدء &amp;إصدار جديد</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="150" />
        <source>Save PDF…</source>
        <translation>حفظ PDF…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="174" />
        <source>Cannot make the document</source>
        <translation>تعذر إنشاء المستند</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="192" />
        <source>{count} page</source>
        <translation>صفحة واحدة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="193" />
        <source>{count} pages</source>
        <translation>عدد الصفحات: {count}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="208" />
        <source>Approved (version {number}) by {name} on {date}</source>
        <translation>اعتمده {name} (الإصدار {number}) في {date}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="212" />
        <source>Draft of version {number}</source>
        <translation>مسودة الإصدار {number}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="213" />
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="225" />
        <source>Save PDF</source>
        <translation>حفظ PDF</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="226" />
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="239" />
        <source>Cannot save</source>
        <translation>تعذر الحفظ</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="244" />
        <source>Saved {path}</source>
        <translation>حُفظ في {path}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="256" />
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="263" />
        <source>Approve the minutes</source>
        <translation>اعتماد المحضر</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="257" />
        <source>Approved by (the name printed on the minutes):</source>
        <translation>اعتمده (الاسم المطبوع على المحضر):</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="264" />
        <source>What changed since version {number}?</source>
        <translation>ما الذي تغيّر منذ الإصدار {number}؟</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="271" />
        <source>Cannot approve</source>
        <translation>تعذر الاعتماد</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="219" />
        <source>Edit {name}</source>
        <translation>تعديل {name}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="221" />
        <source>New person</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="223" />
        <source>&amp;Given name</source>
        <translation>الا&amp;سم الأول</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="224" />
        <source>&amp;Family name</source>
        <translation>اسم ال&amp;عائلة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="225" />
        <source>Full name (if &amp;different)</source>
        <translation>الاسم الكامل (إن كان م&amp;ختلفًا)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="227" />
        <source>How the name is written in full when not just given + family name</source>
        <translation>طريقة كتابة الاسم كاملًا إن لم يكن مجرد الاسم الأول واسم العائلة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="228" />
        <source>&amp;Latin transliteration</source>
        <translation>الكتابة بالحروف ال&amp;لاتينية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="230" />
        <source>Family name first, e.g. 'Shevchenko Olena'; used for sorting and search</source>
        <translation>اسم العائلة أولًا، مثل ‏'Shevchenko Olena'؛ يُستخدم للفرز والبحث</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="236" />
        <source>one address per line; the first is used for invitations</source>
        <translation>عنوان واحد في كل سطر؛ يُستخدم الأول للدعوات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="237" />
        <source>&amp;E-mail addresses</source>
        <translation>عناوين البريد الإل&amp;كتروني</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="247" />
        <source>&amp;Organisation</source>
        <translation>الم&amp;نظمة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="248" />
        <source>Choose one, or type a new name to create it</source>
        <translation>اختر منظمة، أو اكتب اسمًا جديدًا لإنشائها</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="249" />
        <source>&amp;Job title</source>
        <translation>المسمى ال&amp;وظيفي</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="250" />
        <source>&amp;Country</source>
        <translation>ال&amp;بلد</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="253" />
        <source>type part of a city: Paris, Dakar, Tokyo…</source>
        <translation>اكتب جزءًا من اسم مدينة: Paris، Dakar، Tokyo…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="254" />
        <source>&amp;Time zone</source>
        <translation>المنطقة ال&amp;زمنية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="255" />
        <source>IANA name, e.g. Europe/Paris, Africa/Dakar, Asia/Tokyo</source>
        <translation>اسم IANA، مثل Europe/Paris أو Africa/Dakar أو Asia/Tokyo</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="256" />
        <source>Lang&amp;uage</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="257" />
        <source>&amp;Phone</source>
        <translation>اله&amp;اتف</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="260" />
        <source>T&amp;ags</source>
        <translation>الم&amp;جموعات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="261" />
        <source>Groups to invite together, separated by commas</source>
        <translation>مجموعات تُدعى معًا، تفصل بينها فواصل</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="265" />
        <source>&amp;Notes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="1" />
        <source>SSL/TLS (usually port 993)</source>
        <translation>SSL/TLS (عادةً المنفذ 993)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="1" />
        <source>STARTTLS (usually port 143)</source>
        <translation>STARTTLS (عادةً المنفذ 143)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="1" />
        <source>None: this computer's own server only</source>
        <translation>بلا تشفير: خادم هذا الحاسوب فقط</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="1" />
        <source>Move to the Organiser folders</source>
        <translation>نقلها إلى مجلدات Organiser</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="1" />
        <source>Leave them where they are, flagged</source>
        <translation>تركها في مكانها مع وضع علامة عليها</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="39" />
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (عادةً المنفذ 587)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="40" />
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (عادةً المنفذ 465)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="41" />
        <source>None: not encrypted (port 25)</source>
        <translation>بلا: غير مشفّر (المنفذ 25)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="122" />
        <location filename="../../organiser/ui/dialogs/preferences.py" line="269" />
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="126" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="127" />
        <source>{problem}
Defaults are shown instead.</source>
        <translation>{problem}
تُعرض القيم الافتراضية بدلًا منها.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="162" />
        <source>The new language applies at the next start.</source>
        <translation>تُطبَّق اللغة الجديدة عند التشغيل القادم.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="190" />
        <source>As the system</source>
        <translation>كما في النظام</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="194" />
        <source>The change applies at the next start.</source>
        <translation>يسري التغيير عند التشغيل التالي.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="247" />
        <source>“{address}” is not an e-mail address (name@organisation.org)</source>
        <translation>«{address}» ليس عنوان بريد إلكتروني (name@organisation.org)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="252" />
        <source>“{zone}” is not a time zone: choose one from the list (type part of a city)</source>
        <translation>«{zone}» ليست منطقة زمنية: اختر واحدة من القائمة (اكتب جزءًا من اسم مدينة)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="270" />
        <source>Cannot save the settings: {error}</source>
        <translation>تعذر حفظ الإعدادات: {error}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="194" />
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="194" />
        <source>Rows of the file</source>
        <translation>صفوف الملف</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="194" />
        <source>What importing does with each row: new, update, duplicate, warning or error, with the line number.</source>
        <translation>ما يفعله الاستيراد بكل صف: جديد أو تحديث أو مكرر أو تحذير أو خطأ، مع رقم السطر.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="196" />
        <source>Nothing has been written yet. Import adds every row below, or none.</source>
        <translation>لم يُكتب شيء بعد. يضيف الاستيراد كل الصفوف أدناه، أو لا يضيف أيًّا منها.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="198" />
        <source>&amp;Import</source>
        <translation>&amp;استيراد</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="214" />
        <source>Import the other rows and leave out the rows with &amp;errors</source>
        <translation>استيراد الصفوف الأخرى وترك الصفوف التي فيها أ&amp;خطاء</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="233" />
        <source>new</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="233" />
        <source>updates</source>
        <translation>تحديثات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="234" />
        <source>duplicates</source>
        <translation>مكررة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="234" />
        <source>warnings</source>
        <translation>تنبيهات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="235" />
        <source>errors</source>
        <translation>أخطاء</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="237" />
        <source>{count} rows: </source>
        <translation>عدد الصفوف {count}: </translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="240" />
        <source>{count} rows have errors: fix the file and import it again, or leave those rows out.</source>
        <translation>في {count} صفوف أخطاء: صحّح الملف واستورده مجددًا، أو اترك تلك الصفوف.</translation>
    </message>
</context>
<context>
    <name>ProgrammeArea</name>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="231" />
        <location filename="../../organiser/ui/areas/programme.py" line="531" />
        <source>Programme report (PDF)…</source>
        <translation>تقرير البرنامج (PDF)…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="231" />
        <location filename="../../organiser/ui/areas/programme.py" line="531" />
        <source>&amp;Programme report (PDF)…</source>
        <translation>&amp;تقرير البرنامج (PDF)…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="234" />
        <location filename="../../organiser/ui/areas/programme.py" line="533" />
        <source>Next steps (CSV)…</source>
        <translation>الخطوات التالية (CSV)…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="234" />
        <location filename="../../organiser/ui/areas/programme.py" line="533" />
        <source>&amp;Next steps (CSV)…</source>
        <translation>ال&amp;خطوات التالية (CSV)…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="262" />
        <source>Line of action</source>
        <translation>محور العمل</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="263" />
        <source>Ideas</source>
        <translation>الأفكار</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="264" />
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="265" />
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="266" />
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="267" />
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="268" />
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="274" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="275" />
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="276" />
        <source>Event</source>
        <translation>الفعالية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="277" />
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="278" />
        <source>Due</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="280" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="289" />
        <source>Mark next step done</source>
        <translation>تعليم الخطوة كمنجزة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="296" />
        <source>Lines of action</source>
        <translation>محاور العمل</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="296" />
        <source>The totals the budget states, beside the computed ones: a difference is marked.</source>
        <translation>المجاميع المذكورة في الميزانية بجانب المحسوبة: يُشار إلى أي فرق.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="296" />
        <source>The budget lines added up per category.</source>
        <translation>بنود الميزانية مجموعة حسب الفئة.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="296" />
        <source>Each budget line: category, description, period and amount.</source>
        <translation>كل بند في الميزانية: الفئة والوصف والفترة والمبلغ.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="296" />
        <source>What the chosen line of action holds, from every event; a next step shows its owner, due date and status.</source>
        <translation>ما يتضمنه محور العمل المختار من كل الفعاليات؛ تُظهر الخطوة التالية المسؤول والموعد النهائي والحالة.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="296" />
        <source>Each line of action with its ideas, decisions and next steps done, open and overdue; choosing one lists them below.</source>
        <translation>كل محور عمل مع أفكاره وقراراته وخطواته التالية المنجزة والمفتوحة والمتأخرة؛ اختيار أحدها يعرضها أدناه.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="302" />
        <location filename="../../organiser/ui/areas/programme.py" line="310" />
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="303" />
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="304" />
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="305" />
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="311" />
        <source>Lines</source>
        <translation>البنود</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="312" />
        <source>Total (computed)</source>
        <translation>المجموع (محسوب)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="326" />
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="358" />
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="362" />
        <source>no next steps</source>
        <translation>لا توجد خطوات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="363" />
        <source>{percent} done ({done} of {total})</source>
        <translation>{percent} منجز ({done} من {total})</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="368" />
        <source>Idea</source>
        <translation>فكرة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="368" />
        <source>Decision</source>
        <translation>قرار</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="369" />
        <location filename="../../organiser/ui/areas/programme.py" line="464" />
        <source>Next step</source>
        <translation>خطوة تالية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="374" />
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="374" />
        <source>in progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="375" />
        <source>done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="375" />
        <source>dropped</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="377" />
        <source>{status}, overdue</source>
        <translation>{status}، متأخرة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="380" />
        <source>Staff weeks</source>
        <translation>أسابيع عمل الموظفين</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="380" />
        <source>Staff travel</source>
        <translation>سفر الموظفين</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="381" />
        <source>Consultants</source>
        <translation>الاستشاريون</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="382" />
        <source>Consultations/workshop</source>
        <translation>المشاورات/ورشة العمل</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="383" />
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="422" />
        <source>Total computed from the lines: {total}</source>
        <translation>المجموع المحسوب من البنود: {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../organiser/ui/areas/programme.py" line="427" />
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
        <location filename="../../organiser/ui/areas/programme.py" line="453" />
        <source>Select a next step first</source>
        <translation>اختر خطوة تالية أولًا</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="466" />
        <source>Next step marked done</source>
        <translation>عُلّمت الخطوة كمنجزة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="474" />
        <source>Save the programme report</source>
        <translation>حفظ تقرير البرنامج</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="475" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="489" />
        <source>Programme report</source>
        <translation>تقرير البرنامج</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="491" />
        <source>Report written to {path}</source>
        <translation>حُفظ التقرير في {path}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="499" />
        <source>Export the next steps</source>
        <translation>تصدير الخطوات التالية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="500" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="514" />
        <source>Next steps</source>
        <translation>الخطوات التالية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="516" />
        <source>Next steps written to {path}</source>
        <translation>حُفظت الخطوات التالية في {path}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="523" />
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="551" />
        <source>agrees</source>
        <translation>مطابق</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="552" />
        <source>disagrees with the lines</source>
        <translation>لا يطابق البنود</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="554" />
        <source>Stated total</source>
        <translation>المجموع المذكور</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="555" />
        <source>Stated</source>
        <translation>المذكور</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="557" />
        <source>Computed</source>
        <translation>المحسوب</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="559" />
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="561" />
        <source>Check</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>بنود الميزانية</translation>
    </message>
    <message>
        <source>Ideas, decisions and next steps of the line</source>
        <translation>أفكار المحور وقراراته وخطواته التالية</translation>
    </message>
    <message>
        <source>Stated totals</source>
        <translation>المجاميع المعلنة</translation>
    </message>
    <message>
        <source>Totals per category</source>
        <translation>المجاميع حسب الفئة</translation>
    </message>
    <message>
        <source>Change owner or due date…</source>
        <translation>تغيير المسؤول أو الموعد النهائي…</translation>
    </message>
    <message>
        <source>Opens the next step in the Next steps area, its owner ready to change (Enter on the row does the same)</source>
        <translation>يفتح الخطوة التالية في قسم الخطوات التالية، ومسؤولها جاهز للتغيير (مفتاح الإدخال على الصف يفعل الشيء نفسه)</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../organiser/ui/live/projector.py" line="52" />
        <source>Projector — {title}</source>
        <translation>الشاشة الكبيرة — {title}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/projector.py" line="145" />
        <source>left</source>
        <translation>متبقية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/projector.py" line="145" />
        <source>over time</source>
        <translation>تجاوز الوقت</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/projector.py" line="150" />
        <source>Starting soon</source>
        <translation>نبدأ قريبًا</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/projector.py" line="151" />
        <source>Thank you</source>
        <translation>شكرًا لكم</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/projector.py" line="158" />
        <source>Next: {title} ({time})</source>
        <translation>التالي: {title} ({time})</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/projector.py" line="169" />
        <source>Voting closed: totals shown.</source>
        <translation>أُغلق التصويت: تظهر المجاميع.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/projector.py" line="170" />
        <source>Voting open: totals are shown when it closes.</source>
        <translation>التصويت مفتوح: تظهر المجاميع عند إغلاقه.</translation>
    </message>
</context>
<context>
    <name>RemindDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="33" />
        <source>Remind owners of their next steps</source>
        <translation>تذكير المسؤولين بخطواتهم التالية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="35" />
        <source>One message per person with the steps they own that are overdue or due soon, in their language. A step reminded today is not reminded again today.</source>
        <translation>رسالة لكل شخص بالخطوات التي يتولاها والمتأخرة أو القريبة الموعد، بلغته. الخطوة التي ذُكّر بها اليوم لا يُذكَّر بها مرة أخرى اليوم.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="42" />
        <source> days ahead</source>
        <translation> يومًا مقبلًا</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="43" />
        <source>Save as drafts (.eml) in a folder</source>
        <translation>حفظ كمسودات (.eml) في مجلد</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="45" />
        <source>Put them in the outbox</source>
        <translation>وضعها في صندوق الصادر</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="50" />
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="55" />
        <source>Also steps already reminded today</source>
        <translation>وكذلك الخطوات التي ذُكّر بها اليوم</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="62" />
        <source>Steps due within</source>
        <translation>الخطوات المستحقة خلال</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="65" />
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="68" />
        <source>&amp;Prepare</source>
        <translation>&amp;إعداد</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="87" />
        <source>Folder for the drafts</source>
        <translation>مجلد المسودات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="98" />
        <source>Choose a folder for the drafts first.</source>
        <translation>اختر مجلدًا للمسودات أولًا.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="103" />
        <source>Preparing…</source>
        <translation>جارٍ الإعداد…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="111" />
        <source>Saved in {folder}: open each draft, check it and send it.</source>
        <translation>حُفظت في {folder}: افتح كل مسودة وراجعها ثم أرسلها.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="114" />
        <source>In the outbox: send them from File → Outbox.</source>
        <translation>في صندوق الصادر: أرسلها من ملف ← صندوق الصادر.</translation>
    </message>
</context>
<context>
    <name>Reply</name>
    <message>
        <location filename="../../organiser/ui/labels.py" line="27" />
        <source>needs action</source>
        <translation>بانتظار الرد</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="28" />
        <source>accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="29" />
        <source>tentative</source>
        <translation>مبدئية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="30" />
        <source>declined</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="31" />
        <source>delegated</source>
        <translation>مفوَّضة</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="29" />
        <source>{size} KiB</source>
        <translation>{size} ك.ب</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="29" />
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="29" />
        <source>The automatic backups, newest first; Enter or double-click restores the chosen one.</source>
        <translation>النسخ الاحتياطية التلقائية، الأحدث أولًا؛ Enter أو النقر المزدوج يستعيد المختارة.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="51" />
        <source>Restore from a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="56" />
        <source>Restoring puts the chosen copy in place of &lt;b&gt;{name}&lt;/b&gt;. The current file is not deleted: it is kept beside it as &lt;i&gt;{kept}&lt;/i&gt;.</source>
        <translation>تضع الاستعادة النسخة المختارة مكان &lt;b&gt;{name}&lt;/b&gt;. لا يُحذف الملف الحالي: يُحفظ بجانبها باسم &lt;i&gt;{kept}&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="73" />
        <source>There is no automatic backup of this database yet.</source>
        <translation>لا توجد نسخة احتياطية تلقائية لقاعدة البيانات هذه بعد.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="79" />
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="83" />
        <source>Choose a &amp;file…</source>
        <translation>اختيار &amp;ملف…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="105" />
        <source>Choose a backup</source>
        <translation>اختر نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="106" />
        <source>Organiser database (*.sqlite);;All files (*)</source>
        <translation>قاعدة بيانات Organiser (*.sqlite);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../organiser/ui/labels.py" line="23" />
        <source>chair</source>
        <translation>رئيس الجلسة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="24" />
        <source>participant</source>
        <translation>مشارك</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="25" />
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="26" />
        <source>observer</source>
        <translation>مراقب</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="46" />
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="47" />
        <source>Events</source>
        <translation>الفعاليات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="48" />
        <source>Mail</source>
        <translation>البريد</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="49" />
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="50" />
        <source>Interface</source>
        <translation>الواجهة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="51" />
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="52" />
        <source>Your e-mail address</source>
        <translation>عنوان بريدك الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="53" />
        <source>Default time zone</source>
        <translation>المنطقة الزمنية الافتراضية</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="54" />
        <source>SMTP server</source>
        <translation>خادم SMTP</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="55" />
        <source>SMTP port</source>
        <translation>منفذ SMTP</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="56" />
        <source>Security (starttls, ssl, none)</source>
        <translation>الأمان (starttls أو ssl أو none)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="57" />
        <source>SMTP user name</source>
        <translation>اسم مستخدم SMTP</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="58" />
        <source>Replies</source>
        <translation>الردود</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="59" />
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="60" />
        <source>IMAP server (replies are fetched from it)</source>
        <translation>خادم IMAP (تُجلب منه الردود)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="61" />
        <source>IMAP port</source>
        <translation>منفذ IMAP</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="62" />
        <source>Security (ssl, starttls, none)</source>
        <translation>الأمان (ssl أو starttls أو none)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="63" />
        <source>IMAP user name</source>
        <translation>اسم مستخدم IMAP</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="64" />
        <source>Folders to read (comma-separated)</source>
        <translation>المجلدات المقروءة (مفصولة بفواصل)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="65" />
        <source>Handled replies: move (to Organiser/…) or flag</source>
        <translation>الردود المعالجة: move (نقل إلى Organiser/…) أو flag (وسم)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="66" />
        <source>Fetch every N minutes while the app is open (0: never)</source>
        <translation>الجلب كل N دقيقة أثناء فتح التطبيق (0: أبدًا)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="67" />
        <source>CalDAV calendar URL</source>
        <translation>عنوان تقويم CalDAV</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="68" />
        <source>CalDAV user name</source>
        <translation>اسم مستخدم CalDAV</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="69" />
        <source>Daily backups kept</source>
        <translation>النسخ الاحتياطية اليومية المحفوظة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="70" />
        <source>Interface language (empty: system)</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="71" />
        <source>Database (file or URL; empty: the default file)</source>
        <translation>قاعدة البيانات (ملف أو عنوان URL)</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../organiser/ui/startup.py" line="210" />
        <location filename="../../organiser/ui/startup.py" line="226" />
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/startup.py" line="211" />
        <source>Restore works on a database file; open one first.</source>
        <translation>تعمل الاستعادة على ملف قاعدة بيانات؛ افتح ملفًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/startup.py" line="231" />
        <source>Restored. The previous file is kept as {path}</source>
        <translation>تمت الاستعادة. حُفظ الملف السابق باسم {path}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/startup.py" line="251" />
        <source>O&amp;utbox…</source>
        <translation>صندوق ال&amp;صادر…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/startup.py" line="254" />
        <source>Restore from a &amp;backup…</source>
        <translation>ا&amp;ستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/startup.py" line="283" />
        <source>Mail &amp;invitations…</source>
        <translation>إرسال ال&amp;دعوات بالبريد…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/startup.py" line="285" />
        <source>Mail minu&amp;tes…</source>
        <translation>إرسال المحضر بال&amp;بريد…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/startup.py" line="1" />
        <source>Saving a backup…</source>
        <translation>جارٍ حفظ نسخة احتياطية…</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../organiser/ui/online.py" line="48" />
        <source>○ Not synced yet</source>
        <translation>○ لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="50" />
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="52" />
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="55" />
        <source>replies {time}</source>
        <translation>الردود {time}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="57" />
        <source>calendar {time}</source>
        <translation>التقويم {time}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="60" />
        <source>{count} to send</source>
        <translation>{count} للإرسال</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="63" />
        <source>Last fetch of replies</source>
        <translation>آخر جلب للردود</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="64" />
        <source>Last publish of the calendar</source>
        <translation>آخر نشر للتقويم</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="65" />
        <source>Last sending</source>
        <translation>آخر إرسال</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="68" />
        <source>{count} message(s) waiting in the outbox</source>
        <translation>{count} رسالة في انتظار الإرسال</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="73" />
        <source>not reached: {summary}</source>
        <translation>تعذّر الوصول: {summary}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="114" />
        <source>No events yet</source>
        <translation>لا توجد فعاليات بعد</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="203" />
        <source>Invited: {invited}, attended: {attended}</source>
        <translation>المدعوون: {invited}، الحضور: {attended}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="204" />
        <source>Decisions: {decisions}, next steps: {steps}</source>
        <translation>القرارات: {decisions}، الخطوات التالية: {steps}</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="86" />
        <source>Walk-in</source>
        <translation>حاضر دون دعوة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="100" />
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="101" />
        <source>&amp;Organisation</source>
        <translation>الم&amp;نظمة</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="102" />
        <source>&amp;E-mail</source>
        <translation>البريد الإل&amp;كتروني</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="113" />
        <source>A walk-in needs a name.</source>
        <translation>يلزم اسم للحاضر دون دعوة.</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="88" />
        <source>Discard the changes you typed?</source>
        <translation>هل تريد التخلي عن التعديلات التي كتبتها؟</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
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
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
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
</TS>